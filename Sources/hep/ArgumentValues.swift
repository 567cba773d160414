import ArgumentParser
import HEPCore

/// A date option, `YYYY-MM-DD`; a wrong one is refused with what is wrong with it. Dates
/// before 1900 are refused too: no program is that old, and a range reaching back past
/// year 1 could not be counted in weeks.
func parseDate(_ text: String) throws -> LocalDate {
    switch LocalDate.parse(text) {
    case let .success(date):
        guard date.year >= 1900 else { throw ValidationError(say.tooEarly(text)) }
        return date
    case let .failure(problem): throw ValidationError(say.notADate(problem))
    }
}

/// `14d` or `14` days, `2w` weeks (`2s`, semanas, in Spanish).
func parseLength(_ text: String) throws -> Int {
    let weeks = text.hasSuffix("w") || text.hasSuffix("s")
    let digits = weeks || text.hasSuffix("d") ? String(text.dropLast()) : text
    guard let n = Int(digits), n >= 1, n <= RangeOptions.maxDays / (weeks ? 7 : 1) else {
        throw ValidationError(say.notALength(text, maxDays: RangeOptions.maxDays))
    }
    return weeks ? n * 7 : n
}

extension ReportCSV.Table: ExpressibleByArgument {}
