import HEPCore

/// The words of the therapist's review screen. English and Spanish each answer every one.
public protocol ReviewWords: ReportWords {
    func reviewHeading(patient: String, from: LocalDate, to: LocalDate, dot: String) -> String
    /// The calendar's column heads, Monday first, two letters each.
    var weekdayInitials: String { get }
    /// What the calendar's marks mean, in a line: all, half or more, some, none.
    func marks(all: String, half: String, some: String, none: String) -> String
    /// The cursor's day in a line: its date, what was done of what was due, its sessions.
    func day(_ day: Report.Day) -> String
    /// Exercise, sessions, dose, pain: the short table beside the calendar.
    var tableHeadings: (name: String, sessions: String, dose: String, pain: String) { get }
    var allExercises: String { get }
    var painByWeek: String { get }
    /// Before, after, morning: the sparkline rows.
    var sparkRows: [String] { get }
    var lastWeek: String { get }
    func newestFlags(_ n: Int) -> String
    func moreFlags(_ n: Int) -> String
    func flagsByKind(_ n: Int) -> String
    var noFlags: String { get }
    func linesAround(above: Int, below: Int) -> String
    func morningPain(_ pain: Int) -> String
    var noSession: String { get }
    func session(from: String, to: String?, version: Int, before: String, after: String) -> String
    func record(_ record: ExerciseRecord, prescribed: Int) -> String
    /// Why a record was stopped part-way, after the record's line.
    func stopped(_ reason: SkipReason) -> String
    /// The patient's own words, quoted as the language quotes.
    func note(_ text: String) -> String
    var keysOnThisScreen: String { get }
    func calendarLegend(all: String, half: String, some: String, none: String) -> String
    func reviewKey(_ action: ReviewKey) -> (does: String, short: String)
}

/// What a key does on the review screen.
public enum ReviewKey: Sendable {
    case back, scroll, quit, help, week, day, openDay, allFlags
}

extension Language {
    public var review: any ReviewWords {
        switch self {
        case .en: return English()
        case .es: return Spanish()
        }
    }
}

extension English: ReviewWords {
    public func reviewHeading(patient: String, from: LocalDate, to: LocalDate, dot: String) -> String {
        "hep review \(dot) \(patient) \(dot) \(from) to \(to)"
    }
    public var weekdayInitials: String { "Mo Tu We Th Fr Sa Su" }
    public func marks(all: String, half: String, some: String, none: String) -> String {
        "\(all) all \(half) half+ \(some) some \(none) none"
    }
    public func day(_ day: Report.Day) -> String {
        let done: String
        switch day.standing {
        case .unreadable: done = "log unreadable"
        case .future: done = "still to come"
        case .counted, .today:
            done = (day.tally.due == 0 ? "nothing due" : "\(day.tally.performed)/\(day.tally.due) performed")
                + (day.standing == .today ? " so far" : "")
        }
        return "\(day.date) \(day.date.weekday.rawValue): \(done), \(day.sessions) sess."
    }
    public var tableHeadings: (name: String, sessions: String, dose: String, pain: String) { ("Exercise", "Sess", "Dose", "Pain") }
    public var allExercises: String { "All" }
    public var painByWeek: String { "Pain by week (0-10)" }
    public var sparkRows: [String] { ["before", "after", "morning"] }
    public var lastWeek: String { "last week" }
    public func newestFlags(_ n: Int) -> String { n == 0 ? "Flags: none" : "Flags (\(n)), newest first" }
    public func moreFlags(_ n: Int) -> String { "\(n) more: f shows them all" }
    public func flagsByKind(_ n: Int) -> String { "Flags (\(n)) by kind, newest first" }
    public var noFlags: String { "No flags in this range." }
    public func linesAround(above: Int, below: Int) -> String {
        [above > 0 ? "\(above) lines above" : nil, below > 0 ? "\(below) below" : nil].compactMap { $0 }.joined(separator: ", ")
    }
    public func morningPain(_ pain: Int) -> String { "morning pain \(pain)" }
    public var noSession: String { "No session recorded." }
    public func session(from: String, to: String?, version: Int, before: String, after: String) -> String {
        "\(from)-\(to ?? "interrupted"), version \(version), pain before \(before), after \(after)"
    }
    public func record(_ record: ExerciseRecord, prescribed: Int) -> String {
        let answer = { (n: Int?) in n.map(String.init) ?? "-" }
        if record.status == .skipped { return "skipped (\(record.skipReason.map(reasonWord) ?? "?"))" }
        return "\(record.status.rawValue), \(record.repsDone)/\(prescribed) reps, pain \(answer(record.painDuring)), effort \(answer(record.effort))"
    }
    public func stopped(_ reason: SkipReason) -> String { "stopped: \(reasonWord(reason))" }
    public func note(_ text: String) -> String { "note: “\(text)”" }
    public var keysOnThisScreen: String { "Keys on this screen" }
    public func calendarLegend(all: String, half: String, some: String, none: String) -> String {
        "Calendar marks: \(all) all the day's due work done, \(half) half or more, \(some) some, \(none) none, blank: nothing was due."
    }
    public func reviewKey(_ action: ReviewKey) -> (does: String, short: String) {
        switch action {
        case .back: return ("back", "back")
        case .scroll: return ("scroll", "scroll")
        case .quit: return ("quit", "quit")
        case .help: return ("help", "help")
        case .week: return ("week", "week")
        case .day: return ("day", "day")
        case .openDay: return ("open the day", "open the day")
        case .allFlags: return ("all flags", "flags")
        }
    }
}

extension Spanish: ReviewWords {
    public func reviewHeading(patient: String, from: LocalDate, to: LocalDate, dot: String) -> String {
        "Revisión de hep \(dot) \(patient) \(dot) del \(from) al \(to)"
    }
    public var weekdayInitials: String { "Lu Ma Mi Ju Vi Sá Do" }
    public func marks(all: String, half: String, some: String, none: String) -> String {
        "\(all) todo \(half) la mitad o más \(some) algo \(none) nada"
    }
    public func day(_ day: Report.Day) -> String {
        let done: String
        switch day.standing {
        case .unreadable: done = "registro ilegible"
        case .future: done = "aún por llegar"
        case .counted, .today:
            done = (day.tally.due == 0 ? "nada pautado" : "\(day.tally.performed)/\(day.tally.due) hechas")
                + (day.standing == .today ? " hasta ahora" : "")
        }
        return "\(day.date) \(weekday(day.date.weekday).prefix(3)): \(done), \(day.sessions) ses."
    }
    public var tableHeadings: (name: String, sessions: String, dose: String, pain: String) { ("Ejercicio", "Ses.", "Dosis", "Dolor") }
    public var allExercises: String { "Todos" }
    public var painByWeek: String { "Dolor por semana (0-10)" }
    public var sparkRows: [String] { ["antes", "después", "mañana"] }
    public var lastWeek: String { "última semana" }
    public func newestFlags(_ n: Int) -> String { n == 0 ? "Alertas: ninguna" : "Alertas (\(n)), las más recientes primero" }
    public func moreFlags(_ n: Int) -> String { "\(n) más: f las muestra todas" }
    public func flagsByKind(_ n: Int) -> String { "Alertas (\(n)) por tipo, las más recientes primero" }
    public var noFlags: String { "No hay alertas en este periodo." }
    public func linesAround(above: Int, below: Int) -> String {
        [above > 0 ? "\(above) líneas arriba" : nil, below > 0 ? "\(below) abajo" : nil].compactMap { $0 }.joined(separator: ", ")
    }
    public func morningPain(_ pain: Int) -> String { "dolor por la mañana \(pain)" }
    public var noSession: String { "Ninguna sesión registrada." }
    public func session(from: String, to: String?, version: Int, before: String, after: String) -> String {
        "\(from)-\(to ?? "interrumpida"), versión \(version), dolor antes \(before), después \(after)"
    }
    public func record(_ record: ExerciseRecord, prescribed: Int) -> String {
        let answer = { (n: Int?) in n.map(String.init) ?? "-" }
        if record.status == .skipped { return "saltado (\(record.skipReason.map(reasonWord) ?? "?"))" }
        let status = record.status == .done ? "hecho" : "parcial"
        return "\(status), \(record.repsDone)/\(prescribed) repeticiones, dolor \(answer(record.painDuring)), esfuerzo \(answer(record.effort))"
    }
    public func stopped(_ reason: SkipReason) -> String { "parado: \(reasonWord(reason))" }
    public func note(_ text: String) -> String { "nota: «\(text)»" }
    public var keysOnThisScreen: String { "Teclas de esta pantalla" }
    public func calendarLegend(all: String, half: String, some: String, none: String) -> String {
        "Marcas del calendario: \(all) todo lo pautado del día hecho, \(half) la mitad o más, \(some) algo, \(none) nada; en blanco: no había nada pautado."
    }
    public func reviewKey(_ action: ReviewKey) -> (does: String, short: String) {
        switch action {
        case .back: return ("volver", "volver")
        case .scroll: return ("desplazar", "desplazar")
        case .quit: return ("salir", "salir")
        case .help: return ("ayuda", "ayuda")
        case .week: return ("semana", "semana")
        case .day: return ("día", "día")
        case .openDay: return ("abrir el día", "abrir el día")
        case .allFlags: return ("todas las alertas", "alertas")
        }
    }
}
