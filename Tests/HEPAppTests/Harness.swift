import Foundation
import HEPApp
import HEPCore

/// Drives `update` with a fake clock and writes every change it asks for through a real
/// `LogBook` into a scratch data folder: `disk` is the day log read back from its file, so
/// a test compares the screen with what is on disk, not with a second copy of the changes.
struct Harness {
    var state: AppState
    var now: Now
    var effects: [Effect] = []
    /// Seconds that pass before each key, as between a person's presses: the key guard
    /// ignores a repeat that comes sooner.
    var keyGap = 0.35
    private let store: Store

    static let zone = TimeZone(secondsFromGMT: 3600)!
    /// 2026-11-25 08:00:00 +01:00, a Wednesday.
    static let morning = Date(timeIntervalSince1970: 1_795_590_000)

    /// The scratch data folder, removed with the last harness that uses it.
    final class Store {
        let folder: DataFolder
        let book: LogBook

        init(log: DayLog?) {
            var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("hep-harness-XXXXXX").utf8CString)
            folder = DataFolder(path: template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) })
            book = LogBook(lock: try! WriterLock.acquire(folder))
            if let log {
                try! Folders.ensure(folder.logFolder)
                try! AtomicFile.write(Documents.encode(log), to: folder.logPath(log.date), display: "log")
            }
        }

        deinit { try? FileManager.default.removeItem(atPath: folder.path) }
    }

    init(program: Program? = .fixture, date: LocalDate = LocalDate("2026-11-25")!, log: DayLog? = nil,
         askMorningPain: Bool = false, lastSessionVersion: Int? = nil, at wall: Date = Harness.morning,
         width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode, language: Language = .en) {
        store = Store(log: log)
        state = AppState(folder: "/data", program: program, date: date, log: log ?? DayLog(date: date),
                         askMorningPain: askMorningPain, lastSessionVersion: lastSessionVersion, language: language,
                         glyphs: glyphs, width: width, height: height)
        now = Now(mono: 1000, wall: wall, timeZone: Harness.zone)
    }

    /// A harness on the fixture with item `item` started: Enter, pain before 3, Enter past
    /// the instructions.
    static func started(_ item: Int = 0) -> Harness {
        var h = Harness()
        for _ in 0..<item { h.key(.down) }
        h.type("⏎3⏎")
        return h
    }

    /// hep started again on the same data folder and day, after the last run left.
    mutating func restart() {
        state = AppState(folder: state.folder, program: state.program, date: state.date, log: disk, askMorningPain: false,
                         lastSessionVersion: nil, language: state.language, glyphs: state.glyphs, width: state.width,
                         height: state.height)
    }

    /// The day log as it is on disk.
    var disk: DayLog {
        let path = store.folder.logPath(state.date)
        guard FileManager.default.fileExists(atPath: path) else { return DayLog(date: state.date) }
        return try! Documents.loadLog(path, display: path, program: nil, fileDate: state.date)
    }

    /// Sends one event (a key after `keyGap` seconds) and writes what it asks to record.
    @discardableResult
    mutating func send(_ event: Event) -> [Effect] {
        if case .key = event {
            now.mono += keyGap
            now.wall += keyGap
        }
        effects = state.handle(event, now: now)
        for effect in effects {
            if case let .record(_, date) = effect {
                precondition(date == state.date, "a record went to \(date), not the session's day \(state.date)")
            }
            do {
                try state.perform(effect, book: store.book, now: now)
            } catch {
                preconditionFailure("the disk refused \(effect): \(error)")
            }
        }
        return effects
    }

    /// Types keys: each character is a key; `⏎` Enter, `⎋` Escape, `⌫` Backspace.
    mutating func type(_ keys: String) {
        for ch in keys {
            switch ch {
            case "⏎": send(.key(.enter))
            case "⎋": send(.key(.escape))
            case "⌫": send(.key(.backspace))
            default: send(.key(.char(ch)))
            }
        }
    }

    mutating func key(_ key: Key) { send(.key(key)) }

    /// Lets `count` holds of `seconds` run their course, each after its get-ready.
    mutating func holds(_ count: Int, of seconds: Double) {
        for _ in 0..<count {
            wait(ExerciseRun.getReadySeconds)
            wait(seconds)
        }
    }

    /// Lets `seconds` pass on both clocks, then ticks.
    @discardableResult
    mutating func wait(_ seconds: Double) -> [Effect] {
        now.mono += seconds
        now.wall += seconds
        return send(.tick)
    }

    var session: Session? { disk.sessions.last }
    var records: [ExerciseRecord] { session?.exercises ?? [] }

    var run: ExerciseRun? {
        if case let .exercise(run) = state.screen { return run }
        return nil
    }

    var phaseName: String {
        guard let run else { return "\(state.screen)" }
        switch run.phase {
        case .intro: return "intro"
        case .counting: return "counting"
        case .ready: return "ready"
        case .getReady: return "getReady"
        case .hold: return "hold"
        case .switchSide: return "switchSide"
        case .rest: return "rest"
        }
    }
}

extension Program {
    /// A small program with one item of each kind, all due every day.
    static let fixture: Program = {
        let every: [Weekday] = Weekday.allCases
        func item(_ id: String, sets: Int, reps: Int, hold: Int, rest: Int, side: Side, times: Int = 1, painLimit: Int? = nil) -> ProgramItem {
            ProgramItem(id: id, exercise: Exercise(id: id, name: id.capitalized, region: "knee", equipment: [],
                                                   instructions: ["Do it."], cues: ["Slowly"], safety: "Stop if it hurts.",
                                                   defaults: Dose(sets: sets, reps: reps, holdSeconds: hold, restSeconds: rest, side: side)),
                        sets: sets, reps: reps, holdSeconds: hold, restSeconds: rest, side: side, timesPerDay: times,
                        days: every, painLimit: painLimit, notes: nil)
        }
        return Program(schema: Program.schemaID, patient: Patient(id: "t", name: "Test Patient"), therapist: nil,
                       title: "Fixture", painLimit: 5, versions: [
                           ProgramVersion(version: 1, effective: LocalDate("2026-11-01")!, note: nil, items: [
                               item("raise", sets: 2, reps: 3, hold: 0, rest: 10, side: .right, times: 2),
                               item("squeeze", sets: 1, reps: 2, hold: 5, rest: 0, side: .none, painLimit: 3),
                               item("balance", sets: 2, reps: 1, hold: 4, rest: 5, side: .both),
                           ]),
                       ])
    }()
}

extension Program {
    /// One timed item: a walk of `seconds`, once a day.
    static func timed(seconds: Int) -> Program {
        var program = Program.fixture
        let walk = ProgramItem(id: "walk", exercise: Exercise(id: "walk", name: "Walk", region: "knee", equipment: [],
                                                             instructions: ["Walk at an easy pace."], cues: [], safety: "Stop if it hurts.",
                                                             defaults: Dose(sets: 1, reps: 1, holdSeconds: seconds, restSeconds: 0, side: .none)),
                               sets: 1, reps: 1, holdSeconds: seconds, restSeconds: 0, side: .none, timesPerDay: 1,
                               days: Weekday.allCases, painLimit: nil, notes: nil)
        program.versions[0].items = [walk]
        return program
    }
}
