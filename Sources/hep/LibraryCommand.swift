import ArgumentParser
import Foundation
import HEPCore

/// The exercises a program can be built from: the bundled library and the clinic's own.
struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "List the exercise library (bundled, and the clinic's own in the data folder), or show one exercise.",
        discussion: "Words find an exercise by its name, id, region, equipment or instructions, in any language it is written in.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the exercises, or those that match.")
        @OptionGroup var dataOption: DataOption
        @OptionGroup var languageOption: LanguageOption
        @Option(help: ArgumentHelp("Only this body region (knee, hip, ...).", valueName: "region")) var region: String?
        @Argument(help: ArgumentHelp("Words the exercise must hold.", valueName: "search")) var words: [String] = []

        func run() throws {
            let library = try LibraryCommand.load(dataOption)
            try printOut(TerminalText.safe(LibraryText.list(library.search(words, region: region), language: runLanguage),
                                           keepingLineBreaks: true))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Print one exercise in full.")
        @OptionGroup var dataOption: DataOption
        @OptionGroup var languageOption: LanguageOption
        @Argument(help: ArgumentHelp("The exercise's id.", valueName: "id")) var id: String

        func run() throws {
            let library = try LibraryCommand.load(dataOption)
            guard let entry = library.entry(id) else {
                printError(runLanguage.library.noSuchExercise(id))
                throw ExitCode(Failure.usage)
            }
            try printOut(TerminalText.safe(LibraryText.show(entry, language: runLanguage), keepingLineBreaks: true))
        }
    }

    /// The bundled library, then the data folder's own exercises; a bad file stops the
    /// command with the validator's lines, as every reader of hep's files does.
    static func load(_ dataOption: DataOption) throws -> ExerciseLibrary {
        guard let bundle = BundledData.folder() else { throw Failure.notInstalled() }
        do {
            return try ExerciseLibrary.load(folders: [bundle + "/exercises", dataOption.folder.exerciseFolder])
        } catch {
            throw Failure.exit(error)
        }
    }
}
