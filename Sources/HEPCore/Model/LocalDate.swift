import Foundation

/// A calendar date in the patient's own time, written `YYYY-MM-DD`. Arithmetic is done on
/// a day count so that weekdays and ISO weeks never depend on a time zone.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` with a day that exists.
    public init?(_ text: String) {
        guard case let .success(date) = LocalDate.parse(text) else { return nil }
        self = date
    }

    /// The date `text` names, or what is wrong with it in words a person can act on.
    public static func parse(_ text: String) -> Result<LocalDate, DateProblem> {
        let u = Array(text.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
              let y = Digits.value(u[0..<4]), let m = Digits.value(u[5..<7]), let d = Digits.value(u[8..<10])
        else { return .failure(.notADate(text)) }
        if y == 0 { return .failure(.noYearZero(text)) }
        if !(1...12).contains(m) { return .failure(.noSuchMonth(text, month: m)) }
        if d == 0 { return .failure(.noDayZero(text)) }
        let days = daysIn(month: m, year: y)
        if !(1...days).contains(d) { return .failure(.noSuchDay(text, month: m, year: y, days: days)) }
        return .success(LocalDate(year: y, month: m, day: d)!)
    }

    public init(dayNumber: Int) {
        // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// The local date of `instant` in `timeZone`.
    public init(_ instant: Date, in timeZone: TimeZone = .current) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: instant)
        self.init(dayNumber: Int((Double(seconds) / 86_400).rounded(.down)))
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        Weekday.allCases[((dayNumber % 7) + 7 + 3) % 7]
    }

    public var description: String { "\(year.padded(4))-\(month.padded(2))-\(day.padded(2))" }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { a.dayNumber < b.dayNumber }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// Why a text is not a date; the command line words it in the person's language.
public enum DateProblem: Error, Equatable, Sendable {
    case notADate(String)
    case noYearZero(String)
    case noSuchMonth(String, month: Int)
    case noDayZero(String)
    case noSuchDay(String, month: Int, year: Int, days: Int)
}


/// Fixed-width decimal fields of dates and times.
enum Digits {
    static func value(_ bytes: ArraySlice<UInt8>) -> Int? {
        var v = 0
        for b in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) else { return nil }
            v = v * 10 + Int(b - UInt8(ascii: "0"))
        }
        return v
    }
}

extension LocalDate {
    /// The ISO 8601 week this date belongs to, written `2026-W48`: weeks start on Monday
    /// and belong to the year of their Thursday.
    public var isoWeek: String {
        let thursday = adding(days: 3 - Weekday.allCases.firstIndex(of: weekday)!)
        let jan1 = LocalDate(year: thursday.year, month: 1, day: 1)!
        let week = (thursday.dayNumber - jan1.dayNumber) / 7 + 1
        return "\(thursday.year)-W\(week < 10 ? "0" : "")\(week)"
    }

    /// The Monday of this date's ISO week.
    public var weekStart: LocalDate { adding(days: -Weekday.allCases.firstIndex(of: weekday)!) }
}

extension Int {
    /// `7.padded(2)` is `07`: dates and times are written often (every file name, every
    /// moment in a report), and Foundation's `String(format:)` was a tenth of a report's time.
    func padded(_ width: Int) -> String {
        let digits = String(self)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
