/// The prescription (`program.json`, `hep.program/1`) with every version it has had.
/// Versions are never edited: a change of dose is a new version with a later date.
public struct Program: Codable, Equatable, Sendable {
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

public struct Patient: Codable, Equatable, Sendable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

public struct Therapist: Codable, Equatable, Sendable {
    public var name: String
    public var contact: String?

    public init(name: String, contact: String?) {
        self.name = name
        self.contact = contact
    }
}

public struct ProgramVersion: Codable, Equatable, Sendable {
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

public struct ProgramItem: Codable, Equatable, Sendable {
    public var id: String
    public var exercise: Exercise
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
        self.exercise = exercise
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
