/// The words of the therapist's report and review screen.
public protocol ReportWords: CommonWords {
    /// A flag as a sentence, from its figures.
    func flag(_ facts: Report.Flag.Facts) -> String
    /// A kind of flag, as the text forms name it (the JSON gives its code).
    func flagKind(_ kind: Report.Flag.Kind) -> String
    /// `86%`; a share is never rounded across the adherence threshold (`Report.percent`).
    func percent(_ fraction: Double?) -> String
    /// `2.3`, one decimal.
    func decimal(_ value: Double?) -> String

    func reportHeading(patient: String, id: String) -> String
    /// "2026-11-04 to 2026-11-11, 8 days, 3 sessions".
    func range(from: LocalDate, to: LocalDate, days: Int, sessions: Int) -> String
    func version(_ number: Int, from: LocalDate) -> String
    var adherence: String { get }
    func sessionAdherence(_ percent: String, performed: Int, due: Int) -> String
    func doseAdherence(_ percent: String, reps: Int, prescribed: Int) -> String
    /// The report's today, shown apart from the figures.
    func todayApart(_ date: LocalDate, performed: Int, due: Int, sessions: Int) -> String
    func unreadable(_ days: [LocalDate]) -> String
    /// Exercise, due, performed, sessions, dose, pain during, effort: each heading with the
    /// width of its column, which fits the heading and its figures.
    var itemColumns: [(heading: String, width: Int)] { get }
    func skips(_ reasons: [(SkipReason, Int)]) -> String
    /// A skip reason as the therapist reads it: `pain`, `time`.
    func reasonWord(_ reason: SkipReason) -> String
    func painNotGiven(_ n: Int) -> String
    func effortNotGiven(_ n: Int) -> String
    /// Pain (0-10), mean, answers, not given.
    var painColumns: [(heading: String, width: Int)] { get }
    /// Before a session, after a session, next morning.
    var painRows: [String] { get }
    /// Week, sessions, dose, before, after, morning.
    var weekColumns: [(heading: String, width: Int)] { get }
    /// `16-22 Nov`, or `30 Nov-6 Dec` across months.
    func span(_ from: LocalDate, _ to: LocalDate) -> String
    func flagsHeading(_ n: Int) -> String
    func problemsHeading(_ n: Int) -> String
    /// A thing and how many times: "pain over limit x2".
    func count(_ n: Int, of thing: String) -> String
    /// One thing the figures leave out, and why.
    func dataProblem(_ problem: Report.DataProblem) -> String
    var summaryLabel: String { get }
    func summary(from: LocalDate, to: LocalDate, sessions: Int, adherence: String, dose: String, before: String, after: String,
                 morning: String, flags: [(Report.Flag.Kind, Int)]) -> String
}

extension ReportWords {
    /// "16-22 Nov" from three-letter month names.
    func span(_ a: LocalDate, _ b: LocalDate, months: [String]) -> String {
        if a == b { return "\(a.day) \(months[a.month - 1])" }
        return a.month == b.month ? "\(a.day)-\(b.day) \(months[b.month - 1])"
            : "\(a.day) \(months[a.month - 1])-\(b.day) \(months[b.month - 1])"
    }

    /// Flag kinds with their counts: "pain over limit x2".
    func flagCounts(_ flags: [(Report.Flag.Kind, Int)]) -> String {
        flags.map { count($0.1, of: flagKind($0.0)) }.joined(separator: ", ")
    }
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
            return "\(exercise.name): pain \(pain) during the session at \(started.clockTime), above the limit of \(limit)"
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

    public func flagKind(_ kind: Report.Flag.Kind) -> String { kind.rawValue }
    public func percent(_ fraction: Double?) -> String { Report.percent(fraction) }
    public func decimal(_ value: Double?) -> String { Report.decimal(value) }

    public func reportHeading(patient: String, id: String) -> String { "hep report: \(patient) (\(id))" }
    public func range(from: LocalDate, to: LocalDate, days: Int, sessions: Int) -> String {
        "\(from) to \(to), \(days) \(plural(days, "day", "days")), \(sessions) \(plural(sessions, "session", "sessions"))"
    }
    public func version(_ number: Int, from: LocalDate) -> String { "Version \(number) from \(from)" }
    public var adherence: String { "Adherence" }
    public func sessionAdherence(_ percent: String, performed: Int, due: Int) -> String {
        "sessions  \(percent)  (\(performed) of \(due) performances due)"
    }
    public func doseAdherence(_ percent: String, reps: Int, prescribed: Int) -> String {
        "dose      \(percent)  (\(reps) of \(prescribed) reps prescribed)"
    }
    public func todayApart(_ date: LocalDate, performed: Int, due: Int, sessions: Int) -> String {
        "Today so far (\(date), not in the figures): \(performed) of \(due) performances, \(sessions) \(plural(sessions, "session", "sessions"))"
    }
    public func unreadable(_ days: [LocalDate]) -> String {
        "Not counted, their logs could not be read: " + days.map { "\($0)" }.joined(separator: ", ")
    }
    public var itemColumns: [(heading: String, width: Int)] {
        [("Exercise", 20), ("Due", 5), ("Performed", 11), ("Sessions", 10), ("Dose", 6), ("Pain during", 13), ("Effort", 8)]
    }
    public func skips(_ reasons: [(SkipReason, Int)]) -> String {
        "skipped: " + reasons.map { "\(reasonWord($0.0)) \($0.1)" }.joined(separator: ", ")
    }
    public func reasonWord(_ reason: SkipReason) -> String { reason.rawValue }
    public func painNotGiven(_ n: Int) -> String { "pain not given \(n)x" }
    public func effortNotGiven(_ n: Int) -> String { "effort not given \(n)x" }
    public var painColumns: [(heading: String, width: Int)] { [("Pain (0-10)", 21), ("mean", 4), ("answers", 9), ("not given", 11)] }
    public var painRows: [String] { ["before a session", "after a session", "next morning"] }
    public var weekColumns: [(heading: String, width: Int)] {
        [("Week", 22), ("Sessions", 8), ("Dose", 6), ("Before", 8), ("After", 7), ("Morning", 9)]
    }
    public func span(_ from: LocalDate, _ to: LocalDate) -> String {
        span(from, to, months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    }
    public func flagsHeading(_ n: Int) -> String { n == 0 ? "Flags: none" : "Flags (\(n))" }
    public func problemsHeading(_ n: Int) -> String { "Data problems (\(n))" }
    public func count(_ n: Int, of thing: String) -> String { "\(thing) x\(n)" }
    public func dataProblem(_ problem: Report.DataProblem) -> String {
        switch problem {
        case let .setAside(file, date): return "\(file): a log of \(date) that hep could not read and set aside"
        case let .unreadable(problem, _): return "\(problem); that day is left out"
        case let .future(date, today): return "\(date): a log dated after the report's today \(today); not counted"
        case let .noSuchVersion(date, session, version): return "\(date) session \(session): the program has no version \(version)"
        case let .notAnItem(date, session, item, version):
            return "\(date) session \(session): \(item) is not an item of version \(version); not counted"
        }
    }
    public var summaryLabel: String { "Summary: " }
    public func summary(from: LocalDate, to: LocalDate, sessions: Int, adherence: String, dose: String, before: String,
                        after: String, morning: String, flags: [(Report.Flag.Kind, Int)]) -> String {
        "\(from) to \(to): \(sessions) \(plural(sessions, "session", "sessions")), adherence \(adherence) of sessions and \(dose) of dose; "
            + "mean pain \(before) before, \(after) after, \(morning) next morning"
            + (flags.isEmpty ? "; no flags." : "; flags: \(flagCounts(flags)).")
    }
}

extension Spanish: ReportWords {
    public func flag(_ facts: Report.Flag.Facts) -> String {
        switch facts {
        case let .painDuring(exercise, pain, limit, started):
            return "\(exercise.text(in: .es).name): dolor \(pain) durante la sesión de las \(started.clockTime), por encima del límite de \(limit)"
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

    public func flagKind(_ kind: Report.Flag.Kind) -> String {
        switch kind {
        case .painOverLimit: return "dolor por encima del límite"
        case .painNotSettled: return "dolor que no se calma"
        case .morningPainRising: return "dolor matutino en aumento"
        case .missedDays: return "días sin ejercicios"
        case .lowAdherence: return "adherencia baja"
        }
    }

    /// `79,6 %`: a decimal comma, and a space before the sign, as Spanish writes them.
    public func percent(_ fraction: Double?) -> String {
        let text = Report.percent(fraction)
        return text == "-" ? text : text.replacingOccurrences(of: ".", with: ",").replacingOccurrences(of: "%", with: " %")
    }

    public func decimal(_ value: Double?) -> String { Report.decimal(value).replacingOccurrences(of: ".", with: ",") }

    public func reportHeading(patient: String, id: String) -> String { "Informe de hep: \(patient) (\(id))" }
    public func range(from: LocalDate, to: LocalDate, days: Int, sessions: Int) -> String {
        "Del \(from) al \(to), \(days) \(plural(days, "día", "días")), \(sessions) \(plural(sessions, "sesión", "sesiones"))"
    }
    public func version(_ number: Int, from: LocalDate) -> String { "Versión \(number) desde el \(from)" }
    public var adherence: String { "Adherencia" }
    public func sessionAdherence(_ percent: String, performed: Int, due: Int) -> String {
        "sesiones  \(percent)  (\(performed) de \(due) veces pautadas)"
    }
    public func doseAdherence(_ percent: String, reps: Int, prescribed: Int) -> String {
        "dosis     \(percent)  (\(reps) de \(prescribed) repeticiones pautadas)"
    }
    public func todayApart(_ date: LocalDate, performed: Int, due: Int, sessions: Int) -> String {
        "Hoy hasta ahora (\(date), fuera de las cifras): \(performed) de \(due) veces, \(sessions) \(plural(sessions, "sesión", "sesiones"))"
    }
    public func unreadable(_ days: [LocalDate]) -> String {
        "Sin contar, porque sus registros no se pudieron leer: " + days.map { "\($0)" }.joined(separator: ", ")
    }
    public var itemColumns: [(heading: String, width: Int)] {
        [("Ejercicio", 22), ("Pauta", 7), ("Hecho", 8), ("Sesiones", 9), ("Dosis", 7), ("Dolor dur.", 12), ("Esfuerzo", 9)]
    }
    public func skips(_ reasons: [(SkipReason, Int)]) -> String {
        "saltado: " + reasons.map { count($0.1, of: reasonWord($0.0)) }.joined(separator: ", ")
    }
    public func painNotGiven(_ n: Int) -> String { "dolor sin respuesta \(n) \(plural(n, "vez", "veces"))" }
    public func effortNotGiven(_ n: Int) -> String { "esfuerzo sin respuesta \(n) \(plural(n, "vez", "veces"))" }
    public var painColumns: [(heading: String, width: Int)] {
        [("Dolor (0-10)", 25), ("media", 7), ("respuestas", 12), ("sin respuesta", 15)]
    }
    public var painRows: [String] { ["antes de la sesión", "después de la sesión", "a la mañana siguiente"] }
    public var weekColumns: [(heading: String, width: Int)] {
        [("Semana", 22), ("Sesiones", 10), ("Dosis", 7), ("Antes", 7), ("Después", 9), ("Mañana", 8)]
    }
    public func span(_ from: LocalDate, _ to: LocalDate) -> String {
        span(from, to, months: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"])
    }
    public func flagsHeading(_ n: Int) -> String { n == 0 ? "Alertas: ninguna" : "Alertas (\(n))" }
    public func problemsHeading(_ n: Int) -> String { "Problemas en los datos (\(n))" }
    public func count(_ n: Int, of thing: String) -> String { "\(thing) (\(n))" }
    public func dataProblem(_ problem: Report.DataProblem) -> String {
        switch problem {
        case let .setAside(file, date): return "\(file): un registro del \(date) que hep no pudo leer y apartó"
        case let .unreadable(problem, _): return "\(problem.description(in: .es)); ese día queda fuera"
        case let .future(date, today): return "\(date): un registro con fecha posterior al día del informe, \(today); no cuenta"
        case let .noSuchVersion(date, session, version): return "\(date), sesión \(session): el programa no tiene versión \(version)"
        case let .notAnItem(date, session, item, version):
            return "\(date), sesión \(session): \(item) no es un ejercicio de la versión \(version); no cuenta"
        }
    }
    public var summaryLabel: String { "Resumen: " }
    public func summary(from: LocalDate, to: LocalDate, sessions: Int, adherence: String, dose: String, before: String,
                        after: String, morning: String, flags: [(Report.Flag.Kind, Int)]) -> String {
        "Del \(from) al \(to): \(sessions) \(plural(sessions, "sesión", "sesiones")), adherencia del \(adherence) en sesiones y del \(dose) en dosis; "
            + "dolor medio \(before) antes, \(after) después, \(morning) a la mañana siguiente"
            + (flags.isEmpty ? "; sin alertas." : "; alertas: \(flagCounts(flags)).")
    }

    public func reasonWord(_ reason: SkipReason) -> String {
        switch reason {
        case .pain: return "dolor"
        case .time: return "sin tiempo"
        case .equipment: return "sin material"
        case .forgot: return "olvido"
        case .unwell: return "malestar"
        case .other: return "otro motivo"
        }
    }
}
