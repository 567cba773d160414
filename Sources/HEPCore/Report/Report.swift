/// What the therapist reads at follow-up, computed from the day logs of a range of dates
/// as the data contract defines it ("Definitions the report uses"): all in one place,
/// `ReportBuilder`, so the text, JSON and CSV forms and the review screen agree.
public struct Report: Sendable {
    /// A mean of 0-10 answers, with how many were not given.
    public struct Mean: Equatable, Sendable {
        public var sum = 0
        public var count = 0
        public var missing = 0

        public init(sum: Int = 0, count: Int = 0, missing: Int = 0) {
            self.sum = sum
            self.count = count
            self.missing = missing
        }

        public var value: Double? { count == 0 ? nil : Double(sum) / Double(count) }

        mutating func add(_ answer: Int?) {
            if let answer {
                sum += answer
                count += 1
            } else {
                missing += 1
            }
        }
    }

    /// Due work against work done, for an item, a week, a day or the whole range.
    public struct Tally: Equatable, Sendable {
        /// Performances due, and those performed (each day capped at what was due).
        public var due = 0
        public var performed = 0
        /// Reps done in the counted performances (each capped at one performance's dose),
        /// and reps prescribed for everything due.
        public var reps = 0
        public var prescribedReps = 0

        public init(due: Int = 0, performed: Int = 0, reps: Int = 0, prescribedReps: Int = 0) {
            self.due = due
            self.performed = performed
            self.reps = reps
            self.prescribedReps = prescribedReps
        }

        public var adherence: Double? { due == 0 ? nil : Double(performed) / Double(due) }
        public var dose: Double? { prescribedReps == 0 ? nil : Double(reps) / Double(prescribedReps) }

        static func + (a: Tally, b: Tally) -> Tally {
            Tally(due: a.due + b.due, performed: a.performed + b.performed, reps: a.reps + b.reps,
                  prescribedReps: a.prescribedReps + b.prescribedReps)
        }

        static func += (a: inout Tally, b: Tally) { a = a + b }
    }

    public struct ItemRow: Equatable, Sendable {
        public var item: String
        /// The exercise, for its name in the reader's language (`text(in:)`).
        public var exercise: Exercise
        public var name: String { exercise.name }
        public var tally = Tally()
        /// Skipped records, by reason.
        public var skipped: [SkipReason: Int] = [:]
        /// Due performances that a skip filled, by reason: the missed work the patient gave a
        /// reason for (`skipped` also counts skips beyond what was due).
        public var skippedDue: [SkipReason: Int] = [:]
        /// Over performed records (done or partial): a skipped one has nothing to rate.
        public var painDuring = Mean()
        public var effort = Mean()
    }

    public struct Week: Equatable, Sendable {
        public var week: String
        /// The week's first and last day in the range.
        public var from: LocalDate
        public var to: LocalDate
        public var tally = Tally()
        public var painBefore = Mean()
        public var painAfter = Mean()
        public var morningPain = Mean()
    }

    public struct Day: Equatable, Sendable {
        /// Whether a day's figures count: today is not over, the future cannot be missed, and
        /// a day whose log hep could not read is unknown, not missed.
        public enum Standing: String, CaseIterable, Sendable {
            case counted, today, future, unreadable
        }

        public var date: LocalDate
        public var standing = Standing.counted
        /// For today, its work so far (shown apart); for the future and unreadable days, nothing.
        public var tally = Tally()
        public var sessions = 0
    }

    /// One due performance of an item on a day (done, partial, skipped or missed), or one
    /// record beyond what was due (extra): the rows that add up to the adherence figures.
    public struct Performance: Equatable, Sendable {
        public enum Status: String, Sendable { case done, partial, skipped, missed, extra }

        public var date: LocalDate
        /// The version in force for a due performance; the session's for an extra record.
        public var version: Int?
        public var item: String
        /// Which of the day's times it is (1-based); nil for an extra record.
        public var time: Int?
        public var status: Status
        /// The record that filled it, and its session; nil when missed.
        public var record: ExerciseRecord?
        public var session: String?
        /// Reps counted toward dose adherence: the record's, capped at one performance's dose.
        public var repsCounted = 0
        /// One performance's prescribed dose; 0 for an extra record, which nothing prescribed.
        public var repsPrescribed: Int
        /// False for today's rows: shown, but in no figure.
        public var counted: Bool

        init(date: LocalDate, version: Int?, item: String, time: Int?, status: Status, repsPrescribed: Int, counted: Bool) {
            self.date = date
            self.version = version
            self.item = item
            self.time = time
            self.status = status
            self.repsPrescribed = repsPrescribed
            self.counted = counted
        }

        mutating func fill(_ record: ExerciseRecord, session: Session) {
            self.record = record
            self.session = session.id
            switch record.status {
            case .done: status = .done
            case .partial: status = .partial
            case .skipped: status = .skipped
            }
        }
    }

    public struct Flag: Equatable, Sendable {
        public enum Kind: String, CaseIterable, Sendable {
            case painOverLimit = "pain-over-limit"
            case painNotSettled = "pain-not-settled"
            case morningPainRising = "morning-pain-rising"
            case missedDays = "missed-days"
            case lowAdherence = "low-adherence"
        }

        public var date: LocalDate
        public var kind: Kind
        /// The item the flag is about, or nil for one about the patient's day or week.
        public var item: String?
        /// The session it comes from, for a pain flag.
        public var session: String? = nil
        /// What raised it, as figures: the text forms word them (`ReportWords.flag`), the
        /// JSON carries them as they are.
        public var facts: Facts

        public enum Facts: Equatable, Sendable {
            /// Pain during an exercise above its limit, in the session that began at `started`.
            case painDuring(exercise: Exercise, pain: Int, limit: Int, started: Moment)
            /// Pain after a session above the program's limit.
            case painAfter(pain: Int, limit: Int, started: Moment)
            /// Morning pain above the pain before the first session of the day before.
            case notSettled(morning: Int, before: Int, sessionDay: LocalDate)
            case lowAdherence(week: String, performed: Int, due: Int, adherence: Double?)
            case morningRising(fromWeek: String, from: Double, toWeek: String, to: Double)
            case missedDays(count: Int, from: LocalDate, to: LocalDate)
        }
    }

    public var patient: Patient
    public var title: String
    public var from: LocalDate
    public var to: LocalDate
    /// The report's today: it and the days after it are not due.
    public var asOf: LocalDate
    /// The program's pain limit, which pain after a session is judged against.
    public var painLimit: Int
    /// The program versions in force on some day of the range, oldest first.
    public var versions: [ProgramVersion]
    public var total = Tally()
    public var items: [ItemRow] = []
    /// Skipped records of every item, by reason.
    public var skipped: [SkipReason: Int] = [:]
    public var painBefore = Mean()
    public var painAfter = Mean()
    public var morningPain = Mean()
    public var weeks: [Week] = []
    public var days: [Day] = []
    public var flags: [Flag] = []
    /// Sessions on the counted days.
    public var sessions = 0
    /// The report's today, when it falls in the range: its work so far, in no figure above.
    public var today: Day?
    /// Every due performance and every extra record of the counted days and today, by day.
    public var performances: [Performance] = []
    /// Files that could not be read and records that do not fit the program: named, never
    /// silently dropped.
    public var problems: [DataProblem] = []

    /// Something in the data that the figures leave out, and why; worded per language
    /// (`ReportWords.dataProblem`), given as a code and its figures in the JSON.
    public enum DataProblem: Equatable, Sendable {
        /// A day log hep could not read earlier and set aside under `file`.
        case setAside(file: String, date: LocalDate)
        /// A day log that cannot be read or breaks a rule: the first of its problems.
        case unreadable(Problem, date: LocalDate)
        /// A log dated after the report's today.
        case future(date: LocalDate, today: LocalDate)
        case noSuchVersion(date: LocalDate, session: String, version: Int)
        case notAnItem(date: LocalDate, session: String, item: String, version: Int)
    }
}
