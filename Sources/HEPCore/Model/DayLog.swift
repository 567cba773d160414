/// What was recorded on one local date (`log/YYYY-MM-DD.json`, `hep.log/1`).
///
/// Answers the patient did not give are written as an explicit `null`, never left out
/// and never 0, so a reader can tell "not answered" from "no pain".
public struct DayLog: Equatable, Sendable {
    public static let schemaID = "hep.log/1"

    public var schema: String
    public var date: LocalDate
    public var morningPain: Int?
    /// When the next-morning question was answered (hep's own field): it tells "asked, and
    /// the patient would rather not say" (`morningPain` null) from "never asked".
    public var morningPainAsked: Moment?
    public var sessions: [Session]

    public init(date: LocalDate, morningPain: Int? = nil, sessions: [Session] = []) {
        schema = DayLog.schemaID
        self.date = date
        self.morningPain = morningPain
        self.sessions = sessions
    }


}

public struct Session: Equatable, Sendable {
    public var id: String
    public var started: Moment
    /// `nil` while the session runs, and for good when it was interrupted.
    public var ended: Moment?
    public var programVersion: Int
    public var painBefore: Int?
    public var painAfter: Int?
    public var exercises: [ExerciseRecord]

    public init(id: String, started: Moment, ended: Moment? = nil, programVersion: Int,
                painBefore: Int? = nil, painAfter: Int? = nil, exercises: [ExerciseRecord] = []) {
        self.id = id
        self.started = started
        self.ended = ended
        self.programVersion = programVersion
        self.painBefore = painBefore
        self.painAfter = painAfter
        self.exercises = exercises
    }


}

public struct ExerciseRecord: Equatable, Sendable {
    public var item: String
    public var status: RecordStatus
    public var skipReason: SkipReason?
    /// Why the patient stopped before the prescribed dose; written only when they did.
    public var stopReason: SkipReason?
    public var sets: [SetRecord]
    public var painDuring: Int?
    public var effort: Int?
    /// The patient's own words, such as the reason behind `other`.
    public var note: String?

    public init(item: String, status: RecordStatus, skipReason: SkipReason? = nil, stopReason: SkipReason? = nil,
                sets: [SetRecord] = [], painDuring: Int? = nil, effort: Int? = nil, note: String? = nil) {
        self.item = item
        self.status = status
        self.skipReason = skipReason
        self.stopReason = stopReason
        self.sets = sets
        self.painDuring = painDuring
        self.effort = effort
        self.note = note
    }

    /// Whether the session asked for pain during the exercise: not when it was skipped.
    public var painAsked: Bool { status != .skipped }
    /// Whether it asked how hard it was: only when the exercise was not skipped nor stopped.
    public var effortAsked: Bool { status != .skipped && stopReason == nil }
}

/// One completed set on one side. A rep of a hold counts only when the hold was completed.
public struct SetRecord: Equatable, Sendable {
    /// `left`, `right`, or `none` for an exercise without sides; never `both`.
    public var side: Side
    public var reps: Int
    /// For an item with a hold: the seconds actually held in this set, holds stopped early
    /// included (absent for an item without a hold).
    public var heldSeconds: Int?
    public var completed: Moment

    public init(side: Side, reps: Int, heldSeconds: Int? = nil, completed: Moment) {
        self.side = side
        self.reps = reps
        self.heldSeconds = heldSeconds
        self.completed = completed
    }
}

/// The day log as the contract writes it, straight from the model to the canonical
/// writer: an answer not given is an explicit null; hep's own optional fields
/// (`morningPainAsked`, `stopReason`, `heldSeconds`) are written only when they hold a value.
extension DayLog {
    public var json: JSONValue {
        .object([("schema", .string(schema)), ("date", .string("\(date)")), ("morningPain", .whole(morningPain)),
                 ("sessions", .array(sessions.map(\.json)))]
                + (morningPainAsked.map { [("morningPainAsked", .string($0.description))] } ?? []))
    }
}

extension Session {
    var json: JSONValue {
        .object([("id", .string(id)), ("started", .string(started.description)), ("ended", ended.map { .string($0.description) } ?? .null),
                 ("programVersion", .whole(programVersion)), ("painBefore", .whole(painBefore)), ("painAfter", .whole(painAfter)),
                 ("exercises", .array(exercises.map(\.json)))])
    }
}

extension ExerciseRecord {
    var json: JSONValue {
        .object([("item", .string(item)), ("status", .string(status.rawValue)), ("skipReason", skipReason.map { .string($0.rawValue) } ?? .null),
                 ("sets", .array(sets.map(\.json))), ("painDuring", .whole(painDuring)), ("effort", .whole(effort)),
                 ("note", note.map(JSONValue.string) ?? .null)]
                + (stopReason.map { [("stopReason", .string($0.rawValue))] } ?? []))
    }
}

extension SetRecord {
    var json: JSONValue {
        .object([("side", .string(side.rawValue)), ("reps", .whole(reps)), ("completed", .string(completed.description))]
                + (heldSeconds.map { [("heldSeconds", .whole($0))] } ?? []))
    }
}

