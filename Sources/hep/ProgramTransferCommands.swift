import ArgumentParser
import Foundation
import HEPCore

extension ProgramCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Write the program to a file to hand over (0600; without the patient's install date).")
        @OptionGroup var dataOption: DataOption
        @OptionGroup var languageOption: LanguageOption
        @Argument(help: ArgumentHelp("The file to write, or - for standard output.", valueName: "file"), completion: .file())
        var file: String

        func run() throws {
            let folder = try dataOption.folderWithProgram()
            if file != "-" { try OutFile.check(file, data: folder) }
            do {
                let prescription = try Prescription.read(folder)
                guard file != "-" else { return try printOut(String(decoding: prescription.exported, as: UTF8.self)) }
                try AtomicFile.write(prescription.exported, to: file, display: file)
                try printOut(TerminalText.safe(runLanguage.program.exported(prescription.program, to: file)) + "\n")
            } catch {
                throw Failure.exit(error)
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Take a program file handed over: installed where there is none, else taken only if it continues the program here.")
        @OptionGroup var dataOption: DataOption
        @OptionGroup var languageOption: LanguageOption
        @Argument(help: ArgumentHelp("The program file.", valueName: "file"), completion: .file(extensions: ["json"]))
        var file: String

        func run() throws {
            try dataOption.checkFolder()
            let folder = dataOption.folder
            let w = runLanguage.program
            do {
                let incoming = try Prescription.read(file: file)
                let lock = try WriterLock.acquire(folder)
                guard dataOption.hasProgram else {
                    try ProgramCommand.refuseStarting(in: dataOption)
                    _ = try ProgramInstaller.install(.init(incoming), into: lock, force: false)
                    return try printOut(TerminalText.safe(say.installed(file, as: folder.programPath, oldKeptAs: nil)) + "\n")
                }
                let here = try Prescription.read(folder)
                switch try ProgramImport.merge(incoming, into: here, lastSession: here.lastSessionDay(in: folder)) {
                case .same:
                    try printOut(TerminalText.safe(w.importSame(folder.programPath)) + "\n")
                case let .continued(merged, added, replacing):
                    try merged.write(lock)
                    let lines = [w.imported(added, replacing: replacing, from: file, into: folder.programPath)]
                        + added.flatMap { HistoryText.lines($0, in: merged.program, language: runLanguage) }
                    try printOut(TerminalText.safe(lines.joined(separator: "\n") + "\n", keepingLineBreaks: true))
                }
            } catch let refusal as ImportRefusal {
                printError(w.refused(refusal, file: file))
                throw ExitCode(Failure.wouldReplace)
            } catch {
                throw Failure.exit(error)
            }
        }
    }
}
