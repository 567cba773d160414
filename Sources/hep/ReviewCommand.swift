import ArgumentParser
import Foundation
import HEPApp
import HEPCore
import HEPTerminal

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "The therapist's review screen: calendar, exercises, pain by week and flags. Read-only.")

    @OptionGroup var dataOption: DataOption
    @OptionGroup var range: RangeOptions
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let terminal = try ScreenCommand.terminal(for: .review, instead: "hep report")
        let folder = try dataOption.folderWithProgram()
        var state: ReviewState
        do {
            let loaded = try ReportLoader.load(folder, from: range.start, to: range.end)
            let report = loaded.report(from: range.start, to: range.end, today: range.today ?? LocalDate(Date()))
            state = ReviewState(report: report, program: loaded.program, logs: loaded.logs, glyphs: terminal.glyphs,
                                language: languageOption.language)
        } catch {
            throw Failure.exit(error)
        }
        ScreenCommand.show(on: terminal) { state.run(on: $0) }
    }
}
