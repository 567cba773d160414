import HEPCore

/// Everything the session screen knows. One value: `update` changes it, `render` draws it.
public struct AppState: Equatable, Sendable {
    /// The data folder, as shown to the patient.
    public let folder: String
    /// The `--data` the patient gave, if any: advice to run a command names it again.
    public var dataArgument: String?
    public private(set) var program: Program?
    /// The day this run records into: a session that runs past midnight stays in the day
    /// it began; the next one, after midnight, starts a new day (`startDay`).
    public private(set) var date: LocalDate
    /// Today's log as the log book holds it, which is what is on disk: the screen keeps no
    /// copy of its own, and shows a change only once the book has written it (`perform`).
    public internal(set) var log: DayLog
    /// The items due today, in program order.
    public private(set) var due: [DueItem] = []
    /// What changed in the program since the patient's last session, if anything.
    public private(set) var programNews: ProgramNews?
    /// Days in a row before this one on which everything due was done (read at start).
    public var daysAllDoneBefore = 0
    public let quiet: Bool
    public let language: Language
    public var glyphs: Glyphs
    public internal(set) var width: Int
    public internal(set) var height: Int

    public internal(set) var screen: Page
    public internal(set) var selection = 0
    public internal(set) var showHelp = false
    /// Whether opening the help paused a timer (one the patient paused stays paused).
    var helpPaused = false
    /// The open session, once the patient has answered "pain now".
    public internal(set) var sessionID: String?
    /// A line for the patient about something that just happened.
    public internal(set) var notice: Notice?
    /// The latest moment written to today's log: later ones are never written before it.
    var lastWritten: Moment?
    /// Keys that are not taken until a moment has passed: the key that just moved hep to
    /// another screen, so that one press does one thing (see `KeyGuard`).
    var keyGuard: KeyGuard?

    /// `askMorningPain`: whether the next-morning question is due (`MorningQuestion.isDue`).
    public init(folder: String, program: Program?, date: LocalDate, log: DayLog, askMorningPain: Bool,
                lastSessionVersion: Int?, quiet: Bool = false, language: Language = .en, glyphs: Glyphs = .unicode,
                width: Int = 80, height: Int = 24) {
        self.folder = folder
        self.date = date
        self.log = log
        self.quiet = quiet
        self.language = language
        self.glyphs = glyphs
        self.width = width
        self.height = height
        lastWritten = AppState.latestMoment(in: log)
        screen = .today
        if let program {
            adopt(program, lastSessionVersion: lastSessionVersion)
            selection = firstOpenItem
        } else {
            screen = .offerExample
        }
        if program != nil && askMorningPain { screen = .question(Question(.morning)) }
    }

    /// Whether the clock has passed into a later day while no session is open: the next
    /// session belongs to that day.
    public func needsNewDay(_ now: Now) -> Bool {
        if case .failed = screen { return false }
        return sessionID == nil && now.moment.date > date
    }

    /// Moves this run to a new day, with that day's log as it is on disk.
    public mutating func startDay(_ log: DayLog, now: Moment) {
        let askMorningPain = MorningQuestion.isDue(today: log, yesterday: self.log, now: now)
        date = log.date
        self.log = log
        lastWritten = AppState.latestMoment(in: log)
        if let program { due = schedule(program, date).due }
        screen = program == nil ? .offerExample : .today
        selection = firstOpenItem
        showHelp = false
        keyGuard = nil
        notice = .newDay(date)
        if program != nil && askMorningPain { screen = .question(Question(.morning)) }
    }

    mutating func adopt(_ program: Program, lastSessionVersion: Int?) {
        self.program = program
        let day = schedule(program, date)
        due = day.due
        if let version = day.version, let last = lastSessionVersion, last < version.version, let old = program.version(number: last) {
            programNews = ProgramNews(from: old, to: version, in: program)
        }
    }

    /// Asks the loop to write a change to the day's log.
    func record(_ change: LogChange) -> Effect { .record(change, on: date) }

    /// Carries out an effect on the day logs through `book`: a change is written, then the
    /// day's log is shown as the book now holds it; a new day's log is read. The one way a
    /// change reaches the screen, for the session loop and the tests alike.
    public mutating func perform(_ effect: Effect, book: LogBook?, now: Now) throws(StorageError) {
        switch effect {
        case let .record(change, date):
            guard let book else { throw StorageError(.io, .nothingBeforeAProgram) }
            try book.record(change, on: date)
            log = try book.log(self.date)
        case let .startDay(date):
            startDay(try book?.log(date) ?? DayLog(date: date), now: now.moment)
        case .bell, .installExample, .quit:
            break
        }
    }

    var session: Session? { log.sessions.first { $0.id == sessionID } }

    /// The moment to write for `now`: never before the last one written, so that a clock
    /// stepped back (an NTP step, a hand-set clock) cannot make a set or an end come before
    /// the start; hep writes the last moment again until the clock has caught up.
    /// Nor before the day began: a clock stepped back past midnight would put a session
    /// in a log of another date.
    mutating func stamp(_ now: Now) -> Moment {
        let moment = now.moment
        let dayBegan = Moment(date: date, hour: 0, minute: 0, second: 0, offsetMinutes: moment.offsetMinutes)!
        let floor = [lastWritten, dayBegan].compactMap { $0 }.max { $0.epochSeconds < $1.epochSeconds }!
        if moment.epochSeconds < floor.epochSeconds { return floor }
        lastWritten = moment
        return moment
    }

    /// The latest moment a log holds.
    static func latestMoment(in log: DayLog) -> Moment? {
        let moments = log.sessions.flatMap { s in [s.started] + [s.ended].compactMap { $0 } + s.exercises.flatMap { $0.sets.map(\.completed) } }
            + [log.morningPainAsked].compactMap { $0 }
        return moments.max { $0.epochSeconds < $1.epochSeconds }
    }

    /// The session screen's words, in the patient's language.
    public var words: any SessionWords { language.session }

    /// The notice as the patient reads it.
    public var noticeText: String? { notice.map { words.notice($0, items: due) } }

    /// Whether `key` answers yes in a dialog: `y`, and the language's own letter.
    func isYes(_ key: Key) -> Bool { key == .char("y") || key == .char(Character(words.yesKey)) }

    /// An item's name in the patient's language.
    func exerciseName(_ index: Int) -> String { due[index].item.exercise.text(in: language).name }

    /// The version in force today (nil before the program starts).
    var version: ProgramVersion? { program?.version(on: date) }
}

/// The pages of the session screen.
public enum Page: Equatable, Sendable {
    /// No program yet: offer the bundled example.
    case offerExample
    case today
    case question(Question)
    case exercise(ExerciseRun)
    /// Why the patient skips or stops an exercise.
    case reason(ReasonPrompt)
    /// The patient's own words, after the reason "other".
    case note(NoteEntry)
    case painWarning(item: Int, pain: Int, limit: Int)
    case confirmStop(ExerciseRun)
    /// Starting again an exercise stopped today for pain over its limit.
    case confirmAgain(item: Int)
    case confirmQuit
    /// The day so far, after a session ends.
    case summary
    /// A write failed; the patient is told and can only leave.
    case failed(StorageError)
}

/// A 0-10 question: pain (numeric rating scale) or effort (Borg CR10).
public struct Question: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case morning
        /// Pain now, before the session starts; then what the patient asked for.
        case before(then: Action)
        /// Pain now, at the end of the session.
        case after
        case effort(ExerciseRun)
        case during(ExerciseRun)
        /// Pain now, after the patient stopped an exercise.
        case stopped(ExerciseRun)
    }

    public enum Action: Equatable, Sendable {
        case start(item: Int)
        case skip(item: Int)
    }

    public var purpose: Purpose
    /// Where the cursor stands on the 0-10 bar; nil until the patient moves it, so that
    /// Enter alone never gives an answer.
    public var value: Int?
    /// A 1 was typed: it waits for Enter (1) or 0 (10).
    public var typedOne = false

    public init(_ purpose: Purpose, value: Int? = nil) {
        self.purpose = purpose
        self.value = value
    }

    public var isPain: Bool {
        if case .effort = purpose { return false }
        return true
    }
}

/// The list of reasons, for skipping an exercise or for stopping it part-way.
public struct ReasonPrompt: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case skip(item: Int)
        case stop(ExerciseRun)
    }

    public var purpose: Purpose
    public var choice = 0

    public init(_ purpose: Purpose) { self.purpose = purpose }

    /// The reasons offered: "forgot" is no reason to stop something already begun.
    public var reasons: [SkipReason] {
        switch purpose {
        case .skip: return SkipReason.allCases
        case .stop: return SkipReason.allCases.filter { $0 != .forgot }
        }
    }

    /// The exercise's place in today's list.
    public var item: Int {
        switch purpose {
        case let .skip(item): return item
        case let .stop(run): return run.item
        }
    }
}

/// A short line the patient types, kept as the record's `note`.
public struct NoteEntry: Equatable, Sendable {
    /// What comes after the note: pain now for a stopped exercise, else the list.
    public enum Then: Equatable, Sendable {
        case painNow(ExerciseRun)
        case today
    }

    public static let maxLength = 200

    public let item: Int
    /// The record the note belongs to, by its place in the session.
    public let record: Int
    public let then: Then
    public var text = ""

    public init(item: Int, record: Int, then: Then) {
        self.item = item
        self.record = record
        self.then = then
    }
}
