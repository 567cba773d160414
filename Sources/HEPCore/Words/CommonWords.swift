/// Words every part of hep uses: days, months, dates, lengths of time, sides, doses.
public protocol CommonWords: Sendable {
    /// "Monday".
    func weekday(_ day: Weekday) -> String
    /// "November", for 1 to 12.
    func month(_ month: Int) -> String
    /// "Sunday 29 November 2026".
    func longDate(_ date: LocalDate) -> String
    /// "1 second", "1 minute 30 seconds", "1 hour 5 minutes".
    func duration(_ seconds: Int) -> String
    /// "left", "right", "both sides", "" for none.
    func side(_ side: Side) -> String
    /// The clinical shorthand of a dose: "3 x 10, hold 5 s, right"; a timed exercise reads
    /// as time: "2 x 30 seconds", "15 minutes".
    func dose(_ dose: Dose) -> String
    /// A day log kept for a problem, or set aside: what hep did first, since a narrow
    /// screen shows only the start of the line.
    func log(_ notice: LogNotice) -> String
    /// A read or write that did not happen (`StorageWords.swift`).
    func storage(_ reason: StorageError.Reason) -> String
    /// Why a data folder is not the patient's alone, and the command that makes it so.
    func privacy(_ privacy: Privacy) -> String
}

extension CommonWords {
    /// The dose shorthand built from the language's words for its parts.
    func doseShorthand(_ dose: Dose, hold: String, eachSide: String) -> String {
        let time = duration(dose.holdSeconds)
        var parts = [dose.isTimed ? (dose.sets == 1 ? time : "\(dose.sets) x \(time)") : "\(dose.sets) x \(dose.reps)"]
        if dose.reps > 1 && dose.holdSeconds > 0 { parts.append("\(hold) \(dose.holdSeconds) s") }
        switch dose.side {
        case .left, .right: parts.append(side(dose.side))
        case .both: parts.append(eachSide)
        case .none: break
        }
        return parts.joined(separator: ", ")
    }

    /// Joins "1 hour", "5 minutes", "30 seconds" as people say a length of time.
    func durationParts(_ seconds: Int, _ unit: (Int, Int) -> String) -> String {
        let (h, m, s) = (seconds / 3600, seconds % 3600 / 60, seconds % 60)
        let parts = [h > 0 ? unit(h, 0) : nil, m > 0 ? unit(m, 1) : nil, s > 0 || seconds == 0 ? unit(s, 2) : nil]
        return parts.compactMap { $0 }.joined(separator: " ")
    }

    /// `one` for 1, `other` for any other count: the plural rule of English and Spanish.
    public func plural(_ n: Int, _ one: String, _ other: String) -> String { n == 1 ? one : other }
}

extension English: CommonWords {
    public func weekday(_ day: Weekday) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][Weekday.allCases.firstIndex(of: day)!]
    }

    public func month(_ month: Int) -> String {
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
         "December"][month - 1]
    }

    public func longDate(_ date: LocalDate) -> String { "\(weekday(date.weekday)) \(date.day) \(month(date.month)) \(date.year)" }

    public func duration(_ seconds: Int) -> String {
        durationParts(seconds) { n, unit in "\(n) " + plural(n, ["hour", "minute", "second"][unit], ["hours", "minutes", "seconds"][unit]) }
    }

    public func side(_ side: Side) -> String {
        switch side {
        case .left: return "left"
        case .right: return "right"
        case .both: return "both sides"
        case .none: return ""
        }
    }

    public func dose(_ dose: Dose) -> String { doseShorthand(dose, hold: "hold", eachSide: "each side") }

    public func log(_ notice: LogNotice) -> String {
        switch notice {
        case let .kept(date, problem, more):
            return "Your log of \(date) has a problem; it is kept, and your work is added to it. \(problem)"
                + (more > 0 ? " (and \(more) more)" : "")
        case let .setAside(date, aside, problem):
            return "Your log of \(date) could not be read; it was moved to \(aside) and a new one begun. \(problem)"
        }
    }
}
