import ArgumentParser
import Foundation
import HEPCore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Adherence, dose, pain and flags over a range of days, for the therapist.",
        discussion: "The range is --from to --to (both included), or the --last days up to --to; by default the last 14 days up to today.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, html
    }

    @OptionGroup var dataOption: DataOption

    @OptionGroup var range: RangeOptions
    @OptionGroup var languageOption: LanguageOption

    @Option(help: "text, json, csv, or html: one page with charts to print on A4 or Letter, needing no other file or connection.")
    var format: Format = .text

    @Option(help: ArgumentHelp("With --format csv: performances (one row per due performance and extra record), sessions or days.",
                               valueName: "table"))
    var table: ReportCSV.Table = .performances

    @Option(help: ArgumentHelp("Write the report to this file (0600) instead of standard output (-).", valueName: "file"),
            completion: .file())
    var out: String?

    func run() throws {
        let (start, end) = (range.start, range.end)
        let folder = try dataOption.folderWithProgram()
        if let out, out != "-" { try OutFile.check(out, data: folder) }
        let text: String
        do {
            let loaded = try ReportLoader.load(folder, from: start, to: end)
            let report = loaded.report(from: start, to: end, today: range.today ?? LocalDate(Date()))
            switch format {
            case .csv:
                text = ReportCSV.render(report, logs: loaded.logs, table: table)
                // A table has no room for them, so what was left out is said beside it.
                report.problems.forEach { printError("hep: " + runLanguage.report.dataProblem($0)) }
            case .text:
                text = ReportText.render(report, language: languageOption.language)
            case .json:
                text = ReportJSON.render(report)
            case .html:
                text = ReportHTML.render(report, language: languageOption.language)
            }
            if let out, out != "-" {
                try AtomicFile.write(Array(text.utf8), to: out, display: out)
                try printOut(TerminalText.safe(runLanguage.export.reportWritten(out, format: format.rawValue, report: report),
                                               keepingLineBreaks: true))
            } else {
                try printOut(format == .text ? TerminalText.safe(text, keepingLineBreaks: true) : text)
            }
        } catch {
            throw Failure.exit(error)
        }
    }
}
