import Foundation
import HEPCore
import TestSupport
import Testing

/// The real binary in a real terminal (tmux), with the JSON it wrote read back.
@Suite struct SessionTests {
    /// The bundled example program with its doses cut short (one-second holds and rests,
    /// two reps), every item due every day and its progression in force, so that a whole
    /// session of it takes about half a minute.
    static func shortExample(_ scratch: Scratch) throws -> String {
        try install(shortProgram(), scratch)
    }

    static func shortProgram() throws -> [String: Any] {
        let short: [String: (sets: Int, reps: Int, hold: Int, rest: Int)] = [
            "quad-set-r": (1, 2, 1, 0), "slr-r": (2, 2, 0, 1), "heel-slide-r": (1, 1, 1, 0), "bridge": (1, 2, 0, 0),
            "sit-to-stand": (1, 2, 0, 0), "single-leg-balance": (1, 1, 1, 0), "hamstring-stretch": (1, 1, 1, 0),
        ]
        var program = try JSONSerialization.jsonObject(with: Data(readText(Repo.example)!.utf8)) as! [String: Any]
        var versions = program["versions"] as! [[String: Any]]
        versions[0]["effective"] = "2020-01-06"
        versions[1]["effective"] = "2020-02-03"
        versions[1]["items"] = (versions[1]["items"] as! [[String: Any]]).map { item in
            var item = item
            let dose = short[item["id"] as! String]!
            item["sets"] = dose.sets
            item["reps"] = dose.reps
            item["holdSeconds"] = dose.hold
            item["restSeconds"] = dose.rest
            item["days"] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            return item
        }
        program["versions"] = versions
        return program
    }

    /// Installs `program` with `hep init` (run through `launcher`, such as a fake clock)
    /// into a data folder in `scratch`, and returns the folder.
    static func install(_ program: [String: Any], _ scratch: Scratch, launcher: [String] = [],
                        environment: [String: String] = [:]) throws -> String {
        let file = scratch.path + "/program-to-install.json"
        _ = FileManager.default.createFile(atPath: file, contents: try JSONSerialization.data(withJSONObject: program))
        let data = scratch.path + "/data"
        let command = launcher + [Repo.hep, "init", "--data", data, "--program", file]
        let installed = try run("/usr/bin/env", command, environment: environment)
        guard installed.status == 0 else { throw TmuxError(message: installed.stderr) }
        return data
    }

    /// hep on the short example in tmux. Closing the Tmux removes the data folder too.
    func session(_ environment: [String: String] = ["LC_ALL": "C.UTF-8"]) throws -> (Tmux, String) {
        let scratch = Scratch()
        let data = try Self.shortExample(scratch)
        let t = try Tmux(["--data", data], environment: environment, cleanup: scratch.remove)
        return (t, data)
    }

    static func todayLog(_ data: String) throws -> DayLog {
        let date = LocalDate(Date())
        let path = data + "/log/\(date).json"
        return try Documents.loadLog(path, display: path, program: nil, fileDate: date)
    }

    @Test func aSessionInSpanish() throws {
        let scratch = Scratch()
        let data = try Self.shortExample(scratch)
        let t = try Tmux(["--data", data, "--lang", "es"], cleanup: scratch.remove)
        defer { t.close() }
        try t.answer("Enter empezar", "Enter")
        try t.answer("¿cuánto dolor tienes ahora?", "3")
        try t.answer("Contraer cuádriceps", "Enter")
        try t.answer("¿Cuánto esfuerzo te supuso «Contraer cuádriceps»?", "n", seconds: 15)
        try t.answer("¿Cuánto dolor tuviste durante «Contraer cuádriceps»?", "2")
        try t.answer("Sesión desde las", "q")
        // In Spanish, s answers yes (sí); y still works.
        try t.answer("¿Salir de hep?", "s")
        try t.wait(for: "EXITED 0")
        let log = try Self.todayLog(data)
        let session = try #require(log.sessions.first)
        #expect(session.painBefore == 3)
        #expect(session.exercises.map(\.item) == ["quad-set-r"])
        #expect(session.exercises.first?.sets.map(\.reps) == [2])
        #expect(session.exercises.first?.painDuring == 2)
        #expect(session.ended != nil, "leaving closed the session")
    }

    @Test func aWholeSessionOfTheExampleProgram() throws {
        let (t, data) = try session()
        defer { t.close() }
        // Each key waits for the screen it is meant for, as a person would (`Tmux.answer`).
        try t.answer("Enter start", "Enter")
        try t.answer("how is your pain right now?", "3")
        // Holds count themselves: get ready, hold, get ready, hold.
        try t.answer("Enter begin", "Enter")
        try t.wait(for: "Get ready")
        try t.answer("How hard was Quad sets?", "n", seconds: 15)
        try t.answer("How much pain did you have during Quad sets?", "n")
        // Reps: two sets of two, a one-second rest between.
        try t.answer("› • Straight leg raise", "Enter")
        try t.answer("Enter begin", "Enter")
        try t.wait(for: "0 of 2 reps")
        try t.send(" ", " ")
        try t.wait(for: "Set 2 of 2")
        try t.wait(for: "0 of 2 reps")
        usleep(350_000)  // the rest ended by itself: a Space within 0.3 s was meant for it
        try t.send(" ", " ")
        try t.answer("How hard was Straight leg raise?", "4")
        try t.answer("How much pain did you have during Straight leg raise?", "2")
        try t.answer("› • Heel slides", "Enter")
        try t.answer("Enter begin", "Enter")
        try t.answer("How hard was Heel slides?", "3")
        try t.answer("How much pain did you have during Heel slides?", "1")
        try t.answer("1 is chosen", "Enter")
        // A skip, with its reason.
        try t.answer("› • Bridges", "s")
        try t.answer("Why are you skipping Bridges today?", "2")
        // Pain above this item's own limit (4) is said plainly.
        try t.answer("› • Sit to stand", "Enter")
        try t.answer("Enter begin", "Enter")
        try t.wait(for: "0 of 2 reps")
        try t.send(" ", " ")
        try t.answer("How hard was Sit to stand?", "5")
        try t.answer("How much pain did you have during Sit to stand?", "6")
        try t.answer("more than your therapist set as acceptable (4 out of 10)", "Enter")
        // Both sides: left, the switch prompt, right; a timed hold said as what the body
        // does, and a stretch.
        for (name, next) in [("Single-leg balance", "Next: Standing on your right leg."), ("Hamstring stretch", "Now the RIGHT side.")] {
            try t.answer("› • \(name)", "Enter")
            try t.answer("Enter begin", "Enter")
            try t.answer(next, "Enter")
            try t.answer("How hard was \(name)?", "2")
            try t.answer("How much pain did you have during \(name)?", "0")
        }
        try t.answer("Session since", "e")
        try t.answer("All done for now", "1")
        try t.answer("1 is chosen", "Enter")
        let summary = try t.wait(for: "Today so far")
        #expect(summary.contains("Bridges                   skipped"))
        #expect(summary.contains("Sit to stand              1 of 1 today, 2 of 2 reps, pain 6"))
        #expect(summary.contains("Straight leg raise        1 of 2 today, 4 of 8 reps"))
        #expect(summary.contains("Nothing more is due today.") == false, "a second leg raise session is still due")
        #expect(summary.contains("Pain out of 10: 3 before and 1 after the session at"))
        try t.send("q")
        try t.answer("Leave hep?", "y")
        try t.wait(for: "EXITED 0")
        #expect(try t.restored())

        let log = try Self.todayLog(data)
        let session = try #require(log.sessions.first)
        #expect(log.sessions.count == 1)
        #expect(session.programVersion == 2)
        #expect(session.painBefore == 3)
        #expect(session.painAfter == 1)
        #expect(session.ended != nil)
        let records = session.exercises
        #expect(records.map(\.item) == ["quad-set-r", "slr-r", "heel-slide-r", "bridge", "sit-to-stand",
                                        "single-leg-balance", "hamstring-stretch"])
        #expect(records.map(\.status) == [.done, .done, .done, .skipped, .done, .done, .done])
        #expect(records[0].sets.map(\.reps) == [2])
        #expect(records[0].sets.map(\.heldSeconds) == [2])
        #expect(records[0].effort == nil && records[0].painDuring == nil)
        #expect(records[1].sets.map(\.reps) == [2, 2])
        #expect(records[1].sets.map(\.side) == [.right, .right])
        #expect(records[1].sets.map(\.heldSeconds) == [nil, nil])
        #expect(records[1].effort == 4 && records[1].painDuring == 2)
        #expect(records[3].skipReason == .time)
        #expect(records[4].painDuring == 6)
        #expect(records[5].sets.map(\.side) == [.left, .right])
        #expect(records[6].sets.map(\.side) == [.left, .right])
        #expect(try hep("validate", "--data", data).status == 0)
    }

    /// Starts a session and finishes the first set of leg raises: the next set is then shown.
    func firstSetDone(_ t: Tmux) throws {
        try t.wait(for: "Enter start")
        try t.send("Down", "Enter")
        try t.wait(for: "how is your pain right now?")
        try t.send("n")
        try t.wait(for: "Enter begin")
        try t.send("Enter")
        try t.wait(for: "0 of 2 reps")
        try t.send(" ", " ")
        try t.wait(for: "Saved: set 1, right side, 2 reps.")
        try t.wait(for: "Set 2 of 2")
    }

    @Test func killedHalfwayTheLogHoldsEverySetThatWasShown() throws {
        let (t, data) = try session()
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

    /// SIGHUP, SIGINT and SIGTERM close the session; a crash (a Swift trap ends the process
    /// with SIGILL, and the same signal from outside takes the same path) cannot, but what it
    /// recorded stays. Either way the terminal is put back.
    @Test(arguments: [SIGHUP, SIGTERM, SIGINT, SIGILL])
    func aSignalKeepsEverySetShownAndRestoresTheTerminal(_ signal: Int32) throws {
        let (t, data) = try session()
        defer { t.close() }
        try firstSetDone(t)
        kill(try t.hepPID(), signal)
        let after = try t.wait(for: "extproc")  // the end of `stty -a`, printed after hep exits
        #expect(try t.restored())
        #expect(after.contains(" echo ") && after.contains(" icanon "), "echo and line editing are back")
        let session = try #require(try Self.todayLog(data).sessions.first)
        #expect(session.exercises.first?.sets.map(\.reps) == [2])
        if signal == SIGILL {
            #expect(after.contains("EXITED 132"))
            #expect(session.ended == nil)
        } else {
            #expect(session.ended != nil)
        }
    }

    @Test func colourOnlyWhenWantedAndMeaningWithoutIt() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.shortExample(scratch)
        for noColor in [false, true] {
            // An empty NO_COLOR counts as unset (no-color.org), whatever the test runner exports.
            let t = try Tmux(["--data", data], environment: ["LC_ALL": "C.UTF-8", "NO_COLOR": noColor ? "1" : ""])
            defer { t.close() }
            try t.wait(for: "Enter start")
            let styled = try t.tmux("capture-pane", "-p", "-e", "-t", t.target)
            // SGR 30-37 / 38: a foreground colour.
            let coloured = styled.range(of: "\u{1B}\\[[0-9;]*(3[0-8])[;m]", options: .regularExpression) != nil
            #expect(coloured == !noColor, "NO_COLOR=\(noColor)")
            #expect(styled.contains("0 of 1 today"), "the status is also in words")
            try t.send("q", "y")
        }
    }

    @Test func aClosedTerminalEndsTheSession() throws {
        let (t, data) = try session()
        defer { t.close() }
        try firstSetDone(t)
        let pid = try t.hepPID()
        try t.tmux("kill-server")
        let deadline = Date().addingTimeInterval(5)
        while kill(pid, 0) == 0 && Date() < deadline { usleep(20_000) }
        #expect(kill(pid, 0) != 0, "hep is still running after its terminal went away")
        let session = try #require(try Self.todayLog(data).sessions.first)
        #expect(session.ended != nil)
        #expect(session.exercises.first?.sets.map(\.reps) == [2])
    }

    @Test func aResizeToTooSmallAndBackKeepsGoing() throws {
        let (t, _) = try session()
        defer { t.close() }
        try t.wait(for: "Enter start")
        try t.tmux("resize-window", "-t", t.target, "-x", "30", "-y", "10")
        try t.wait(for: "Please enlarge the window")
        try t.tmux("resize-window", "-t", t.target, "-x", "80", "-y", "24")
        try t.wait(for: "Right knee - early strengthening")
        try t.send("q", "y")
        try t.wait(for: "EXITED 0")
    }

    @Test func withoutATerminalHepSaysSoAndLeaves() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let result = try hep("--data", scratch.path)
        #expect(result.status == 69)
        #expect(result.stderr == "hep: the session screen needs a terminal on standard input and output (use `hep today` for plain text)\n")
        let review = try hep("review", "--data", scratch.path)
        #expect(review.status == 69)
        #expect(review.stderr == "hep: the review screen needs a terminal on standard input and output (use `hep report` for plain text)\n")
        let t = try Tmux(["--data", scratch.path], environment: ["TERM": "dumb"])
        defer { t.close() }
        let screen = try t.wait(for: "EXITED 69")
        #expect(screen.contains("hep: this terminal (TERM=dumb) cannot show the session screen"))
    }

    @Test func aNewUserIsOfferedTheExample() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let t = try Tmux(["--data", scratch.path + "/new"])
        defer { t.close() }
        try t.wait(for: "To try hep with an example program instead, press y.")
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/new"), "the offer alone created the folder")
        try t.send("y")
        try t.wait(for: "Right knee - early strengthening")
        try t.send("q", "y")
        try t.wait(for: "EXITED 0")
        #expect(programText(scratch.path + "/new/program.json") == readText(Repo.example))
    }

    @Test func aMistypedDataFolderIsLeftUncreatedWhenTheOfferIsDeclined() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let typo = scratch.path + "/nonexistent"
        let t = try Tmux(["--data", typo])
        defer { t.close() }
        let offer = try t.wait(for: "To try hep with an example program instead, press y.")
        #expect(offer.contains("There is no exercise program in \(typo)."))
        #expect(offer.contains("hep init --program FILE --data \(typo)"))
        try t.send("Enter")  // only y says yes
        #expect(try t.screen().contains("press y"))
        #expect(offer.contains("Have a program file from your therapist? Press n, then install it with:"))
        try t.send("n")
        let after = try t.wait(for: "EXITED 66")
        #expect(after.contains("hep: there is no exercise program in \(typo); install the one your therapist gave you with"))
        #expect(try t.restored())
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == [])

        // The review of the same folder says the same, without a screen.
        let review = try Tmux(["review", "--data", typo])
        defer { review.close() }
        let refused = try review.wait(for: "EXITED 66")
        #expect(refused.contains("hep: there is no exercise program in \(typo)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == [])
    }

    @Test func anExampleThatCannotBeInstalledIsSaidSoAndExits74() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let file = scratch.write("notes.txt", "a file where a folder would be")
        let t = try Tmux(["--data", file + "/data"])
        defer { t.close() }
        try t.wait(for: "press y.")
        try t.send("y")
        let failed = try t.wait(for: "hep could not install the example program")
        #expect(failed.contains("The example was not installed. Press q to leave."))
        try t.send("q")
        let after = try t.wait(for: "EXITED 74")
        #expect(after.contains("hep: cannot use \(file): it is not a folder"))
        #expect(readText(file) == "a file where a folder would be")
    }

    @Test func theArrowsWorkInBothEncodings() throws {
        let (t, _) = try session()
        defer { t.close() }
        try t.wait(for: "Enter start")
        try t.send("\u{1B}[B")  // normal cursor keys
        try t.wait(for: "› • Straight leg raise")
        try t.send("\u{1B}OB")  // application cursor keys
        try t.wait(for: "› • Heel slides")
        try t.send("q", "y")
    }

    @Test func aNonUTF8LocaleGetsASCII() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.shortExample(scratch)
        let t = try Tmux(["--data", data], environment: ["LC_ALL": "C"])
        defer { t.close() }
        let screen = try t.wait(for: "Enter start")
        #expect(screen.contains("> - Quad sets"))
        #expect(!screen.contains("•"))
        try t.send("q", "y")
    }

    /// A locale that is missing (so not UTF-8) while the terminal sends UTF-8: the patient's
    /// accented words are kept whole, not cut at the first accent.
    @Test func aNoteWithAccentsIsKeptWholeWhereTheLocaleIsNotUTF8() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.shortExample(scratch)
        let t = try Tmux(["--data", data], environment: ["LC_ALL": "C"])
        defer { t.close() }
        try t.answer("Enter start", "s")
        try t.answer("Before you start: how is your pain right now?", "2")
        try t.answer("Why are you skipping Quad sets today?", "6")
        try t.answer("In a few words, what was the reason?")
        try t.send("me duele el tobillo, lo haré mañana €")
        try t.wait(for: "> me duele el tobillo, lo hare manana ")
        try t.send("Enter")
        try t.wait(for: "Enter start")
        let record = try Self.todayLog(data).sessions[0].exercises[0]
        #expect(record.note == "me duele el tobillo, lo haré mañana €")
        try t.send("q", "y")
    }
}

/// The therapist's review screen, in a real terminal.
@Suite struct ReviewScreenTests {
    @Test func theReviewOpensWhileThePatientIsRecording() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/data"
        #expect(try hep("demo-history", "--years", "1", "--seed", "5", "--today", "2026-11-29", "--data", data).status == 0)
        // A writer holds the lock, as a patient's session would.
        let holder = try holdWriterLock(data)
        defer { holder.stop() }
        let t = try Tmux(["review", "--data", data, "--today", "2026-11-29", "--last", "4w"])
        defer { t.close() }
        try t.wait(for: "hep review · Alex Demo · 2026-11-02 to 2026-11-29")
        try t.send("Up", "Enter")
        try t.wait(for: "Sunday 2026-11-22")
        try t.send("Escape", "q")
        try t.wait(for: "EXITED 0")
        #expect(try t.restored())
    }
}
