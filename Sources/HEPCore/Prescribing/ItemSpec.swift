/// The parts of an item a therapist sets, from `program add`/`change` options or a line of
/// the edit form; a part left nil stays as it was (or as the library's default).
public struct ItemSpec: Equatable, Sendable {
    public enum Limit: Equatable, Sendable {
        case own(Int)
        /// The item takes the program's limit.
        case program
    }

    public var sets: Int?
    public var reps: Int?
    public var holdSeconds: Int?
    public var restSeconds: Int?
    public var side: Side?
    public var timesPerDay: Int?
    public var days: [Weekday]?
    public var painLimit: Limit?
    /// Empty removes the notes.
    public var notes: String?

    public init(sets: Int? = nil, reps: Int? = nil, holdSeconds: Int? = nil, restSeconds: Int? = nil, side: Side? = nil,
                timesPerDay: Int? = nil, days: [Weekday]? = nil, painLimit: Limit? = nil, notes: String? = nil) {
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

    public var isEmpty: Bool { self == ItemSpec() }

    public func applied(to item: ProgramItem) -> ProgramItem {
        var item = item
        if let sets { item.sets = sets }
        if let reps { item.reps = reps }
        if let holdSeconds { item.holdSeconds = holdSeconds }
        if let restSeconds { item.restSeconds = restSeconds }
        if let side { item.side = side }
        if let timesPerDay { item.timesPerDay = timesPerDay }
        if let days { item.days = days }
        switch painLimit {
        case let .own(limit)?: item.painLimit = limit
        case .program?: item.painLimit = nil
        case nil: break
        }
        if let notes { item.notes = notes.isEmpty ? nil : notes }
        return item
    }

    /// A part of an item, as an option (`--times-per-day`) or an edit form's word names it.
    public enum Part: String, Sendable {
        case sets, reps, hold, rest, timesPerDay = "times-per-day", painLimit = "pain-limit", notes
    }

    /// What the contract's ranges refuse in this spec, each with the part at fault.
    public var problems: [(part: Part, message: ProblemMessage, got: String)] {
        var out: [(Part, ProblemMessage, String)] = []
        func check(_ value: Int?, _ range: ClosedRange<Int>, _ part: Part) {
            if let value, !range.contains(value) { out.append((part, .notWholeNumber(range, orNull: false), "\(value)")) }
        }
        check(sets, DoseRules.sets, .sets)
        check(reps, DoseRules.reps, .reps)
        check(holdSeconds, DoseRules.holdSeconds, .hold)
        check(restSeconds, DoseRules.restSeconds, .rest)
        check(timesPerDay, ProgramRules.timesPerDay, .timesPerDay)
        if case let .own(limit)? = painLimit { check(limit, ProgramRules.painLimit, .painLimit) }
        if let notes, let message = TextRule.problem(notes, lineBreaks: true, allowEmpty: true) {
            out.append((.notes, message, JSONWriter.compact(.string(notes))))
        }
        return out
    }
}

extension ProgramItem {
    /// A new item of `exercise` at the library's default dose, once a day, every day.
    public static func starting(_ exercise: Exercise, id: String) -> ProgramItem {
        let d = exercise.defaults
        var embedded = exercise
        embedded.schema = nil
        return ProgramItem(id: id, exercise: embedded, sets: d.sets, reps: d.reps, holdSeconds: d.holdSeconds, restSeconds: d.restSeconds,
                           side: d.side, timesPerDay: 1, days: Weekday.allCases, painLimit: nil, notes: nil)
    }

    /// The id an added item gets unless the therapist names one: the exercise's, marked
    /// `-l` or `-r` for one side, so the left and right of an exercise can both be added.
    public static func defaultID(_ exercise: Exercise, side: Side) -> String {
        switch side {
        case .left: return exercise.id + "-l"
        case .right: return exercise.id + "-r"
        case .both, .none: return exercise.id
        }
    }
}

/// The contract's rule for a string a person typed: not blank (where it must say
/// something), and no control character but a line break where one is allowed.
public enum TextRule {
    public static func problem(_ text: String, lineBreaks: Bool, allowEmpty: Bool = false) -> ProblemMessage? {
        if !allowEmpty && text.allSatisfy(\.isWhitespace) { return .empty }
        if text.unicodeScalars.contains(where: { TerminalText.isControl($0) && !(lineBreaks && $0 == "\n") }) {
            return .controlCharacters(lineBreaksAllowed: lineBreaks)
        }
        return nil
    }
}
