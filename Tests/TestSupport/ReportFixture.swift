import Foundation
import HEPCore

/// A small history whose every figure was worked out by hand (see ReportTests). The
/// program changes version mid-range, has a both-sides item done twice a day on three
/// weekdays, and a per-item pain limit; the logs hold an extra performance, an interrupted
/// session, a skip, a missing day, unanswered questions and a record that fits no item.
public enum ReportFixture {
    public static let from = LocalDate("2026-11-04")!
    public static let to = LocalDate("2026-11-11")!

    public static func exercise(_ id: String, _ name: String) -> Exercise {
        Exercise(id: id, name: name, region: "knee", equipment: [], instructions: ["Do it."], cues: [], safety: "Stop if it hurts.",
                 defaults: Dose(sets: 1, reps: 1, holdSeconds: 0, restSeconds: 0, side: .none))
    }

    public static func item(_ id: String, sets: Int, reps: Int, side: Side = .none, times: Int = 1, days: [Weekday] = Weekday.allCases,
                     painLimit: Int? = nil) -> ProgramItem {
        ProgramItem(id: id, exercise: exercise("ex-\(id)", "Exercise \(id.uppercased())"), sets: sets, reps: reps, holdSeconds: 0,
                    restSeconds: 0, side: side, timesPerDay: times, days: days, painLimit: painLimit, notes: nil)
    }

    public static let program = Program(patient: Patient(id: "p-7", name: "Sam Fixture"), therapist: nil, title: "Fixture program",
                                 painLimit: 5, versions: [
                                     ProgramVersion(version: 1, effective: LocalDate("2026-11-02")!, note: "Start", items: [
                                         item("a", sets: 2, reps: 5, painLimit: 3),
                                         item("b", sets: 1, reps: 4, side: .both, times: 2, days: [.mon, .wed, .fri]),
                                     ]),
                                     ProgramVersion(version: 2, effective: LocalDate("2026-11-09")!, note: "More of A; C instead of B", items: [
                                         item("a", sets: 3, reps: 5, painLimit: 3),
                                         item("c", sets: 1, reps: 10),
                                     ]),
                                 ])

    public static func at(_ date: String, _ time: String = "08:00:00") -> Moment { Moment("\(date)T\(time)+01:00")! }

    public static func sets(_ date: String, _ reps: [Int], side: Side = .none) -> [SetRecord] {
        reps.map { SetRecord(side: side, reps: $0, completed: at(date, "08:10:00")) }
    }

    public static let logs: [DayLog] = {
        var d4 = DayLog(date: LocalDate("2026-11-04")!)
        d4.sessions = [Session(id: "s-1", started: at("2026-11-04"), ended: at("2026-11-04", "08:30:00"), programVersion: 1,
                               painBefore: 2, painAfter: 3, exercises: [
                                   ExerciseRecord(item: "a", status: .done, sets: sets("2026-11-04", [5, 5]), painDuring: 2, effort: 4),
                                   ExerciseRecord(item: "b", status: .done, sets: sets("2026-11-04", [4], side: .left) + sets("2026-11-04", [4], side: .right),
                                                  painDuring: 1, effort: 3),
                                   ExerciseRecord(item: "b", status: .partial, sets: sets("2026-11-04", [4], side: .left)),
                                   ExerciseRecord(item: "a", status: .done, sets: sets("2026-11-04", [5, 5]), painDuring: 4, effort: 5),
                               ])]
        var d6 = DayLog(date: LocalDate("2026-11-06")!)
        d6.sessions = [Session(id: "s-1", started: at("2026-11-06"), ended: nil, programVersion: 1, painBefore: 3, painAfter: nil,
                               exercises: [ExerciseRecord(item: "a", status: .partial, sets: sets("2026-11-06", [5]))])]
        var d7 = DayLog(date: LocalDate("2026-11-07")!, morningPain: 4)
        d7.morningPainAsked = at("2026-11-07", "07:00:00")
        var d10 = DayLog(date: LocalDate("2026-11-10")!)
        d10.sessions = [Session(id: "s-1", started: at("2026-11-10"), ended: at("2026-11-10", "08:40:00"), programVersion: 2,
                                painBefore: 1, painAfter: 6, exercises: [
                                    ExerciseRecord(item: "a", status: .done, sets: sets("2026-11-10", [5, 5, 5]), painDuring: 3, effort: 6),
                                    ExerciseRecord(item: "c", status: .skipped, skipReason: .time),
                                ])]
        var d11 = DayLog(date: LocalDate("2026-11-11")!)
        d11.morningPainAsked = at("2026-11-11", "07:00:00")
        d11.sessions = [Session(id: "s-1", started: at("2026-11-11"), ended: at("2026-11-11", "08:20:00"), programVersion: 2,
                                painBefore: nil, painAfter: 2, exercises: [
                                    ExerciseRecord(item: "c", status: .done, sets: sets("2026-11-11", [12]), painDuring: 0, effort: 2,
                                                   note: "felt \"easy\", did more"),
                                    ExerciseRecord(item: "b", status: .done, sets: sets("2026-11-11", [4], side: .left)),
                                ])]
        return [d4, d6, d7, d10, d11]
    }()

    public static var byDate: [LocalDate: DayLog] { Dictionary(uniqueKeysWithValues: logs.map { ($0.date, $0) }) }

    /// The fixture as a data folder on disk.
    public static func folder(_ scratch: Scratch) -> String {
        let data = scratch.path + "/data"
        _ = scratch.write("data/program.json", String(decoding: Documents.encode(program), as: UTF8.self))
        for log in logs {
            _ = scratch.write("data/log/\(log.date).json", String(decoding: Documents.encode(log), as: UTF8.self))
        }
        return data
    }
}
