import Foundation
import HEPCore
import TestSupport
import Testing

/// The real binary in a real terminal (tmux), with the JSON it wrote read back.
@Suite struct SessionTests {
    /// A short program with one item of each kind (reps, holds, a timed both-sides hold, one
    /// to skip), built from the bundled library so the screens show real instructions.
    static func shortProgram(_ scratch: Scratch) throws -> String {
        func item(_ id: String, _ exercise: String, sets: Int, reps: Int, hold: Int, rest: Int, side: String) throws -> Any {
            let text = Data(readText(Repo.data + "/exercises/\(exercise).json")!.utf8)
            var embedded = try JSONSerialization.jsonObject(with: text) as! [String: Any]
            embedded["schema"] = nil
            return ["id": id, "exercise": embedded, "sets": sets, "reps": reps, "holdSeconds": hold, "restSeconds": rest,
                    "side": side, "timesPerDay": 1, "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]]
        }
        let program: [String: Any] = [
            "schema": "hep.program/1", "patient": ["id": "e2e", "name": "Robin Test"], "title": "Short knee program",
            "painLimit": 5,
            "versions": [["version": 1, "effective": "2020-01-06", "items": [
                try item("slr-r", "straight-leg-raise", sets: 2, reps: 2, hold: 0, rest: 1, side: "right"),
                try item("quad-set-r", "quad-set", sets: 1, reps: 2, hold: 1, rest: 0, side: "right"),
                try item("balance", "single-leg-balance", sets: 1, reps: 1, hold: 1, rest: 0, side: "both"),
                try item("bridge", "bridge", sets: 1, reps: 10, hold: 0, rest: 0, side: "none"),
            ]]],
        ]
        let file = scratch.path + "/short.json"
        _ = FileManager.default.createFile(atPath: file, contents: try JSONSerialization.data(withJSONObject: program))
        let data = scratch.path + "/data"
        let installed = try hep("init", "--data", data, "--program", file)
        guard installed.status == 0 else { throw TmuxError(message: installed.stderr) }
        return data
    }

    static func todayLog(_ data: String) throws -> DayLog {
        let date = LocalDate(Date())
        let path = data + "/log/\(date).json"
        return try Documents.loadLog(path, display: path, program: nil, fileDate: date)
    }

    @Test func aWholeSessionWithEveryKindOfExercise() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.shortProgram(scratch)
        let t = try Tmux(["--data", data])
        defer { t.close() }
        try t.wait(for: "Enter start")
        try t.send("Enter")
        try t.wait(for: "how is your pain right now?")
        try t.send("3")
        // Reps: two sets of two, a one-second rest between.
        try t.wait(for: "Enter begin")
        try t.send("Enter")
        try t.wait(for: "0 of 2 reps")
        try t.send(" ", " ")
        try t.wait(for: "Rest")
        try t.wait(for: "Set 2 of 2")
        try t.send(" ", " ")
        try t.wait(for: "How hard did Straight leg raise feel?")
        try t.send("4")
        try t.wait(for: "How much pain did you have during Straight leg raise?")
        try t.send("2")
        // Holds: the list moved on to quad sets; each hold counts itself.
        try t.wait(for: "› • Quad sets")
        try t.send("Enter")
        try t.wait(for: "Enter begin")
        try t.send("Enter")
        try t.wait(for: "Get ready")
        try t.wait(for: "How hard did Quad sets feel?", seconds: 15)
        try t.send("n")
        try t.send("n")
        // Both sides: left, the switch prompt, right.
        try t.wait(for: "› • Single-leg balance")
        try t.send("Enter", "Enter")
        try t.wait(for: "Now the RIGHT side.", seconds: 10)
        try t.send("Enter")
        try t.wait(for: "How hard did Single-leg balance feel?", seconds: 10)
        try t.send("5", "6")
        try t.wait(for: "more than your therapist set as acceptable")
        try t.send("Enter")
        // Skip with a reason, then end.
        try t.wait(for: "› • Bridges")
        try t.send("s")
        try t.wait(for: "Why are you skipping Bridges today?")
        try t.send("2")
        try t.wait(for: "skipped")
        try t.send("e")
        try t.wait(for: "All done for now")
        try t.send("1")
        let summary = try t.wait(for: "Session saved")
        #expect(summary.contains("Done 3, partly done 0, skipped 1"))
        #expect(summary.contains("Pain before 3/10, after 1/10"))
        try t.send("q")
        try t.wait(for: "EXITED 0")
        #expect(try t.restored())

        let log = try Self.todayLog(data)
        let session = try #require(log.sessions.first)
        #expect(log.sessions.count == 1)
        #expect(session.painBefore == 3)
        #expect(session.painAfter == 1)
        #expect(session.ended != nil)
        let records = session.exercises
        #expect(records.map(\.item) == ["slr-r", "quad-set-r", "balance", "bridge"])
        #expect(records.map(\.status) == [.done, .done, .done, .skipped])
        #expect(records[0].sets.map(\.reps) == [2, 2])
        #expect(records[0].sets.map(\.side) == [.right, .right])
        #expect(records[0].effort == 4 && records[0].painDuring == 2)
        #expect(records[1].sets.map(\.reps) == [2])
        #expect(records[1].effort == nil && records[1].painDuring == nil)
        #expect(records[2].sets.map(\.side) == [.left, .right])
        #expect(records[2].painDuring == 6)
        #expect(records[3].skipReason == .time)
        #expect(try hep("validate", "--data", data).status == 0)
    }

    /// Starts a session and finishes the first set of leg raises: the rest screen is then shown.
    func firstSetDone(_ t: Tmux) throws {
        try t.wait(for: "Enter start")
        try t.send("Enter")
        try t.wait(for: "how is your pain right now?")
        try t.send("n", "Enter")
        try t.wait(for: "0 of 2 reps")
        try t.send(" ", " ")
        try t.wait(for: "Set 2 of 2")
    }

    @Test func killedHalfwayTheLogHoldsEverySetThatWasShown() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.shortProgram(scratch)
        let t = try Tmux(["--data", data])
        defer { t.close() }
        try firstSetDone(t)
        kill(try t.hepPID(), SIGKILL)
        try t.wait(for: "EXITED 137")
        let session = try #require(try Self.todayLog(data).sessions.first)
        #expect(session.painBefore == nil)
        #expect(session.ended == nil, "a killed session stays open: it was interrupted")
        #expect(session.exercises.first?.sets.map(\.reps) == [2])
        #expect(session.exercises.first?.status == .partial)
    }

    @Test(arguments: [SIGHUP, SIGTERM, SIGINT])
    func aStopSignalSavesEndsAndRestoresTheTerminal(_ signal: Int32) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.shortProgram(scratch)
        let t = try Tmux(["--data", data])
        defer { t.close() }
        try firstSetDone(t)
        kill(try t.hepPID(), signal)
        let after = try t.wait(for: "extproc")  // the end of `stty -a`, printed after hep exits
        #expect(try t.restored())
        #expect(after.contains(" echo ") && after.contains(" icanon "), "echo and line editing are back")
        let session = try #require(try Self.todayLog(data).sessions.first)
        #expect(session.ended != nil)
        #expect(session.exercises.first?.sets.map(\.reps) == [2])
    }

    @Test func aCrashPutsTheTerminalBack() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.shortProgram(scratch)
        let t = try Tmux(["--data", data])
        defer { t.close() }
        try firstSetDone(t)
        // A Swift runtime trap ends the process with SIGILL; the same signal from outside takes the same path.
        kill(try t.hepPID(), SIGILL)
        let after = try t.wait(for: "extproc")
        #expect(after.contains("EXITED 132"))
        #expect(try t.restored())
        #expect(after.contains(" echo ") && after.contains(" icanon "))
        let session = try #require(try Self.todayLog(data).sessions.first)
        #expect(session.exercises.first?.sets.map(\.reps) == [2], "every set shown was already on disk")
    }

    @Test func colourOnlyWhenWantedAndMeaningWithoutIt() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.shortProgram(scratch)
        _ = try hep("validate", "--data", data)
        for noColor in [false, true] {
            // An empty NO_COLOR counts as unset (no-color.org), whatever the test runner exports.
            let t = try Tmux(["--data", data], environment: ["LC_ALL": "C.UTF-8", "NO_COLOR": noColor ? "1" : ""])
            defer { t.close() }
            try t.wait(for: "Enter start")
            let styled = try t.tmux("capture-pane", "-p", "-e", "-t", t.target)
            // SGR 30-37 / 38: a foreground colour.
            let coloured = styled.range(of: "\u{1B}\\[[0-9;]*(3[0-8])[;m]", options: .regularExpression) != nil
            #expect(coloured == !noColor, "NO_COLOR=\(noColor)")
            #expect(styled.contains("due"), "the status is also a word")
            try t.send("q", "y")
        }
    }

    @Test func aClosedTerminalEndsTheSession() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.shortProgram(scratch)
        let t = try Tmux(["--data", data])
        defer { t.close() }
        try firstSetDone(t)
        let pid = try t.hepPID()
        t.close()
        let deadline = Date().addingTimeInterval(5)
        while kill(pid, 0) == 0 && Date() < deadline { usleep(20_000) }
        #expect(kill(pid, 0) != 0, "hep is still running after its terminal went away")
        let session = try #require(try Self.todayLog(data).sessions.first)
        #expect(session.ended != nil)
        #expect(session.exercises.first?.sets.map(\.reps) == [2])
    }

    @Test func aResizeToTooSmallAndBackKeepsGoing() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.shortProgram(scratch)
        let t = try Tmux(["--data", data])
        defer { t.close() }
        try t.wait(for: "Enter start")
        try t.tmux("resize-window", "-t", t.target, "-x", "30", "-y", "10")
        try t.wait(for: "Please enlarge the window")
        try t.tmux("resize-window", "-t", t.target, "-x", "80", "-y", "24")
        try t.wait(for: "Short knee program")
        try t.send("q", "y")
        try t.wait(for: "EXITED 0")
    }

    @Test func withoutATerminalHepSaysSoAndLeaves() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let result = try hep("--data", scratch.path)
        #expect(result.status == 66)
        #expect(result.stderr == "hep: the session screen needs a terminal on standard input and output (use `hep today` for plain text)\n")
        let t = try Tmux(["--data", scratch.path], environment: ["TERM": "dumb"])
        defer { t.close() }
        let screen = try t.wait(for: "EXITED 66")
        #expect(screen.contains("hep: this terminal (TERM=dumb) cannot show the session screen"))
    }

    @Test func aNewUserIsOfferedTheExample() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let t = try Tmux(["--data", scratch.path + "/new"])
        defer { t.close() }
        try t.wait(for: "Install the example program to try hep? (y/n)")
        try t.send("y")
        try t.wait(for: "Right knee - early strengthening")
        try t.send("q", "y")
        try t.wait(for: "EXITED 0")
        #expect(readText(scratch.path + "/new/program.json") == readText(Repo.example))
    }

    @Test func aNonUTF8LocaleGetsASCII() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.shortProgram(scratch)
        let t = try Tmux(["--data", data], environment: ["LC_ALL": "C"])
        defer { t.close() }
        let screen = try t.wait(for: "Enter start")
        #expect(screen.contains("> - Straight leg raise"))
        #expect(!screen.contains("•"))
        try t.send("q", "y")
    }
}
