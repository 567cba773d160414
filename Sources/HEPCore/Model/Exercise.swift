/// One exercise as the library describes it (`hep.exercise/1`); programs embed a copy.
public struct Exercise: Equatable, Sendable {
    public static let schemaID = "hep.exercise/1"

    /// Present in library files, absent when embedded in a program.
    public var schema: String?
    public var id: String
    public var name: String
    public var region: String
    public var equipment: [String]
    public var instructions: [String]
    public var cues: [String]
    public var safety: String
    public var defaults: Dose
    /// What the body does on each side, where "left side" would not say it plainly:
    /// `{"left": "Stand on your left leg", ...}`, keyed by `left` and `right`.
    public var sideWords: [String: String]?
    /// The exercise in other languages, keyed by language tag (`es`).
    public var translations: [String: ExerciseText]?

    public init(schema: String? = nil, id: String, name: String, region: String, equipment: [String],
                instructions: [String], cues: [String], safety: String, defaults: Dose, sideWords: [String: String]? = nil,
                translations: [String: ExerciseText]? = nil) {
        self.schema = schema
        self.id = id
        self.name = name
        self.region = region
        self.equipment = equipment
        self.instructions = instructions
        self.cues = cues
        self.safety = safety
        self.defaults = defaults
        self.sideWords = sideWords
        self.translations = translations
    }
}

/// What the patient reads of an exercise, in one language.
public struct ExerciseText: Equatable, Sendable {
    public var name: String
    public var instructions: [String]
    public var cues: [String]
    public var safety: String
    public var sideWords: [String: String]?
    /// In a translation, optional: the exercise's own list when absent.
    public var equipment: [String]?

    public init(name: String, instructions: [String], cues: [String], safety: String, sideWords: [String: String]? = nil,
                equipment: [String]? = nil) {
        self.name = name
        self.instructions = instructions
        self.cues = cues
        self.safety = safety
        self.sideWords = sideWords
        self.equipment = equipment
    }
}

/// What one performance asks for.
public struct Dose: Equatable, Sendable {
    public var sets: Int
    public var reps: Int
    public var holdSeconds: Int
    public var restSeconds: Int
    public var side: Side

    public init(sets: Int, reps: Int, holdSeconds: Int, restSeconds: Int, side: Side) {
        self.sets = sets
        self.reps = reps
        self.holdSeconds = holdSeconds
        self.restSeconds = restSeconds
        self.side = side
    }

    /// Reps in one performance: every set, on both sides when the side is `both`.
    public var prescribedReps: Int { sets * reps * (side == .both ? 2 : 1) }

    /// A timed exercise (a walk, a plank) is one rep held for its length.
    public var isTimed: Bool { reps == 1 && holdSeconds > 0 }
}

// The contract's form of an exercise, written straight from the model.
extension Exercise {
    public var json: JSONValue {
        let text = ExerciseText(name: name, instructions: instructions, cues: cues, safety: safety, sideWords: sideWords)
        return .object([("id", .string(id)), ("region", .string(region)), ("equipment", .strings(equipment)),
                        ("defaults", .object(defaults.members))] + text.members
                       + JSONValue.present([("schema", schema.map(JSONValue.string)),
                                            ("translations", translations.map { .object($0.map { ($0, .object($1.members)) }) })]))
    }
}

extension ExerciseText {
    var members: [(key: String, value: JSONValue)] {
        [("name", .string(name)), ("instructions", .strings(instructions)), ("cues", .strings(cues)), ("safety", .string(safety))]
            + JSONValue.present([("sideWords", sideWords.map { .object($0.map { ($0, .string($1)) }) }),
                                 ("equipment", equipment.map { .strings($0) })])
    }
}

extension Dose {
    var members: [(key: String, value: JSONValue)] {
        [("sets", .whole(sets)), ("reps", .whole(reps)), ("holdSeconds", .whole(holdSeconds)), ("restSeconds", .whole(restSeconds)),
         ("side", .string(side.rawValue))]
    }
}
