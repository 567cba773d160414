import Foundation
import HEPApp
import HEPCore

/// Drives `update` with a fake clock, and keeps a "disk" that receives every change the
/// state asks to record, as the session loop's `LogBook` would.
struct Harness {
    var state: AppState
    var disk: DayLog
    var now: Now
    var effects: [Effect] = []

    static let zone = TimeZone(secondsFromGMT: 3600)!
    /// 2026-11-25 08:00:00 +01:00, a Wednesday.
    static let morning = Date(timeIntervalSince1970: 1_795_590_000)

    init(program: Program? = .fixture, date: LocalDate = LocalDate("2026-11-25")!, log: DayLog? = nil,
         previousDayHadSession: Bool = false, lastSessionVersion: Int? = nil, at wall: Date = Harness.morning,
         width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode) {
        let log = log ?? DayLog(date: date)
        state = AppState(folder: "/data", program: program, date: date, log: log, previousDayHadSession: previousDayHadSession,
                         lastSessionVersion: lastSessionVersion, glyphs: glyphs, width: width, height: height)
        disk = log
        now = Now(mono: 1000, wall: wall, timeZone: Harness.zone)
    }

    /// Sends one event and applies the record effects to the disk copy.
    @discardableResult
    mutating func send(_ event: Event) -> [Effect] {
        effects = state.update(event, now: now)
        for case let .record(change, date) in effects {
            precondition(date == state.date, "a record went to \(date), not the session's day \(state.date)")
            precondition(disk.apply(change), "the disk refused \(change)")
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
