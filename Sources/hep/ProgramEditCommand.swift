import ArgumentParser
import Foundation
import HEPCore

extension ProgramCommand {
    /// The program as a text form in the therapist's editor, the way `crontab -e` works:
    /// checked on save, problems named by line, edited again or abandoned; only a valid
    /// form becomes a version, and a form saved unchanged writes nothing.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Edit the latest version as text in $VISUAL or $EDITOR (default vi); a valid change is a new version.")
        @OptionGroup var dataOption: DataOption
        @OptionGroup var languageOption: LanguageOption
        @Option(help: ArgumentHelp("The day the change takes effect (default: today, or tomorrow when a session is already recorded today).",
                                   valueName: "date"), transform: parseDate)
        var effective: LocalDate?

        func run() throws {
            let folder = try dataOption.folderWithProgram()
            let library = try LibraryCommand.load(dataOption)
            let w = runLanguage.program
            do {
                let lock = try WriterLock.acquire(folder)
                let prescription = try Prescription.read(folder)
                let lastSession = prescription.lastSessionDay(in: folder)
                let start = try prescription.effectiveDate(effective, today: LocalDate(Date()), lastSession: lastSession)
                let form = ProgramForm.render(prescription, effective: start, language: runLanguage)
                let draft = try Draft(form)
                defer { draft.remove() }
                while true {
                    try edit(draft.path)
                    let text = try draft.read()
                    if text == form { return try printOut(w.unchanged(prescription.latest) + "\n") }
                    let parsed: ProgramForm.Parsed
                    do {
                        parsed = try ProgramForm.parse(text, display: draft.path, prescription: prescription, library: library,
                                                       lastSession: lastSession)
                    } catch {
                        error.problems.forEach { printError($0.description(in: runLanguage)) }
                        if askAgain() { continue }
                        printError(w.abandoned)
                        throw ExitCode(Failure.invalidData)
                    }
                    guard let (changed, landing) = prescription.landing(parsed.items, effective: parsed.effective ?? start, note: parsed.note,
                                                                        replacingNote: true)
                    else { return try printOut(w.unchanged(prescription.latest) + "\n") }
                    try changed.write(lock)
                    let lines = [w.wrote(landing.version, joined: landing.joined, path: folder.programPath)]
                        + HistoryText.changeLines(landing.changes, program: changed.program, language: runLanguage)
                    return try printOut(TerminalText.safe(lines.joined(separator: "\n") + "\n", keepingLineBreaks: true))
                }
            } catch {
                throw Failure.exit(error)
            }
        }

        /// Runs `$VISUAL`, else `$EDITOR`, else vi, through the shell (so `code -w` works),
        /// on the terminal hep was given.
        private func edit(_ path: String) throws {
            let environment = ProcessInfo.processInfo.environment
            let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", editor + " \"$1\"", "sh", path]
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                printError(runLanguage.program.editorFailed(editor, status: process.terminationStatus))
                throw ExitCode(Failure.noTerminal)
            }
        }

        /// Whether to edit again: yes unless the answer is no or nothing can be read.
        private func askAgain() -> Bool {
            FileHandle.standardError.write(Data(runLanguage.program.editAgain.utf8))
            guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else {
                FileHandle.standardError.write(Data("\n".utf8))
                return false
            }
            return !answer.hasPrefix("n")
        }
    }
}

/// The form on disk while it is edited: private to the user (0600), removed afterwards.
private struct Draft {
    let path: String

    init(_ text: String) throws {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(folder)/hep-program-XXXXXX.txt".utf8CString)
        let fd = mkstemps(&template, 4)
        guard fd >= 0 else { throw StorageError(.io, .cannotWrite(folder, system: String(cString: strerror(errno)), previousKept: false)) }
        close(fd)
        path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        try AtomicFile.write(Array(text.utf8), to: path, display: path)
    }

    func read() throws -> String {
        do { return String(decoding: try FileReader.read(path, display: path), as: UTF8.self) } catch { throw InvalidData([error]) }
    }

    func remove() { unlink(path) }
}
