import ArgumentParser
import HEPCore

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check programs, day logs and exercise files; one line per problem.",
        discussion: "Exit status 65 when anything is invalid, 0 otherwise. Without files, checks the data folder.")

    @OptionGroup var dataOption: DataOption
    @OptionGroup var languageOption: LanguageOption

    @Argument(help: ArgumentHelp("Files or folders to check.", valueName: "file"), completion: .file())
    var files: [String] = []

    func run() throws {
        let outcome = files.isEmpty ? Validation.check(folder: try dataOption.folderWithProgram()) : Validation.check(paths: files)
        try printOut(outcome.problems.map { $0.description(in: runLanguage) + "\n" }.joined())
        printError(say.checked(files: outcome.filesChecked, invalid: outcome.invalidFiles))
        if outcome.invalidFiles > 0 { throw ExitCode(Failure.invalidData) }
    }
}
