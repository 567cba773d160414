import ArgumentParser
import Foundation
import HEPCore

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Adherence, dose, pain and flags over a range of days, for the therapist.",
        discussion: "The range is --from to --to (both included), or the --last days up to --to; by default the last 14 days up to today.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @OptionGroup var dataOption: DataOption

    @Option(help: ArgumentHelp("First day of the range (YYYY-MM-DD).", valueName: "date"), transform: parseDate)
    var from: LocalDate?

    @Option(help: ArgumentHelp("Last day of the range (default: today).", valueName: "date"), transform: parseDate)
    var to: LocalDate?

    @Option(help: ArgumentHelp("The range as a number of days or weeks up to --to: 14d, 4w.", valueName: "length"),
            transform: parseLength)
    var last: Int?

    @Option(help: ArgumentHelp("What date today is (for reproducible reports).", valueName: "date"), transform: parseDate)
    var today: LocalDate?

    @Option(help: "text, json or csv.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Write the report to this file (0600) instead of standard output.", valueName: "file"))
    var out: String?

    func validate() throws {
        if from != nil && last != nil { throw ValidationError("give --from or --last, not both") }
        if let from, from > (to ?? today ?? LocalDate(Date())) {
            throw ValidationError("--from \(from) is after the end of the range \(to ?? today ?? LocalDate(Date()))")
        }
    }

    func run() throws {
        let end = to ?? today ?? LocalDate(Date())
        let start = from ?? end.adding(days: -((last ?? 14) - 1))
        let folder = dataOption.folder
        let text: String
        do {
            let (program, logs, problems) = try ReportLoader.load(folder, from: start, to: end)
            switch format {
            case .csv:
                text = ReportCSV.render(program: program, logs: logs, from: start, to: end)
            case .text, .json:
                let report = ReportBuilder.build(program: program, from: start, to: end, logs: logs, problems: problems)
                text = format == .text ? ReportText.render(report) : ReportJSON.render(report)
            }
            if let out {
                try AtomicFile.write(Array(text.utf8), to: out, display: out)
            } else {
                print(text, terminator: "")
            }
        } catch {
            throw Failure.exit(error)
        }
    }
}

/// `14d` or `14` days, `2w` weeks.
func parseLength(_ text: String) throws -> Int {
    let unit = text.last.map { $0.isLetter ? $0 : "d" } ?? "d"
    let digits = text.last?.isLetter == true ? String(text.dropLast()) : text
    guard let n = Int(digits), n > 0, unit == "d" || unit == "w" else {
        throw ValidationError("not a length like 14d or 2w (got \(text))")
    }
    return unit == "w" ? n * 7 : n
}
