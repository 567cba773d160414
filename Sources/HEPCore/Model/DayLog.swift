/// What was recorded on one local date (`log/YYYY-MM-DD.json`, `hep.log/1`).
///
/// Answers the patient did not give are written as an explicit `null`, never left out
/// and never 0, so a reader can tell "not answered" from "no pain".
public struct DayLog: Codable, Equatable, Sendable {
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

    private enum CodingKeys: String, CodingKey { case schema, date, morningPain, morningPainAsked, sessions }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(date, forKey: .date)
        try c.encode(morningPain, forKey: .morningPain)
        try c.encodeIfPresent(morningPainAsked, forKey: .morningPainAsked)
        try c.encode(sessions, forKey: .sessions)
    }
}

public struct Session: Codable, Equatable, Sendable {
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

    private enum CodingKeys: String, CodingKey {
        case id, started, ended, programVersion, painBefore, painAfter, exercises
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(started, forKey: .started)
        try c.encode(ended, forKey: .ended)
        try c.encode(programVersion, forKey: .programVersion)
        try c.encode(painBefore, forKey: .painBefore)
        try c.encode(painAfter, forKey: .painAfter)
        try c.encode(exercises, forKey: .exercises)
    }
}

public struct ExerciseRecord: Codable, Equatable, Sendable {
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

    private enum CodingKeys: String, CodingKey { case item, status, skipReason, stopReason, sets, painDuring, effort, note }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(item, forKey: .item)
        try c.encode(status, forKey: .status)
        try c.encode(skipReason, forKey: .skipReason)
        try c.encodeIfPresent(stopReason, forKey: .stopReason)
        try c.encode(sets, forKey: .sets)
        try c.encode(painDuring, forKey: .painDuring)
        try c.encode(effort, forKey: .effort)
        try c.encode(note, forKey: .note)
    }
}

/// One completed set on one side. A rep of a hold counts only when the hold was completed.
public struct SetRecord: Codable, Equatable, Sendable {
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
