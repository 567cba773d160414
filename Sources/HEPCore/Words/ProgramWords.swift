/// The words of `hep program`: a program shown, its history, and what a change did.
public protocol ProgramWords: Sendable {
    func patient(_ patient: Patient, therapist: Therapist?) -> String
    func version(_ version: ProgramVersion, of count: Int) -> String
    func painLimit(_ limit: Int) -> String
    func rest(_ seconds: Int) -> String
    func perDay(_ times: Int) -> String
    /// `daily`, `mon-fri` or `mon,wed,fri` (`DaysNotation`) as the reader says it.
    func days(_ notation: String) -> String
    var noItems: String { get }
    func noVersion(_ number: Int, count: Int) -> String
}

extension Language {
    public var program: any ProgramWords {
        switch self {
        case .en: return English()
        case .es: return Spanish()
        }
    }
}

extension English: ProgramWords {
    public func patient(_ patient: Patient, therapist: Therapist?) -> String {
        "For \(patient.name) (\(patient.id))." + (therapist.map { " Therapist: " + [$0.name, $0.contact].compactMap { $0 }.joined(separator: ", ") + "." } ?? "")
    }
    public func version(_ version: ProgramVersion, of count: Int) -> String {
        "Version \(version.version) of \(count), from \(version.effective)" + (version.note.map { ": \($0)" } ?? ".")
    }
    public func painLimit(_ limit: Int) -> String { "pain limit \(limit)" }
    public func rest(_ seconds: Int) -> String { "rest \(seconds) s" }
    public func perDay(_ times: Int) -> String { "\(times)/day" }
    public func days(_ notation: String) -> String { notation }
    public var noItems: String { "No exercises in this version." }
    public func noVersion(_ number: Int, count: Int) -> String {
        "hep: the program has no version \(number); its versions are 1 to \(count)"
    }
}

extension Spanish: ProgramWords {
    public func patient(_ patient: Patient, therapist: Therapist?) -> String {
        "Para \(patient.name) (\(patient.id))." + (therapist.map { " Fisioterapeuta: " + [$0.name, $0.contact].compactMap { $0 }.joined(separator: ", ") + "." } ?? "")
    }
    public func version(_ version: ProgramVersion, of count: Int) -> String {
        "Versión \(version.version) de \(count), desde el \(version.effective)" + (version.note.map { ": \($0)" } ?? ".")
    }
    public func painLimit(_ limit: Int) -> String { "límite de dolor \(limit)" }
    public func rest(_ seconds: Int) -> String { "descanso \(seconds) s" }
    public func perDay(_ times: Int) -> String { "\(times)/día" }
    public func days(_ notation: String) -> String {
        let names = ["mon": "lun", "tue": "mar", "wed": "mié", "thu": "jue", "fri": "vie", "sat": "sáb", "sun": "dom"]
        if notation == "daily" { return "a diario" }
        return names.reduce(notation) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }
    public var noItems: String { "Esta versión no tiene ejercicios." }
    public func noVersion(_ number: Int, count: Int) -> String {
        "hep: el programa no tiene versión \(number); sus versiones van de la 1 a la \(count)"
    }
}
