import Foundation

/// A moment as the patient lived it: local date and time to the second, with the UTC
/// offset in force then, written `2026-11-29T08:02:11+01:00`.
public struct Moment: Hashable, Sendable, CustomStringConvertible {
    public let date: LocalDate
    public let hour: Int
    public let minute: Int
    public let second: Int
    /// Minutes east of UTC.
    public let offsetMinutes: Int

    public init?(date: LocalDate, hour: Int, minute: Int, second: Int, offsetMinutes: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
              (-18 * 60...18 * 60).contains(offsetMinutes) else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.offsetMinutes = offsetMinutes
    }

    /// Parses an RFC 3339 moment: `YYYY-MM-DDTHH:MM:SS`, optional fractions of a second
    /// (dropped: hep keeps moments to the second), then `Z` or an offset `+HH:MM`/`-HH:MM`.
    /// hep itself writes only the offset form.
    public init?(_ text: String) {
        let u = Array(text.utf8)
        guard u.count >= 20, u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: "t"),
              u[13] == UInt8(ascii: ":"), u[16] == UInt8(ascii: ":"),
              let date = LocalDate(String(decoding: u[0..<10], as: UTF8.self)),
              let h = Digits.value(u[11..<13]), let m = Digits.value(u[14..<16]), let s = Digits.value(u[17..<19])
        else { return nil }
        var i = 19
        if u[i] == UInt8(ascii: ".") {
            i += 1
            let digits = i
            while i < u.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(u[i]) { i += 1 }
            guard i > digits else { return nil }
        }
        let offset: Int
        let zone = u[i...]
        if zone.count == 1, zone.first == UInt8(ascii: "Z") || zone.first == UInt8(ascii: "z") {
            offset = 0
        } else {
            guard zone.count == 6, zone.first == UInt8(ascii: "+") || zone.first == UInt8(ascii: "-"),
                  zone[i + 3] == UInt8(ascii: ":"), let oh = Digits.value(u[(i + 1)..<(i + 3)]),
                  let om = Digits.value(u[(i + 4)..<(i + 6)]), om < 60 else { return nil }
            offset = (oh * 60 + om) * (zone.first == UInt8(ascii: "-") ? -1 : 1)
        }
        self.init(date: date, hour: h, minute: m, second: s, offsetMinutes: offset)
    }

    /// `instant` as it reads on the clocks of `timeZone`.
    public init(_ instant: Date, in timeZone: TimeZone = .current) {
        let whole = Int(instant.timeIntervalSince1970.rounded(.down))
        let offset = timeZone.secondsFromGMT(for: instant)
        let local = whole + offset
        let days = Int((Double(local) / 86_400).rounded(.down))
        let secondOfDay = local - days * 86_400
        self.date = LocalDate(dayNumber: days)
        self.hour = secondOfDay / 3600
        self.minute = secondOfDay / 60 % 60
        self.second = secondOfDay % 60
        self.offsetMinutes = offset / 60
    }

    /// Seconds since 1970-01-01T00:00:00Z, for ordering moments written under different offsets.
    public var epochSeconds: Int {
        date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60
    }

    /// `08:02`: the time of day as a person reads it.
    public var clockTime: String { "\(hour.padded(2)):\(minute.padded(2))" }

    /// `20261129T080211`: for names of files kept aside, sortable and free of `:`.
    public var fileStamp: String {
        "\(date.year.padded(4))\(date.month.padded(2))\(date.day.padded(2))T\(hour.padded(2))\(minute.padded(2))\(second.padded(2))"
    }

    public var description: String {
        let sign = offsetMinutes < 0 ? "-" : "+"
        let off = abs(offsetMinutes)
        return "\(date)T\(hour.padded(2)):\(minute.padded(2)):\(second.padded(2))\(sign)\((off / 60).padded(2)):\((off % 60).padded(2))"
    }
}

