/// The words of the therapist's report and review screen.
public protocol ReportWords: CommonWords {
    /// A flag as a sentence, from its figures.
    func flag(_ facts: Report.Flag.Facts) -> String
    /// `86%`; a share is never rounded across the adherence threshold (`Report.percent`).
    func percent(_ fraction: Double?) -> String
    /// `2.3`, one decimal.
    func decimal(_ value: Double?) -> String
}

extension Language {
    public var report: any ReportWords {
        switch self {
        case .en: return English()
        case .es: return Spanish()
        }
    }
}

extension English: ReportWords {
    public func flag(_ facts: Report.Flag.Facts) -> String {
        switch facts {
        case let .painDuring(exercise, pain, limit, started):
            return "\(exercise): pain \(pain) during the session at \(started.clockTime), above the limit of \(limit)"
        case let .painAfter(pain, limit, started):
            return "pain \(pain) after the session at \(started.clockTime), above the limit of \(limit)"
        case let .notSettled(morning, before, day):
            return "morning pain \(morning), higher than the \(before) before the session of \(day)"
        case let .lowAdherence(week, performed, due, adherence):
            return "\(week): \(performed) of \(due) performances performed (\(percent(adherence)))"
        case let .morningRising(fromWeek, from, toWeek, to):
            return "mean morning pain rose from \(decimal(from)) in \(fromWeek) to \(decimal(to)) in \(toWeek)"
        case let .missedDays(count, from, to):
            return "\(count) days in a row with exercises due and none performed (\(from) to \(to))"
        }
    }

    public func percent(_ fraction: Double?) -> String { Report.percent(fraction) }
    public func decimal(_ value: Double?) -> String { Report.decimal(value) }
}

extension Spanish: ReportWords {
    public func flag(_ facts: Report.Flag.Facts) -> String {
        switch facts {
        case let .painDuring(exercise, pain, limit, started):
            return "\(exercise): dolor \(pain) durante la sesión de las \(started.clockTime), por encima del límite de \(limit)"
        case let .painAfter(pain, limit, started):
            return "dolor \(pain) después de la sesión de las \(started.clockTime), por encima del límite de \(limit)"
        case let .notSettled(morning, before, day):
            return "dolor por la mañana \(morning), mayor que el \(before) de antes de la sesión del \(day)"
        case let .lowAdherence(week, performed, due, adherence):
            return "\(week): \(performed) de \(due) veces hechas (\(percent(adherence)))"
        case let .morningRising(fromWeek, from, toWeek, to):
            return "el dolor medio por la mañana subió de \(decimal(from)) en \(fromWeek) a \(decimal(to)) en \(toWeek)"
        case let .missedDays(count, from, to):
            return "\(count) días seguidos con ejercicios pendientes y ninguno hecho (del \(from) al \(to))"
        }
    }

    /// `79,6 %`: a decimal comma, and a space before the sign, as Spanish writes them.
    public func percent(_ fraction: Double?) -> String {
        let text = Report.percent(fraction)
        return text == "-" ? text : text.replacingOccurrences(of: ".", with: ",").replacingOccurrences(of: "%", with: " %")
    }

    public func decimal(_ value: Double?) -> String { Report.decimal(value).replacingOccurrences(of: ".", with: ",") }
}
