import Foundation
import HEPCore
import TestSupport
import Testing

/// The report at its edges, where it used to mislead: the day hep was installed, the
/// future, today, a day hep could not read, a threshold met exactly, a figure rounded
/// across its threshold, duplicate JSON keys, and a skipped record's pain.
@Suite struct ReportEdgeTests {
    /// One item, once a day, every day; version 1 from 2026-11-02.
    static func program(installed: LocalDate? = nil) -> Program {
        var p = Program(patient: Patient(id: "e", name: "Edge"), therapist: nil, title: "Edges", painLimit: 5, installed: installed,
                        versions: [ProgramVersion(version: 1, effective: LocalDate("2026-11-02")!, note: nil,
                                                  items: [ReportFixture.item("a", sets: 1, reps: 10)])])
        p.installed = installed
        return p
    }

    static func day(_ date: String, done: Bool = true, painBefore: Int? = nil, morning: Int? = nil,
                    record: ExerciseRecord? = nil) -> DayLog {
        var log = DayLog(date: LocalDate(date)!, morningPain: morning)
        let r = record ?? ExerciseRecord(item: "a", status: .done, sets: ReportFixture.sets(date, [10]))
        if done || record != nil {
            log.sessions = [Session(id: "s-1", started: ReportFixture.at(date), ended: ReportFixture.at(date, "08:20:00"),
                                    programVersion: 1, painBefore: painBefore, exercises: [r])]
        }
        return log
    }

    func build(_ program: Program, _ from: String, _ to: String, today: String, _ logs: [DayLog],
               unreadable: Set<LocalDate> = []) -> Report {
        ReportBuilder.build(program: program, from: LocalDate(from)!, to: LocalDate(to)!, today: LocalDate(today)!,
                            logs: Dictionary(uniqueKeysWithValues: logs.map { ($0.date, $0) }), unreadable: unreadable)
    }

    @Test func theDayOfInstallHasNoMissedPast() {
        // Installed on 2026-11-29, versions dated from 2026-11-02: before, 13 missed days and 0 of 56 in W47.
        let r = build(Self.program(installed: LocalDate("2026-11-29")), "2026-11-16", "2026-11-29", today: "2026-11-29", [])
        #expect(r.total.due == 0)
        #expect(r.flags.isEmpty)
        #expect(r.today?.tally.due == 1, "today is shown apart")
    }

    @Test func theFutureAndTodayAreNotMissed() {
        // December seen on 29 November: before, "31 days in a row ... none done" and five low-adherence flags.
        let december = build(Self.program(), "2026-12-01", "2026-12-31", today: "2026-11-29", [])
        #expect(december.total.due == 0 && december.flags.isEmpty)
        #expect(december.days.allSatisfy { $0.standing == .future })
        // The default range ends today: today's unfinished day is not counted, and shown apart.
        let logs = (16...28).map { Self.day("2026-11-\($0)") }
        let r = build(Self.program(), "2026-11-16", "2026-11-29", today: "2026-11-29", logs)
        #expect(r.total.due == 13 && r.total.performed == 13)
        #expect(r.today?.tally.performed == 0 && r.today?.tally.due == 1)
        #expect(r.flags.isEmpty)
    }

    @Test func todayDoesNotMakeARunOfMissedDays() {
        // Two days missed, then today with nothing done yet: before, "3 days in a row" ending today.
        let logs = (16...26).map { Self.day("2026-11-\($0)") }
        let two = build(Self.program(), "2026-11-16", "2026-11-29", today: "2026-11-29", logs)
        #expect(!two.flags.contains { $0.kind == .missedDays })
        let three = build(Self.program(), "2026-11-16", "2026-11-29", today: "2026-11-29", Array(logs.dropLast()))
        #expect(three.flags.filter { $0.kind == .missedDays }.map(\.facts) == [.missedDays(count: 3, from: LocalDate("2026-11-26")!,
                                                                                            to: LocalDate("2026-11-28")!)])
    }

    @Test func anUnreadableDayIsUnknownNotMissed() {
        let logs = ["2026-11-02", "2026-11-03", "2026-11-07", "2026-11-08"].map { Self.day($0) }
        let unreadable = Set(["2026-11-04", "2026-11-05", "2026-11-06"].map { LocalDate($0)! })
        let r = build(Self.program(), "2026-11-02", "2026-11-08", today: "2026-11-09", logs, unreadable: unreadable)
        #expect(!r.flags.contains { $0.kind == .missedDays }, "three unreadable days in a row are not missed days")
        #expect(!r.flags.contains { $0.kind == .lowAdherence })
        #expect(r.total.due == 4 && r.total.performed == 4)
        #expect(r.days.filter { $0.standing == .unreadable }.count == 3)
    }

    @Test func aMomentInUTCIsReadNotDropped() throws {
        let text = """
            {"schema": "hep.log/1", "date": "2026-11-03", "morningPain": null, "sessions": [
             {"id": "s-1", "started": "2026-11-03T07:00:00Z", "ended": "2026-11-03T07:20:00.5Z", "programVersion": 1,
              "painBefore": 2, "painAfter": 2, "exercises": [
               {"item": "a", "status": "done", "skipReason": null, "painDuring": 1, "effort": 3, "note": null,
                "sets": [{"side": "none", "reps": 10, "completed": "2026-11-03T07:10:00Z"}]}]}]}
            """
        let log = try Documents.decodeLog(Array(text.utf8), display: "log", program: Self.program(), fileDate: LocalDate("2026-11-03"))
        let r = build(Self.program(), "2026-11-03", "2026-11-03", today: "2026-11-04", [log])
        #expect(r.total.performed == 1)
    }

    @Test func morningPainRisingByExactlyOneIsFlagged() {
        // Morning pain 2, 2, 1 one week and 3, 3, 2 the next: the mean rises by exactly 1
        // (8/3 - 5/3, which in floating point is 0.9999999999999996).
        let first = zip(["2026-11-03", "2026-11-04", "2026-11-05"], [2, 2, 1]).map { Self.day($0, morning: $1) }
        let second = zip(["2026-11-10", "2026-11-11", "2026-11-12"], [3, 3, 2]).map { Self.day($0, morning: $1) }
        let rest = ["2026-11-02", "2026-11-06", "2026-11-07", "2026-11-08", "2026-11-09", "2026-11-13", "2026-11-14", "2026-11-15"]
            .map { Self.day($0) }
        let r = build(Self.program(), "2026-11-02", "2026-11-15", today: "2026-11-16", first + second + rest)
        #expect(r.flags.filter { $0.kind == .morningPainRising }.map(\.date) == [LocalDate("2026-11-09")!])
        // 2, 2, 1 then 3, 3, 1: a rise of 2/3, no flag.
        let lower = zip(["2026-11-10", "2026-11-11", "2026-11-12"], [3, 3, 1]).map { Self.day($0, morning: $1) }
        let r2 = build(Self.program(), "2026-11-02", "2026-11-15", today: "2026-11-16", first + lower + rest)
        #expect(!r2.flags.contains { $0.kind == .morningPainRising })
    }

    @Test func aFigureIsNeverRoundedAcrossItsThreshold() {
        #expect(Report.percent(39.0 / 49) == "79.6%")
        #expect(Report.percent(0.79996) == "79.9%")
        #expect(Report.percent(0.8) == "80%")
        #expect(Report.percent(0.795) == "79.5%")
        #expect(Report.percent(0.794) == "79%")
        #expect(Report.percent(0.4286) == "43%")
        // A week of 39 of 49: the flag and its figure agree.
        var program = Self.program()
        program.versions[0].items[0].timesPerDay = 7
        let logs = (2...8).map { n -> DayLog in
            var log = Self.day("2026-11-0\(n)")
            let count = n == 2 ? 3 : 6  // 3 + 6 x 6 = 39 of 49
            log.sessions[0].exercises = Array(repeating: log.sessions[0].exercises[0], count: count)
            return log
        }
        let r = build(program, "2026-11-02", "2026-11-08", today: "2026-11-09", logs)
        #expect(r.total.performed == 39 && r.total.due == 49)
        #expect(r.flags.first { $0.kind == .lowAdherence }.map { English().flag($0.facts) } == "2026-W45: 39 of 49 performances performed (79.6%)")
        #expect(ReportText.render(r).contains("79.6%"))
    }

    @Test func everyJSONKeyIsWrittenOnce() throws {
        let r = build(Self.program(), "2026-11-02", "2026-11-08", today: "2026-11-05", (2...4).map { Self.day("2026-11-0\($0)") })
        // hep's own reader refuses a duplicate key.
        let value = try JSONParser.parse(Array(ReportJSON.render(r).utf8))
        let adherence = try #require(value["adherence"])
        #expect(adherence["dose"] != nil && adherence["sessions"] != nil)
        #expect(value["today"]?["date"] == .string("2026-11-05"))
    }

    @Test func aSkippedRecordsPainCountsInTheMeanAsInTheFlag() {
        let skipped = ExerciseRecord(item: "a", status: .skipped, skipReason: .pain, painDuring: 8)
        let r = build(Self.program(), "2026-11-02", "2026-11-03", today: "2026-11-04",
                      [Self.day("2026-11-02", record: skipped), Self.day("2026-11-03")])
        #expect(r.flags.filter { $0.kind == .painOverLimit }.count == 1)
        #expect(r.items[0].painDuring.value == 8, "before, the mean was \"-\" beside a flag for pain 8")
        #expect(r.items[0].painDuring.missing == 1, "the done record without an answer")
    }

    /// A stopped exercise is asked its pain but not its effort: no effort is "not given".
    @Test func aQuestionNeverAskedIsNotCountedAsNotGiven() {
        let stopped = ExerciseRecord(item: "a", status: .partial, stopReason: .time, sets: ReportFixture.sets("2026-11-02", [4]),
                                     painDuring: 2)
        let r = build(Self.program(), "2026-11-02", "2026-11-03", today: "2026-11-04",
                      [Self.day("2026-11-02", record: stopped), Self.day("2026-11-03")])
        #expect(r.items[0].effort.missing == 1, "only the done record, which was asked")
        #expect(r.items[0].painDuring.count == 1 && r.items[0].painDuring.missing == 1)
    }
}
