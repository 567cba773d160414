import ArgumentParser
import Foundation
import HEPCore

/// The therapist's commands on a program: each change is a new version (or, the same day,
/// the same version still unused), never an edit of one the patient has worked under.
struct ProgramCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "program",
        abstract: "Prescribe and progress the program: show it, change it as a new version, hand it over.",
        subcommands: [Show.self, History.self, New.self, Add.self, Change.self, Remove.self, Edit.self, Import.self, Export.self,
                      Suggest.self, Handout.self],
        defaultSubcommand: Show.self)

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print the version in force, or another.")
        @OptionGroup var dataOption: DataOption
        @OptionGroup var languageOption: LanguageOption
        @Option(help: ArgumentHelp("The version to print (default: the one in force today).", valueName: "n")) var version: Int?

        func run() throws {
            let program = try ProgramCommand.read(dataOption)
            let shown: ProgramVersion
            if let version {
                guard let found = program.version(number: version) else {
                    printError(runLanguage.program.noVersion(version, count: program.versions.count))
                    throw ExitCode(Failure.usage)
                }
                shown = found
            } else {
                shown = program.version(on: LocalDate(Date())) ?? program.versions[0]
            }
            try printOut(TerminalText.safe(ProgramText.show(program, version: shown, language: runLanguage), keepingLineBreaks: true))
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history", abstract: "Every version, with its date, note and what changed against the one before.")
        @OptionGroup var dataOption: DataOption
        @OptionGroup var languageOption: LanguageOption

        func run() throws {
            let program = try ProgramCommand.read(dataOption)
            try printOut(TerminalText.safe(HistoryText.render(program, language: runLanguage), keepingLineBreaks: true))
        }
    }

    /// The data folder's program, checked as every reader checks it.
    static func read(_ dataOption: DataOption) throws -> Program {
        let folder = try dataOption.folderWithProgram()
        do {
            return try Prescription.read(folder).program
        } catch {
            throw Failure.exit(error)
        }
    }
}
