import ArgumentParser
import Foundation
import HEPCore

extension ProgramCommand {
    /// The program as a text form in the therapist's editor, the way `crontab -e` works:
    /// checked on save, problems named by line, edited again or abandoned; only a valid
    /// form becomes a version, and a form saved unchanged writes nothing.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Edit the latest version as text in $VISUAL or $EDITOR (default vi); a valid change becomes a version, as add and change do.")
        @OptionGroup var dataOption: DataOption
        @OptionGroup var languageOption: LanguageOption
        @Option(help: ArgumentHelp(ChangeOptions.effectiveHelp, valueName: "date"), transform: parseDate)
        var effective: LocalDate?

        func run() throws {
            let folder = try dataOption.folderWithProgram()
            let library = try LibraryCommand.load(dataOption)
            let w = runLanguage.program
            if isatty(0) == 0, Self.editor == nil {
                printError(w.editNeedsTerminal)
                throw ExitCode(Failure.noTerminal)
            }
            do {
                let lock = try WriterLock.acquire(folder)
                let prescription = try Prescription.read(folder)
                let lastSession = prescription.lastSessionDay(in: folder)
                let start = try prescription.effectiveDate(effective, today: LocalDate(Date()), lastSession: lastSession)
                let form = ProgramForm.render(prescription, effective: start, language: runLanguage)
                let draft = try Draft(form)
                defer { draft.remove() }
                while true {
                    try edit(draft)
                    let text = try draft.read()
                    if text == form { return try printOut(w.unchanged(prescription.latest) + "\n") }
                    // A form emptied (an editor's slip, or a way out) changes nothing.
                    if text.split(separator: "\n").allSatisfy({ $0.allSatisfy(\.isWhitespace) || $0.hasPrefix("#") }) {
                        printError(w.emptyForm)
                        throw ExitCode(Failure.invalidData)
                    }
                    let parsed: ProgramForm.Parsed
                    do {
                        parsed = try ProgramForm.parse(text, display: draft.path, prescription: prescription, library: library,
                                                       lastSession: lastSession)
                    } catch {
                        // A file of garbage would be a line per line: the first few say enough.
                        error.problems.prefix(20).forEach { printError($0.description(in: runLanguage)) }
                        if error.problems.count > 20 { printError(w.moreProblems(error.problems.count - 20)) }
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

        /// `$VISUAL`, else `$EDITOR`, when either is set.
        static var editor: String? {
            let environment = ProcessInfo.processInfo.environment
            return [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty }
        }

        /// Runs the editor (vi by default) through the shell, so `code -w` works, on the
        /// terminal hep was given. Meanwhile Ctrl-C is the editor's, and a hangup or a kill
        /// removes the form before hep goes.
        private func edit(_ draft: Draft) throws {
            let editor = Self.editor ?? "vi"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", editor + " \"$1\"", "sh", draft.path]
            Draft.removedOnSignal = strdup(draft.path)
            defer {
                [SIGINT, SIGQUIT, SIGTERM, SIGHUP].forEach { signal($0, SIG_DFL) }
                free(Draft.removedOnSignal)
                Draft.removedOnSignal = nil
            }
            // A parent may have started hep with these blocked; a hangup must still reach it.
            var signals = sigset_t()
            sigemptyset(&signals)
            [SIGINT, SIGQUIT, SIGTERM, SIGHUP].forEach { sigaddset(&signals, $0) }
            sigprocmask(SIG_UNBLOCK, &signals, nil)
            [SIGINT, SIGQUIT].forEach { signal($0, { _ in }) }
            [SIGTERM, SIGHUP].forEach {
                signal($0, { code in
                    if let path = Draft.removedOnSignal { unlink(path) }
                    _exit(128 + code)
                })
            }
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                printError(runLanguage.program.editorFailed(editor, status: process.terminationStatus))
                throw ExitCode(Failure.noTerminal)
            }
        }

        /// Whether to edit again: yes or no, asked until one is given; no answer is no.
        private func askAgain() -> Bool {
            let w = runLanguage.program
            while true {
                FileHandle.standardError.write(Data(w.editAgain.utf8))
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased()
                if isatty(0) == 0 { FileHandle.standardError.write(Data("\n".utf8)) }
                guard let answer else { return false }
                if w.yes.contains(answer) { return true }
                if w.no.contains(answer) { return false }
            }
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

    /// The form's path for a signal handler, which can reach no Swift value but a global.
    nonisolated(unsafe) static var removedOnSignal: UnsafeMutablePointer<CChar>?

    /// Removed whatever the editor left there, a file or an empty folder.
    func remove() {
        if unlink(path) != 0 { rmdir(path) }
    }
}
