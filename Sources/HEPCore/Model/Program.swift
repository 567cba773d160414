/// The prescription (`program.json`, `hep.program/1`) with every version it has had.
/// Versions are never edited: a change of dose is a new version with a later date.
public struct Program: Equatable, Sendable {
    public static let schemaID = "hep.program/1"
    /// The pain limit when neither the item nor the program sets one.
    public static let defaultPainLimit = 5

    public var schema: String
    public var patient: Patient
    public var therapist: Therapist?
    public var title: String
    public var painLimit: Int?
    /// The day the patient got this program (`hep init` writes it): nothing before it is due,
    /// whatever the versions' dates.
    public var installed: LocalDate?
    public var versions: [ProgramVersion]

    public init(schema: String = Program.schemaID, patient: Patient, therapist: Therapist?, title: String,
                painLimit: Int?, installed: LocalDate? = nil, versions: [ProgramVersion]) {
        self.schema = schema
        self.patient = patient
        self.therapist = therapist
        self.title = title
        self.painLimit = painLimit
        self.installed = installed
        self.versions = versions
    }

    /// The version in force on `date`: the latest whose `effective` is on or before it.
    public func version(on date: LocalDate) -> ProgramVersion? {
        versions.last { $0.effective <= date }
    }

    public func version(number: Int) -> ProgramVersion? {
        versions.first { $0.version == number }
    }

    public var effectivePainLimit: Int { painLimit ?? Program.defaultPainLimit }

    public func painLimit(for item: ProgramItem) -> Int { item.painLimit ?? effectivePainLimit }
}

public struct Patient: Equatable, Sendable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

public struct Therapist: Equatable, Sendable {
    public var name: String
    public var contact: String?

    public init(name: String, contact: String?) {
        self.name = name
        self.contact = contact
    }
}

public struct ProgramVersion: Equatable, Sendable {
    public var version: Int
    public var effective: LocalDate
    public var note: String?
    public var items: [ProgramItem]

    public init(version: Int, effective: LocalDate, note: String?, items: [ProgramItem]) {
        self.version = version
        self.effective = effective
        self.note = note
        self.items = items
    }

    public func item(_ id: String) -> ProgramItem? { items.first { $0.id == id } }
}

public struct ProgramItem: Equatable, Sendable {
    public var id: String
    /// Shared, not copied: an item is copied for every record a report judges, and an
    /// exercise with its translations is most of an item's size.
    public var exercise: Exercise {
        get { shared.exercise }
        set { shared = SharedExercise(newValue) }
    }
    private var shared: SharedExercise
    public var sets: Int
    public var reps: Int
    public var holdSeconds: Int
    public var restSeconds: Int
    public var side: Side
    public var timesPerDay: Int
    public var days: [Weekday]
    public var painLimit: Int?
    public var notes: String?

    public init(id: String, exercise: Exercise, sets: Int, reps: Int, holdSeconds: Int, restSeconds: Int, side: Side,
                timesPerDay: Int, days: [Weekday], painLimit: Int?, notes: String?) {
        self.id = id
        self.shared = SharedExercise(exercise)
        self.sets = sets
        self.reps = reps
        self.holdSeconds = holdSeconds
        self.restSeconds = restSeconds
        self.side = side
        self.timesPerDay = timesPerDay
        self.days = days
        self.painLimit = painLimit
        self.notes = notes
    }

    public var dose: Dose {
        Dose(sets: sets, reps: reps, holdSeconds: holdSeconds, restSeconds: restSeconds, side: side)
    }
}

/// An exercise held by reference; never changed once made, so sharing it is safe.
private final class SharedExercise: Equatable, Sendable {
    let exercise: Exercise
    init(_ exercise: Exercise) { self.exercise = exercise }
    static func == (a: SharedExercise, b: SharedExercise) -> Bool { a === b || a.exercise == b.exercise }
}

// The contract's form of a program, written straight from the model; absent optionals are
// left out, as the bundled programs write them.
extension Program {
    public var json: JSONValue {
        .object([("schema", .string(schema)), ("patient", .object([("id", .string(patient.id)), ("name", .string(patient.name))])),
                 ("title", .string(title)), ("versions", .array(versions.map(\.json)))]
                + JSONValue.present([("therapist", therapist?.json), ("painLimit", painLimit.map { .whole($0) }),
                                     ("installed", installed.map { .string("\($0)") })]))
    }
}

extension Therapist {
    var json: JSONValue { .object([("name", .string(name))] + JSONValue.present([("contact", contact.map(JSONValue.string))])) }
}

extension ProgramVersion {
    var json: JSONValue {
        .object([("version", .whole(version)), ("effective", .string("\(effective)")), ("items", .array(items.map(\.json)))]
                + JSONValue.present([("note", note.map(JSONValue.string))]))
    }
}

extension ProgramItem {
    var json: JSONValue {
        .object([("id", .string(id)), ("exercise", exercise.json)] + dose.members
                + [("timesPerDay", .whole(timesPerDay)), ("days", .array(days.map { .string($0.rawValue) }))]
                + JSONValue.present([("painLimit", painLimit.map { .whole($0) }), ("notes", notes.map(JSONValue.string))]))
    }
}
