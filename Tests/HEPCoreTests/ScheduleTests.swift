import Foundation
import HEPCore
import TestSupport
import Testing

/// What the example program asks for on chosen dates, around its start and its progression.
@Suite struct ScheduleTests {
    let program = try! Documents.loadProgram(Repo.example, display: "example")

    func plan(_ date: String) -> [String] {
        schedule(program, LocalDate(date)!).due.map { "\($0.item.id) x\($0.timesPerDay)" }
    }

    @Test func nothingIsDueBeforeTheFirstVersion() {
        let day = schedule(program, LocalDate("2026-11-01")!)
        #expect(day.version == nil)
        #expect(day.due.isEmpty)
    }

    @Test func theFirstDayUsesVersionOne() {
        #expect(schedule(program, LocalDate("2026-11-02")!).version?.version == 1)
        #expect(plan("2026-11-02") == ["quad-set-r x2", "slr-r x2", "heel-slide-r x2", "ankle-pumps x1", "hamstring-stretch x1"])
    }

    @Test func theDayBeforeTheProgressionStillUsesVersionOne() {
        #expect(schedule(program, LocalDate("2026-11-22")!).version?.version == 1)
        #expect(plan("2026-11-22") == plan("2026-11-02"))
    }

    @Test func theProgressionTakesEffectOnItsDate() {
        #expect(schedule(program, LocalDate("2026-11-23")!).version?.version == 2)
        #expect(plan("2026-11-23") == ["quad-set-r x1", "slr-r x2", "heel-slide-r x1", "bridge x1", "sit-to-stand x1",
                                       "single-leg-balance x1", "hamstring-stretch x1"])
    }

    @Test func anItemNotDoneEveryDayIsLeftOutOnOtherWeekdays() {
        #expect(!plan("2026-11-24").contains("sit-to-stand x1"))
        #expect(plan("2026-11-25").contains("sit-to-stand x1"))
        #expect(plan("2026-11-29").count == 6)
        #expect(plan("2027-06-30").count == 7)  // a Wednesday, long after: the last version stays in force
    }

    @Test func doseShorthandAndPrescribedReps() throws {
        let v2 = try #require(program.version(number: 2))
        let en = English(), es = Spanish()
        #expect(v2.item("quad-set-r").map { en.dose($0.dose) } == "3 x 10, hold 5 s, right")
        #expect(v2.item("quad-set-r").map { es.dose($0.dose) } == "3 x 10, mantén 5 s, derecha")
        #expect(v2.item("single-leg-balance").map { en.dose($0.dose) } == "3 x 30 seconds, each side")
        #expect(v2.item("single-leg-balance").map { es.dose($0.dose) } == "3 x 30 segundos, cada lado")
        #expect(en.dose(Dose(sets: 1, reps: 1, holdSeconds: 900, restSeconds: 0, side: .none)) == "15 minutes")
        #expect(en.dose(Dose(sets: 2, reps: 1, holdSeconds: 90, restSeconds: 0, side: .left)) == "2 x 1 minute 30 seconds, left")
        #expect(es.dose(Dose(sets: 2, reps: 1, holdSeconds: 61, restSeconds: 0, side: .left)) == "2 x 1 minuto 1 segundo, izquierda")
        #expect(v2.item("bridge").map { en.dose($0.dose) } == "3 x 10, hold 3 s")
        #expect(v2.item("single-leg-balance")?.dose.prescribedReps == 6)
        #expect(v2.item("slr-r")?.dose.prescribedReps == 36)
    }

    @Test func painLimitsFallBackFromItemToProgramToFive() throws {
        let v2 = try #require(program.version(number: 2))
        #expect(program.painLimit(for: try #require(v2.item("sit-to-stand"))) == 4)
        #expect(program.painLimit(for: try #require(v2.item("bridge"))) == 5)
        var unset = program
        unset.painLimit = nil
        #expect(unset.effectivePainLimit == Program.defaultPainLimit)
    }

    @Test func todayPrintsThePlan() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        #expect(try hep("init", "--data", scratch.path).status == 0)
        let result = try hep("today", "--data", scratch.path, "--date", "2030-11-27")
        #expect(result.status == 0)
        #expect(result.outLines == [
            "Wednesday 2030-11-27 - Right knee - early strengthening - Alex Demo",
            "Version 2, since 2026-11-23: Progression at week 3: more reps on leg raises, add",
            "bridges, sit to stand and balance; fewer quad sets",
            "Due:",
            "  Quad sets           3 x 10, hold 5 s, right      once",
            "  Straight leg raise  3 x 12, right                2 times",
            "  Heel slides         2 x 15, hold 3 s, right      once",
            "  Bridges             3 x 10, hold 3 s             once",
            "  Sit to stand        3 x 8                        once",
            "  Single-leg balance  3 x 30 seconds, each side    once",
            "  Hamstring stretch   1 x 3, hold 30 s, each side  once",
            "7 exercises, 8 performances in all.",
        ])
        let before = try hep("today", "--data", scratch.path, "--date", "2026-10-31")
        #expect(before.outLines.last == "Nothing is due. The program starts on 2026-11-02.")
        // Days before the patient got the program are never due, whatever the versions say.
        let installed = LocalDate(Date())
        let earlier = try hep("today", "--data", scratch.path, "--date", "\(installed.adding(days: -1))")
        #expect(earlier.outLines.last == "Nothing is due: the program was installed on \(installed).")
    }
}

@Suite struct CalendarTests {
    @Test(arguments: [("1970-01-01", Weekday.thu), ("2000-03-01", .wed), ("2024-02-29", .thu),
                      ("2026-11-02", .mon), ("2026-11-29", .sun)])
    func weekdays(_ date: String, _ weekday: Weekday) {
        #expect(LocalDate(date)?.weekday == weekday)
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "2026-11-31", "26-11-29", "2026-11-29 ", "2026/11/29", "", "１２３４-11-29"])
    func impossibleDatesAreRefused(_ text: String) {
        #expect(LocalDate(text) == nil)
    }

    @Test func dayNumbersRoundTrip() {
        for n in stride(from: -800_000, through: 2_900_000, by: 997) {
            #expect(LocalDate(dayNumber: n).dayNumber == n)
        }
        #expect(LocalDate("2026-12-31")!.adding(days: 1) == LocalDate("2027-01-01"))
    }

    @Test func momentsKeepTheirOffset() throws {
        let m = try #require(Moment("2026-11-29T08:02:11-05:30"))
        #expect(m.description == "2026-11-29T08:02:11-05:30")
        #expect(m.epochSeconds == Moment("2026-11-29T13:32:11+00:00")!.epochSeconds)
        #expect(Moment("2026-11-29T24:00:00+01:00") == nil)
        // Every RFC 3339 form is read: Z for UTC, fractions of a second (kept to the second).
        #expect(Moment("2026-11-29T08:02:11Z")?.description == "2026-11-29T08:02:11+00:00")
        #expect(Moment("2026-11-29t08:02:11.250z")?.epochSeconds == Moment("2026-11-29T09:02:11+01:00")!.epochSeconds)
        #expect(Moment("2026-11-29T08:02:11.+01:00") == nil)
        #expect(Moment("2026-11-29T08:02:11+0100") == nil)
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let local = Moment(now, in: TimeZone(identifier: "Europe/Berlin")!)
        #expect(local.offsetMinutes == 60)
        #expect(local.epochSeconds == 1_795_000_000)
    }
}
