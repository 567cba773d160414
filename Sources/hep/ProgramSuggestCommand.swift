import ArgumentParser
import Foundation
import HEPCore

extension ProgramCommand {
    /// Progress, hold or regress for each item, from the figures `hep report` computes over
    /// the same range: a suggestion to the therapist, who decides.
    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "suggest",
            abstract: "Suggest progress, hold or regress for each item, with the reason; the therapist decides.",
            discussion: """
            The figures are the report's over the same range: by default the 14 days up to today, \
            today itself not counted. Regress on pain during above the limit, pain not settled by the \
            next morning, or half or more of the missed work skipped for pain; progress at 80% adherence \
            or more, a mean effort of 5 or less and no pain flags; else hold.
            """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @OptionGroup var dataOption: DataOption
        @OptionGroup var range: RangeOptions
        @OptionGroup var languageOption: LanguageOption

        @Option(help: "text or json.")
        var format: Format = .text

        func run() throws {
            let (start, end) = (range.start, range.end)
            let folder = try dataOption.folderWithProgram()
            do {
                let loaded = try ReportLoader.load(folder, from: start, to: end)
                let report = loaded.report(from: start, to: end, today: range.today ?? LocalDate(Date()))
                // Neither form has room for them: what the figures leave out is said beside them.
                report.problems.forEach { printError("hep: " + runLanguage.report.dataProblem($0)) }
                switch format {
                case .text:
                    let text = SuggestionText.render(report, program: loaded.program, language: languageOption.language)
                    try printOut(TerminalText.safe(text, keepingLineBreaks: true))
                case .json:
                    try printOut(SuggestionJSON.render(report, program: loaded.program))
                }
            } catch {
                throw Failure.exit(error)
            }
        }
    }
}
