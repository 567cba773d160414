/// The words of `hep program handout`: the program written to the patient, to keep.
public protocol HandoutWords: Sendable {
    /// "Home exercises for Alex Demo".
    func forPatient(_ name: String) -> String
    /// The version and the long date it holds from; `started` is false when that day is
    /// still to come.
    func version(_ number: Int, from date: String, started: Bool) -> String
    var noteLabel: String { get }
    var itemNoteLabel: String { get }
    var doseLabel: String { get }
    var restLabel: String { get }
    func restBetweenSets(_ duration: String) -> String
    var howOftenLabel: String { get }
    /// `days` is nil for every day, else the days as `ProgramWords.days` says them.
    func timesPerDay(_ times: Int, days: String?) -> String
    var painLabel: String { get }
    func stopAbove(_ limit: Int) -> String
    var stepsHeading: String { get }
    var cuesHeading: String { get }
    var safetyLabel: String { get }
    var equipmentLabel: String { get }
    func questions(_ therapist: Therapist) -> String
}

extension Language {
    public var handout: any HandoutWords {
        switch self {
        case .en: return English()
        case .es: return Spanish()
        }
    }
}

extension English: HandoutWords {
    public func forPatient(_ name: String) -> String { "Home exercises for \(name)" }
    public func version(_ number: Int, from date: String, started: Bool) -> String {
        "Version \(number), " + (started ? "from " : "starting ") + date
    }
    public var noteLabel: String { "Note from your therapist" }
    public var itemNoteLabel: String { "Note" }
    public var doseLabel: String { "Dose" }
    public var restLabel: String { "Rest" }
    public func restBetweenSets(_ duration: String) -> String { "\(duration) between sets" }
    public var howOftenLabel: String { "How often" }
    public func timesPerDay(_ times: Int, days: String?) -> String {
        let times = times == 1 ? "Once a day" : times == 2 ? "Twice a day" : "\(times) times a day"
        return times + (days.map { " (\($0))" } ?? ", every day")
    }
    public var painLabel: String { "Pain" }
    public func stopAbove(_ limit: Int) -> String { "Stop and rest if your pain goes above \(limit) out of 10." }
    public var stepsHeading: String { "How to do it" }
    public var cuesHeading: String { "Remember" }
    public var safetyLabel: String { "Safety" }
    public var equipmentLabel: String { "You need" }
    public func questions(_ therapist: Therapist) -> String {
        "Questions about your program? Ask \(therapist.name)" + (therapist.contact.map { ": \($0)" } ?? ".")
    }
}

extension Spanish: HandoutWords {
    public func forPatient(_ name: String) -> String { "Ejercicios en casa para \(name)" }
    public func version(_ number: Int, from date: String, started: Bool) -> String {
        "Versión \(number), " + (started ? "desde el " : "a partir del ") + date
    }
    public var noteLabel: String { "Nota de tu fisioterapeuta" }
    public var itemNoteLabel: String { "Nota" }
    public var doseLabel: String { "Dosis" }
    public var restLabel: String { "Descanso" }
    public func restBetweenSets(_ duration: String) -> String { "\(duration) entre series" }
    public var howOftenLabel: String { "Frecuencia" }
    public func timesPerDay(_ times: Int, days: String?) -> String {
        let times = times == 1 ? "Una vez al día" : times == 2 ? "Dos veces al día" : "\(times) veces al día"
        return times + (days.map { " (\($0))" } ?? ", todos los días")
    }
    public var painLabel: String { "Dolor" }
    public func stopAbove(_ limit: Int) -> String { "Detente y descansa si tu dolor pasa de \(limit) sobre 10." }
    public var stepsHeading: String { "Cómo hacerlo" }
    public var cuesHeading: String { "Recuerda" }
    public var safetyLabel: String { "Precaución" }
    public var equipmentLabel: String { "Necesitas" }
    public func questions(_ therapist: Therapist) -> String {
        "¿Tienes dudas sobre tu programa? Pregunta a \(therapist.name)" + (therapist.contact.map { ": \($0)" } ?? ".")
    }
}
