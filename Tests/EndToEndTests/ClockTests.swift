import Foundation
import HEPCore
import TestSupport
import Testing

/// The real binary under a wall clock that libfaketime moves while hep runs: stepped back
/// and forward mid-session, across a daylight-saving change, and in another time zone
/// after a restart. The monotonic clock is left alone, as the kernel leaves it when the
/// wall clock is set, so timers run as they would.
@Suite struct ClockTests {
    /// A wall clock hep reads from a file, rewritten by the test to step it.
    final class FakeClock {
        let file: String
        let zone: String

        init(_ scratch: Scratch, zone: String, start: String) {
            file = scratch.path + "/clock"
            self.zone = zone
            set(start)
        }

        /// Steps the clock to local time `time` ("YYYY-MM-DD hh:mm:ss", in `zone`); it runs on from there.
        func set(_ time: String) {
            _ = FileManager.default.createFile(atPath: file, contents: Data("@\(time)\n".utf8))
        }

        /// The `faketime` wrapper sets up the shared state libfaketime keeps in the
        /// environment (loaded bare, it rewrites the environment and a Swift program loses
        /// its arguments); `env -u FAKETIME` then lets the clock file rule.
        var launcher: [String] { ["faketime", "-f", "+0", "env", "-u", "FAKETIME"] }

        var environment: [String: String] {
            ["FAKETIME_TIMESTAMP_FILE": file, "FAKETIME_NO_CACHE": "1", "DONT_FAKE_MONOTONIC": "1", "TZ": zone, "LC_ALL": "C.UTF-8"]
        }

        /// Runs hep to its end under this clock.
        func hep(_ arguments: String...) throws -> Run {
            try run("/usr/bin/env", launcher + [Repo.hep] + arguments, environment: environment)
        }
    }

    func session(_ data: String, _ clock: FakeClock) throws -> Tmux {
        try Tmux(["--data", data, "--quiet"], environment: clock.environment, launcher: clock.launcher)
    }

    /// Every moment of the log in the order it was written: never one before the one before.
    func moments(_ log: DayLog) -> [Moment] {
        log.sessions.flatMap { s in [s.started] + s.exercises.flatMap { $0.sets.map(\.completed) } + (s.ended.map { [$0] } ?? []) }
    }

    func isInOrder(_ moments: [Moment]) -> Bool {
        zip(moments, moments.dropFirst()).allSatisfy { $0.epochSeconds <= $1.epochSeconds }
    }

    func load(_ data: String, _ date: String) throws -> DayLog {
        let path = data + "/log/\(date).json"
        return try Documents.loadLog(path, display: path, program: nil, fileDate: LocalDate(date))
    }

    @Test func aSessionThroughAClockSteppedBackAndForwardKeepsEverySetAndValidates() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let clock = FakeClock(scratch, zone: "Europe/Berlin", start: "2026-11-29 08:00:00")
        let data = try SessionTests.install(SessionTests.shortProgram(), scratch, launcher: clock.launcher, environment: clock.environment)
        let t = try session(data, clock)
        defer { t.close() }

        try t.answer("Enter start", "Enter")
        try t.answer("how is your pain right now?", "3")
        try t.answer("Enter begin", "Enter")
        try t.answer("How hard was Quad sets?", "n", seconds: 20)
        clock.set("2026-11-29 07:00:00")  // an hour back, as a manual change or an NTP step would
        try t.answer("How much pain did you have during Quad sets?", "n")
        try t.answer("› • Straight leg raise", "Enter")
        try t.legRaises(between: { clock.set("2026-11-29 10:00:00") })  // three hours on, mid-rest
        clock.set("2026-11-29 06:00:00")  // and back before the session's start
        try t.endSession()

        let validated = try clock.hep("validate", "--data", data)
        #expect(validated.status == 0, "\(validated.stdout)")
        let log = try load(data, "2026-11-29")
        let session = try #require(log.sessions.first)
        #expect(log.sessions.count == 1)
        #expect(session.exercises.map(\.item) == ["quad-set-r", "slr-r"])
        #expect(session.exercises.map { $0.sets.map(\.reps) } == [[2], [2, 2]])
        #expect(session.started.description.hasPrefix("2026-11-29T08:00"))
        #expect(session.exercises[1].sets[1].completed.description.hasPrefix("2026-11-29T10:00"), "the step forward is kept")
        #expect(session.ended?.description.hasPrefix("2026-11-29T10:00") == true, "the end is the last moment written, not 06:00")
        #expect(isInOrder(moments(log)), "\(moments(log))")
    }

    @Test func aSessionAcrossADaylightSavingChangeAndARestartInAnotherTimeZone() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        // Ten seconds before 02:00 on the last Sunday of March, when Berlin's clocks go to 03:00.
        let clock = FakeClock(scratch, zone: "Europe/Berlin", start: "2026-03-29 01:59:50")
        let data = try SessionTests.install(SessionTests.shortProgram(), scratch, launcher: clock.launcher, environment: clock.environment)
        do {
            let t = try session(data, clock)
            defer { t.close() }
            try t.answer("Enter start", "Enter")
            try t.answer("how is your pain right now?", "3")
            try t.answer("Enter begin", "Enter")
            try t.answer("How hard was Quad sets?", "n", seconds: 20)
            try t.answer("How much pain did you have during Quad sets?", "n")
            try t.answer("› • Straight leg raise", "Enter")
            try t.legRaises()
            try t.endSession()
        }
        // The patient flies to New York and opens hep there the same day: 09:00 EDT is 13:00 UTC.
        let travelled = FakeClock(scratch, zone: "America/New_York", start: "2026-03-29 09:00:00")
        do {
            let t = try session(data, travelled)
            defer { t.close() }
            // The cursor starts on the first item not finished today: the second leg raise.
            try t.answer("› ◐ Straight leg raise", "Enter")
            try t.answer("how is your pain right now?", "2")
            try t.legRaises()
            try t.endSession()
        }

        #expect(try travelled.hep("validate", "--data", data).status == 0)
        let log = try load(data, "2026-03-29")
        #expect(log.sessions.count == 2)
        let first = try #require(log.sessions.first), second = try #require(log.sessions.last)
        #expect(first.started.description.hasPrefix("2026-03-29T01:59"))
        #expect(first.started.description.hasSuffix("+01:00"))
        #expect(first.ended?.description.hasPrefix("2026-03-29T03:") == true, "past the change, in summer time")
        #expect(first.ended?.description.hasSuffix("+02:00") == true)
        #expect(first.exercises.map { $0.sets.map(\.reps) } == [[2], [2, 2]])
        #expect(second.started.description.hasPrefix("2026-03-29T09:00"))
        #expect(second.started.description.hasSuffix("-04:00"))
        #expect(second.exercises.map { $0.sets.map(\.reps) } == [[2, 2]])
        #expect(isInOrder(moments(log)), "\(moments(log))")
        // The report reads the day whole, under either zone.
        let report = try travelled.hep("report", "--data", data, "--from", "2026-03-29", "--to", "2026-03-29", "--today", "2026-03-30", "--format", "json")
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("\"sessions\" : 2") || report.stdout.contains("\"sessions\": 2"))
    }
}

extension Tmux {
    /// Straight leg raises from their introduction: two sets of two reps with a one-second
    /// rest between; `between` runs once the first set was shown as saved.
    func legRaises(between: () throws -> Void = {}) throws {
        try answer("Enter begin", "Enter")
        try answer("0 of 2 reps", " ", " ")
        try wait(for: "Saved: set 1")
        try between()
        try wait(for: "Set 2 of 2")
        try wait(for: "0 of 2 reps")
        usleep(350_000)  // the rest ended by itself: a Space within 0.3 s was meant for it
        try send(" ", " ")
        try answer("How hard was Straight leg raise?", "4")
        try answer("How much pain did you have during Straight leg raise?", "2")
    }

    func endSession() throws {
        try answer("Session since", "e")
        try answer("All done for now", "0")
        try answer("Today so far", "q")
        try answer("Leave hep?", "y")
        try wait(for: "EXITED 0")
    }
}
