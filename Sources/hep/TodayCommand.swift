import ArgumentParser
import Foundation
import HEPCore

struct Today: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "today", abstract: "Print what is due today, as plain text.")

    @OptionGroup var dataOption: DataOption
    @OptionGroup var languageOption: LanguageOption

    @Option(help: ArgumentHelp("Show another day (YYYY-MM-DD).", valueName: "date"), transform: parseDate)
    var date: LocalDate?

    func run() throws {
        let folder = try dataOption.folderWithProgram()
        let program: Program
        do {
            program = try Documents.loadProgram(folder.programPath, display: folder.programPath)
        } catch {
            throw Failure.exit(error)
        }
        let plan = TodayText.render(program, schedule(program, date ?? LocalDate(Date())), width: 80, language: languageOption.language)
        try printOut(TerminalText.safe(plan, keepingLineBreaks: true))
    }
}
