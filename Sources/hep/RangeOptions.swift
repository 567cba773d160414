import ArgumentParser
import Foundation
import HEPCore

/// The range of days a report or the review covers: --from to --to, or the --last days up
/// to --to; by default the 14 days up to today.
struct RangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("First day of the range (YYYY-MM-DD).", valueName: "date"), transform: parseDate)
    var from: LocalDate?

    @Option(help: ArgumentHelp("Last day of the range (default: today).", valueName: "date"), transform: parseDate)
    var to: LocalDate?

    @Option(help: ArgumentHelp("The range as a number of days or weeks up to --to: 14d, 4w.", valueName: "length"),
            transform: parseLength)
    var last: Int?

    @Option(help: ArgumentHelp("What date today is (for reproducible reports).", valueName: "date"), transform: parseDate)
    var today: LocalDate?

    var end: LocalDate { to ?? today ?? LocalDate(Date()) }
    var start: LocalDate { from ?? end.adding(days: -((last ?? 14) - 1)) }

    /// The longest range a report covers: twenty years, longer than any home program runs.
    static let maxDays = 20 * 366

    func validate() throws {
        if from != nil && last != nil { throw ValidationError(say.fromOrLast) }
        if let from, from > end { throw ValidationError(say.fromAfterEnd(from, end)) }
        let days = end.dayNumber - start.dayNumber + 1
        if days > Self.maxDays {
            throw ValidationError(say.rangeTooLong(start, end, days: days, maxDays: Self.maxDays))
        }
    }
}
