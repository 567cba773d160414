/// The words of `hep library`: the list of exercises and one exercise in full.
public protocol LibraryWords: Sendable {
    var listColumns: [(heading: String, width: Int)] { get }
    func count(_ n: Int) -> String
    var noneFound: String { get }
    func facts(region: String, equipment: [String], dose: String) -> String
    var instructions: String { get }
    var cues: String { get }
    var safety: String { get }
    var sides: String { get }
    func alsoIn(_ names: [String]) -> String
    func file(_ path: String) -> String
    func noSuchExercise(_ id: String) -> String
}

extension Language {
    public var library: any LibraryWords {
        switch self {
        case .en: return English()
        case .es: return Spanish()
        }
    }
}

extension English: LibraryWords {
    public var listColumns: [(heading: String, width: Int)] { [("ID", 22), ("Exercise", 27), ("Region", 11), ("Default dose", 0)] }
    public func count(_ n: Int) -> String { "\(n) \(n == 1 ? "exercise" : "exercises")." }
    public var noneFound: String { "No exercise matches." }
    public func facts(region: String, equipment: [String], dose: String) -> String {
        "Region: \(region). Equipment: \(equipment.isEmpty ? "none" : equipment.joined(separator: ", ")). Default dose: \(dose)."
    }
    public var instructions: String { "How to do it:" }
    public var cues: String { "Cues:" }
    public var safety: String { "Safety: " }
    public var sides: String { "Sides: " }
    public func alsoIn(_ names: [String]) -> String { "Also written in " + names.joined(separator: "; ") + "." }
    public func file(_ path: String) -> String { "From \(path)." }
    public func noSuchExercise(_ id: String) -> String { "hep: there is no exercise '\(id)' in the library; `hep library` lists them" }
}

extension Spanish: LibraryWords {
    public var listColumns: [(heading: String, width: Int)] { [("ID", 22), ("Ejercicio", 27), ("Zona", 11), ("Dosis inicial", 0)] }
    public func count(_ n: Int) -> String { "\(n) \(n == 1 ? "ejercicio" : "ejercicios")." }
    public var noneFound: String { "Ningún ejercicio coincide." }
    public func facts(region: String, equipment: [String], dose: String) -> String {
        "Zona: \(region). Material: \(equipment.isEmpty ? "ninguno" : equipment.joined(separator: ", ")). Dosis inicial: \(dose)."
    }
    public var instructions: String { "Cómo hacerlo:" }
    public var cues: String { "Recuerda:" }
    public var safety: String { "Precaución: " }
    public var sides: String { "Lados: " }
    public func alsoIn(_ names: [String]) -> String { "También en " + names.joined(separator: "; ") + "." }
    public func file(_ path: String) -> String { "De \(path)." }
    public func noSuchExercise(_ id: String) -> String { "hep: no hay ningún ejercicio '\(id)' en la biblioteca; `hep library` los muestra" }
}
