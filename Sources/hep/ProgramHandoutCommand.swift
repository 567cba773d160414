import ArgumentParser
import Foundation
import HEPCore

extension ProgramCommand {
    /// The program written for the patient to keep: the version in force today, in their
    /// language, as text or as a page to print.
    struct Handout: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "handout", abstract: "Print the program in force for the patient to keep, as text or as a page to print.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, html
        }

        @OptionGroup var dataOption: DataOption
        @OptionGroup var languageOption: LanguageOption

        @Option(help: "text, or html: one page to print on A4 or Letter, needing no other file or connection.")
        var format: Format = .text

        @Option(help: ArgumentHelp("Write the handout to this file (0600) instead of standard output (-).", valueName: "file"),
                completion: .file())
        var out: String?

        func run() throws {
            let program = try ProgramCommand.read(dataOption)
            let language = languageOption.language
            if let out, out != "-" { try OutFile.check(out, data: dataOption.folder) }
            let handout = HEPCore.Handout(program, today: LocalDate(Date()), language: language)
            let text = format == .html ? handout.html : handout.text()
            if let out, out != "-" {
                do {
                    try AtomicFile.write(Array(text.utf8), to: out, display: out)
                } catch {
                    throw Failure.exit(error)
                }
            } else {
                try printOut(format == .html ? text : TerminalText.safe(text, keepingLineBreaks: true))
            }
        }
    }
}
