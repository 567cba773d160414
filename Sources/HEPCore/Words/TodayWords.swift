/// The words of `hep today`, the plain-text plan of a day.
public protocol TodayWords: CommonWords {
    /// "Sunday 2026-11-29".
    func dayHeading(_ date: LocalDate) -> String
    /// Before the program's first version: "Nothing is due. The program starts on 2026-12-01."
    func nothingDueYet(startsOn: LocalDate?) -> String
    /// "Version 2, since 2026-11-23", and the therapist's note after a colon.
    func version(_ number: Int, since: LocalDate) -> String
    /// A day before the patient got the program.
    func nothingDueBeforeInstalled(_ installed: LocalDate) -> String
    /// A weekday with nothing on it: "Nothing is due on Mondays."
    func nothingDueOn(_ day: Weekday) -> String
    /// The heading of the list: "Due:".
    var due: String { get }
    /// "once", "2 times".
    func times(_ n: Int) -> String
    /// "6 exercises, 7 performances in all."
    func total(exercises: Int, performances: Int) -> String
}

extension English: TodayWords {
    public func dayHeading(_ date: LocalDate) -> String { "\(weekday(date.weekday)) \(date)" }

    public func nothingDueYet(startsOn: LocalDate?) -> String {
        "Nothing is due." + (startsOn.map { " The program starts on \($0)." } ?? "")
    }

    public func version(_ number: Int, since: LocalDate) -> String { "Version \(number), since \(since)" }

    public func nothingDueBeforeInstalled(_ installed: LocalDate) -> String {
        "Nothing is due: the program was installed on \(installed)."
    }

    public func nothingDueOn(_ day: Weekday) -> String { "Nothing is due on \(weekday(day))s." }

    public var due: String { "Due:" }

    public func times(_ n: Int) -> String { n == 1 ? "once" : "\(n) times" }

    public func total(exercises: Int, performances: Int) -> String {
        "\(exercises) \(plural(exercises, "exercise", "exercises")), \(performances) \(plural(performances, "performance", "performances")) in all."
    }
}

extension Spanish: TodayWords {
    public func dayHeading(_ date: LocalDate) -> String { "\(weekday(date.weekday)) \(date)" }

    public func nothingDueYet(startsOn: LocalDate?) -> String {
        "No hay ejercicios para este día." + (startsOn.map { " El programa empieza el \($0)." } ?? "")
    }

    public func version(_ number: Int, since: LocalDate) -> String { "Versión \(number), desde el \(since)" }

    public func nothingDueBeforeInstalled(_ installed: LocalDate) -> String {
        "No hay ejercicios para este día: recibiste el programa el \(installed)."
    }

    public func nothingDueOn(_ day: Weekday) -> String {
        // "sábado" and "domingo" take an s in the plural; the other days do not change.
        let name = weekday(day)
        return "Los \(name.hasSuffix("o") ? name + "s" : name) no hay ejercicios."
    }

    public var due: String { "Ejercicios del día:" }

    public func times(_ n: Int) -> String { n == 1 ? "una vez" : "\(n) veces" }

    public func total(exercises: Int, performances: Int) -> String {
        "\(exercises) \(plural(exercises, "ejercicio", "ejercicios")), \(performances) \(plural(performances, "vez", "veces")) en total."
    }
}
