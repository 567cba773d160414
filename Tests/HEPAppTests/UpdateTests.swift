import Foundation
import HEPApp
import HEPCore
import TestSupport
import Testing

/// The session's behaviour, driven through `update` with a fake clock. Every test also
/// checks that what the screen holds is exactly what was sent to disk.
@Suite struct UpdateTests {
    func started(_ item: Int = 0) -> Harness { Harness.started(item) }

    @Test func repsAreCountedSavedPerSetAndRestFollows() {
        var h = started()
        #expect(h.session?.painBefore == 3)
        #expect(h.phaseName == "counting")
        h.type("  ")
        #expect(h.run?.reps == 2)
        #expect(h.records.isEmpty, "no set is saved before it is complete")
        h.key(.backspace)
        #expect(h.run?.reps == 1)
        h.type("  ")
        #expect(h.records.first?.sets.map(\.reps) == [3])
        #expect(h.records.first?.sets.first?.side == .right)
        #expect(h.state.noticeText == "Saved: set 1, right side, 3 reps.")
        #expect(h.records.first?.status == .partial)
        #expect(h.phaseName == "rest")
        #expect(h.wait(9.9).isEmpty)
        #expect(h.phaseName == "rest")
        #expect(h.wait(0.1) == [.bell])
        #expect(h.phaseName == "counting")
        #expect(h.run?.set == 2)
        h.type("   ")
        #expect(h.state.screen == .question(Question(.effort(h.runFromQuestion!))))
        h.type("4")  // effort
        h.type("2")  // pain during
        #expect(h.records.first?.status == .done)
        #expect(h.records.first?.effort == 4)
        #expect(h.records.first?.painDuring == 2)
        #expect(h.state.screen == .today)
        #expect(h.state.progress(of: 0).performed == 1)
        #expect(h.state.log == h.disk)
    }

    @Test func aCompletedHoldCountsItselfWithABell() {
        var h = started(1)
        #expect(h.phaseName == "getReady")
        #expect(h.wait(3).isEmpty)
        #expect(h.phaseName == "hold")
        #expect(h.wait(4.9).isEmpty)
        #expect(h.run?.reps == 0)
        #expect(h.wait(0.1) == [.bell])
        #expect(h.run?.reps == 1)
        #expect(h.phaseName == "getReady")
        h.wait(3)
        h.wait(5)
        #expect(h.records.first?.sets.map(\.reps) == [2])
        #expect(h.records.first?.sets.first?.side == Side.none)
        #expect(h.phaseName.hasPrefix("question"))
    }

    @Test func aHoldStoppedEarlyDoesNotCount() {
        var h = started(1)
        h.wait(3)
        h.wait(4)
        h.key(.char(" "))
        #expect(h.phaseName == "ready")
        #expect(h.run?.reps == 0)
        h.wait(10)
        #expect(h.run?.reps == 0, "time passing while stopped counts nothing")
        h.key(.enter)
        #expect(h.phaseName == "getReady")
        h.wait(3)
        h.wait(5)
        #expect(h.run?.reps == 1)
    }

    @Test func pauseStopsTheClockAndResumeExcludesThePausedTime() {
        var h = started(1)
        h.keyGap = 0
        h.wait(3)
        h.wait(2)
        h.key(.char("p"))
        #expect(h.wait(100).isEmpty)
        #expect(h.run?.countdown?.shownSeconds(at: h.now.mono) == 3)
        h.key(.char("p"))
        #expect(h.wait(2.99).isEmpty)
        #expect(h.run?.reps == 0)
        #expect(h.wait(0.01) == [.bell])
        #expect(h.run?.reps == 1)
    }

    @Test func theRestCanBeSkipped() {
        var h = started()
        h.type("   ")
        #expect(h.phaseName == "rest")
        h.key(.enter)
        #expect(h.phaseName == "counting")
        #expect(h.run?.set == 2)
    }

    @Test func bothSidesDoEachSetLeftThenRight() {
        var h = started(2)
        h.wait(3)
        h.wait(4)
        #expect(h.phaseName == "switchSide")
        #expect(h.records.first?.sets.map(\.side) == [.left])
        h.key(.enter)
        h.wait(3)
        h.wait(4)
        #expect(h.phaseName == "rest")
        h.wait(5)
        h.wait(3)
        h.wait(4)
        h.key(.enter)
        h.wait(3)
        h.wait(4)
        #expect(h.records.first?.sets.map(\.side) == [.left, .right, .left, .right])
        h.type("nn")
        #expect(h.records.first?.status == .done)
        #expect(h.records.first?.effort == nil)
    }

    @Test func skippingAsksWhyAndRecordsTheReason() {
        var h = Harness()
        h.type("s")
        #expect(h.state.screen == .question(Question(.before(then: .skip(item: 0)))))
        h.type("n")
        #expect(h.state.screen == .reason(ReasonPrompt(.skip(item: 0))))
        h.key(.down)
        h.key(.down)
        h.key(.enter)
        #expect(h.records.map(\.status) == [.skipped])
        #expect(h.records.first?.skipReason == .equipment)
        #expect(h.records.first?.sets == [])
        #expect(h.state.progress(of: 0).mark == .skipped)
        #expect(h.state.selection == 1)
        h.type("s5")
        #expect(h.records.last?.skipReason == .unwell)
    }

    @Test func backLaterTheCursorStartsOnTheFirstItemNotFinished() {
        var h = Harness()
        h.type("s")
        h.type("n")
        h.key(.enter)
        #expect(h.state.progress(of: 0).finished)
        h.restart()
        #expect(h.state.selection == 1, "the skipped first item is not offered again")
        #expect(Harness().state.selection == 0)
    }

    @Test func painAboveTheItemLimitIsSaidPlainlyAndKept() {
        var h = started(1)
        h.key(.char("f"))  // finish the set now, with no rep: nothing is saved
        #expect(h.records.isEmpty)
        #expect(h.state.screen == .today)
        h.key(.enter)
        h.key(.enter)
        h.wait(3)
        h.wait(5)
        h.key(.char("f"))
        h.type("6")
        h.type("4")
        #expect(h.state.screen == .painWarning(item: 1, pain: 4, limit: 3))
        #expect(h.records.first?.painDuring == 4)
        #expect(h.records.first?.status == .partial)
        h.key(.enter)
        #expect(h.state.screen == .today)
    }

    @Test func ratherNotSayIsNullNeverZero() {
        var h = Harness()
        h.type("⏎n")
        #expect(h.session?.painBefore == nil)
        #expect(h.session != nil)
        let written = String(decoding: Documents.encode(h.disk), as: UTF8.self)
        #expect(written.contains("\"painBefore\": null"))
        h.type("⏎   ")
        h.type("⏎   ")
        h.type("nn")
        #expect(h.records.first?.effort == nil)
        #expect(h.records.first?.painDuring == nil)
    }

    @Test func tenIsTypedAsOneThenZero() {
        var h = Harness()
        h.type("⏎10")
        #expect(h.session?.painBefore == 10)
        var one = Harness()
        one.type("⏎1⏎")
        #expect(one.session?.painBefore == 1)
        var changed = Harness()
        changed.type("⏎17")
        #expect(changed.session?.painBefore == 7, "another digit after 1 is its own answer")
    }

    @Test func tenIsReachedWithTheArrows() {
        var h = Harness()
        h.key(.enter)
        for _ in 0..<12 { h.key(.right) }
        h.key(.enter)
        #expect(h.session?.painBefore == 10)
    }

    @Test func endingAsksPainAndShowsTheSummary() {
        var h = started()
        h.type("   ⏎   42")
        h.type("e")
        #expect(h.state.screen == .question(Question(.after)))
        h.wait(60)
        h.type("1")
        #expect(h.session?.painAfter == nil, "a 1 waits for Enter, or a 0 for 10")
        #expect(h.state.noticeText == "1 is chosen: press Enter to give it, or 0 for 10.")
        h.key(.enter)
        #expect(h.session?.painAfter == 1)
        #expect(h.session?.ended != nil)
        guard case .summary = h.state.screen else { Issue.record("no summary"); return }
        h.key(.enter)
        #expect(h.state.screen == .today)
        h.type("⏎")
        #expect(h.state.screen == .question(Question(.before(then: .start(item: 1)))), "a new session asks pain again")
    }

    @Test func quittingMidSessionKeepsWhatWasDoneAndEndsTheSession() {
        var h = started()
        h.type("   ")
        h.type("q")
        guard case .confirmStop = h.state.screen else { Issue.record("no confirmation"); return }
        h.type("n")
        #expect(h.phaseName == "rest")
        h.type("qy2n")
        #expect(h.records.first?.status == .partial)
        #expect(h.records.first?.stopReason == .time)
        h.type("q")
        #expect(h.state.screen == .confirmQuit)
        let effects = h.send(.key(.char("y")))
        #expect(effects.last == .quit)
        #expect(h.session?.ended == h.now.moment)
        #expect(h.records.first?.sets.map(\.reps) == [3])
    }

    @Test func aStopSignalEndsTheSessionAndLeaves() {
        var h = started(1)
        h.wait(3)
        let effects = h.send(.stopSignal(SIGHUP))
        #expect(effects.last == .quit)
        #expect(h.session?.ended != nil)
        var idle = Harness()
        #expect(idle.send(.stopSignal(SIGTERM)) == [.quit], "with no session there is nothing to write")
    }

    @Test func theMorningCheckComesFirstWhenItIsDue() {
        var h = Harness(askMorningPain: true)
        #expect(h.state.screen == .question(Question(.morning)))
        h.type("2")
        #expect(h.disk.morningPain == 2)
        #expect(h.disk.morningPainAsked == h.now.moment)
        #expect(h.state.screen == .today)

        var declined = Harness(askMorningPain: true)
        declined.type("n")
        #expect(declined.disk.morningPain == nil)
        #expect(declined.disk.morningPainAsked != nil)
        #expect(Harness(askMorningPain: false).state.screen == .today)
    }

    @Test func aSessionThatCrossesMidnightStaysInTheDayItStarted() {
        let late = Harness.morning.addingTimeInterval(16 * 3600 - 30)  // 23:59:30 local
        var h = Harness(at: late)
        h.type("⏎3⏎  ")
        h.wait(60)
        h.type(" ")
        // Every record went to the session's day (the harness checks each one), stamped with real time.
        #expect(h.records.first?.sets.first?.completed.date == LocalDate("2026-11-26"))
        #expect(h.session?.started.date == LocalDate("2026-11-25"))
        #expect(h.state.date == LocalDate("2026-11-25"))
    }

    @Test func aClockSteppedBackNeverWritesAMomentBeforeTheLast() throws {
        var h = started()
        let begun = try #require(h.session?.started)
        h.now.wall -= 3600  // an NTP step or a hand-set clock, mid-session
        h.type("   ")
        h.type("qy2n")
        h.type("e1⏎")
        // `disk` reads the file back through hep's own checks, which refuse an end before the start.
        let session = try #require(h.disk.sessions.first)
        #expect(session.ended == begun, "the last moment written, again, until the clock catches up")
        #expect(session.exercises[0].sets.allSatisfy { $0.completed.epochSeconds >= begun.epochSeconds })
        let problems = Documents.check(Documents.encode(h.disk), display: "log", expected: .log, fileDate: h.state.date).problems
        #expect(problems.isEmpty, "\(problems)")
        // Once the clock is past the last moment again, moments move on with it.
        h.now.wall += 7200
        h.type("⏎⏎3")
        #expect(h.disk.sessions.last!.started.epochSeconds > begun.epochSeconds + 3000)
    }

    @Test func changingTheWallClockDoesNotMoveATimer() {
        var h = started(1)
        h.wait(3)
        h.now.wall -= 3600  // the clock is set back an hour mid-hold
        #expect(h.wait(4.9).isEmpty)
        #expect(h.run?.reps == 0)
        h.now.wall += 7200  // and forward two
        #expect(h.wait(0.1) == [.bell])
        #expect(h.run?.reps == 1)
    }

    @Test func aFailedWriteIsShownAndNothingMoreIsWritten() {
        var h = started()
        h.send(.saveFailed(StorageError(.io, .cannotWrite("/data/log/2026-11-25.json", system: "No space left on device", previousKept: true))))
        guard case .failed = h.state.screen else { Issue.record("not told"); return }
        #expect(h.send(.stopSignal(SIGTERM)) == [.quit])
        #expect(h.send(.key(.char("q"))) == [.quit])
    }

    @Test func noProgramOffersTheExample() {
        var h = Harness(program: nil)
        #expect(h.state.screen == .offerExample)
        #expect(h.send(.key(.char("y"))) == [.installExample])
        h.send(.programInstalled(.fixture, log: DayLog(date: h.state.date)))
        #expect(h.state.screen == .today)
        #expect(h.state.due.count == 3)
        var no = Harness(program: nil)
        #expect(no.send(.key(.char("n"))) == [.quit])
    }

    @Test func theHelpPageStopsTheClockOfARunningHold() {
        var h = started(1)
        h.wait(3)
        h.wait(2)
        h.type("?")
        #expect(h.wait(60).isEmpty, "the hold does not end while the help is open")
        h.type("x")
        #expect(h.run?.countdown?.shownSeconds(at: h.now.mono) == 3)
        #expect(h.wait(3) == [.bell])
        // A timer the patient paused stays paused after the help closes.
        h.wait(3)
        h.type("p?x")
        #expect(h.run?.countdown?.isPaused == true)
    }

    @Test func keysDoNothingWhileTheWindowIsTooSmallToShowThem() {
        var h = started()
        h.send(.resize(width: 30, height: 10))
        h.type("   ")
        #expect(h.run?.reps == 0)
        #expect(h.records.isEmpty)
        h.send(.resize(width: 40, height: 12))
        h.type(" ")
        #expect(h.run?.reps == 1)
    }

    @Test func aDayBeforeTheProgramStartsHasNothingToStart() {
        var h = Harness(program: .fixture, date: LocalDate("2026-10-30")!, at: Harness.morning.addingTimeInterval(-26 * 86_400))
        #expect(h.state.due.isEmpty)
        #expect(h.send(.key(.enter)).isEmpty)
        #expect(h.state.screen == .today)
        #expect(render(h.state, now: h.now).text.contains("Your program starts on 2026-11-01. Nothing is due today."))
    }

    @Test func helpOpensOnAnyScreenAndAnyKeyClosesIt() {
        var h = started()
        h.type("?")
        #expect(h.state.showHelp)
        h.type(" ")
        #expect(!h.state.showHelp)
        #expect(h.run?.reps == 0, "the key that closes help does nothing else")
    }

    @Test func aNewVersionIsAnnounced() throws {
        let example = try Documents.loadProgram(Repo.example, display: "example")
        let h = Harness(program: example, lastSessionVersion: 1)
        #expect(h.state.programNews.map(English().news) == "New program since 2026-11-23: Quad sets once a day; Straight leg raise now 3 x 12, right; "
            + "Heel slides once a day; new: Bridges; new: Sit to stand; new: Single-leg balance; no more Ankle pumps")
        #expect(Harness(program: example, lastSessionVersion: 2).state.programNews == nil)
    }

    @Test func newDaysAndANewPainLimitAreAnnouncedAndARestAloneIsNot() throws {
        var program = try Documents.loadProgram(Repo.example, display: "example")
        var third = program.versions[1]
        (third.version, third.effective, third.note) = (3, LocalDate("2026-11-30")!, "Week 5")
        third.items[4].days = [.mon, .tue, .wed, .thu, .fri]
        third.items[4].painLimit = 3
        third.items[3].restSeconds = 45
        program.versions.append(third)
        let h = Harness(program: program, date: LocalDate("2026-11-30")!, lastSessionVersion: 2)
        #expect(h.state.programNews.map(English().news) == "New program since 2026-11-30: Sit to stand on mon-fri; Sit to stand: pain limit now 3")
        #expect(h.state.programNews.map(Spanish().news)
            == "Programa nuevo desde el 2026-11-30: Sentarse y levantarse los lun-vie; Sentarse y levantarse: límite de dolor ahora 3")
        var restOnly = program
        restOnly.versions[2].items[4] = program.versions[1].items[4]
        #expect(Harness(program: restOnly, date: LocalDate("2026-11-30")!, lastSessionVersion: 2).state.programNews.map(English().news)
            == "New program since 2026-11-30: Week 5", "a change the patient does not act on leaves the therapist's note")
    }
}


/// What the session writes is exactly what the patient did and said: each test reads the
/// day log back from disk.
@Suite struct FaithfulRecordTests {
    func started(_ item: Int = 0) -> Harness { Harness.started(item) }

    @Test func enterOnAnUntouchedScaleWritesNothing() {
        var h = Harness()
        h.type("⏎⏎")
        #expect(h.disk.sessions.isEmpty, "no pain before was given, so no session was started")
        #expect(h.state.screen == .question(Question(.before(then: .start(item: 0)))))
        #expect(h.state.noticeText == "Press a number from 0 to 10, or n if you would rather not say.")
        // The arrows choose a value; only then does Enter give it.
        h.key(.right)
        h.key(.enter)
        #expect(h.disk.sessions.first?.painBefore == 0)

        // Reps counted with Enter: one Enter past the last rep does not answer the effort.
        h.type("⏎")
        h.type("⏎⏎⏎")
        h.key(.enter)
        h.type("⏎⏎⏎")
        guard case .question(let q) = h.state.screen, case .effort = q.purpose else {
            Issue.record("not at the effort question: \(h.state.screen)")
            return
        }
        h.key(.enter)
        #expect(h.disk.sessions[0].exercises[0].effort == nil)
        #expect(h.state.screen == .question(q), "still asking")
    }

    @Test func effortIsWrittenTheMomentItIsGiven() {
        var h = started()
        h.type("   ⏎   ")
        h.type("6")
        #expect(h.disk.sessions[0].exercises[0].effort == 6, "on disk before pain during is answered")
        #expect(h.disk.sessions[0].exercises[0].painDuring == nil)
        h.type("2")
        #expect(h.disk.sessions[0].exercises[0].painDuring == 2)
        #expect(h.disk.sessions[0].exercises[0].effort == 6)
        #expect(h.state.log == h.disk)
    }

    @Test func stoppingAfterOneRepKeepsTheRepAndWhy() {
        var h = started()
        h.type(" q")
        #expect(h.disk.sessions[0].exercises.isEmpty, "asking does not write")
        h.type("y")
        let kept = h.disk.sessions[0].exercises
        #expect(kept.map(\.status) == [.partial])
        #expect(kept.first?.sets.map(\.reps) == [1], "the rep of the set under way is saved at once")
        #expect(h.state.screen == .reason(ReasonPrompt(.stop(h.stoppedRun!))))
        h.type("1")
        #expect(h.disk.sessions[0].exercises.first?.stopReason == .pain)
        guard case .question(let q) = h.state.screen, case .stopped = q.purpose else {
            Issue.record("pain now is not asked: \(h.state.screen)")
            return
        }
        h.type("7")
        let record = h.disk.sessions[0].exercises[0]
        #expect(record.painDuring == 7)
        #expect(record.status == .partial)
        #expect(h.state.screen == .painWarning(item: 0, pain: 7, limit: 5))
        #expect(h.state.log == h.disk)
    }

    @Test func stoppingDuringARestKeepsTheSetsAsTheyAre() {
        var h = started()
        h.type("   qy")
        #expect(h.state.noticeText == nil, "no set was under way, so none is said to be empty")
        h.type("2")
        #expect(h.disk.sessions[0].exercises[0].sets.map(\.reps) == [3])
        #expect(h.disk.sessions[0].exercises[0].stopReason == .time)
    }

    @Test func stoppingBeforeAnyRepRecordsASkipWithTheReason() {
        var h = started()
        h.type("qy2")
        let record = h.disk.sessions[0].exercises.first
        #expect(record?.status == .skipped)
        #expect(record?.skipReason == .time)
        #expect(record?.stopReason == .time)
        #expect(record?.sets == [])
        h.type("n")
        #expect(h.state.screen == .today)
    }

    @Test func otherTakesThePatientsOwnWords() {
        var h = started()
        h.type("  qy5")
        guard case .note = h.state.screen else { Issue.record("no note: \(h.state.screen)"); return }
        h.type("knee gave wayy")
        h.key(.backspace)
        h.send(.key(.char("\u{7}")))  // a control character is refused
        h.type("?")  // a question mark is part of the words, not the help page
        #expect(!h.state.showHelp)
        h.key(.enter)
        let record = h.disk.sessions[0].exercises[0]
        #expect(record.stopReason == .other)
        #expect(record.note == "knee gave way?")
        #expect(record.sets.map(\.reps) == [2])
        h.type("4")
        #expect(h.disk.sessions[0].exercises[0].painDuring == 4)

        // A skip for another reason, with a note as long as a note can be.
        h.type("s6")
        h.type(String(repeating: "x", count: 250))
        h.key(.enter)
        #expect(h.disk.sessions[0].exercises.last?.note?.count == NoteEntry.maxLength)
        #expect(h.disk.sessions[0].exercises.last?.skipReason == .other)
    }

    @Test func aHoldEndedEarlyWithFKeepsTheSecondsHeld() {
        var h = started(1)  // squeeze: 1 set of 2 reps, hold 5 s
        h.keyGap = 0
        h.wait(3)
        h.wait(2.6)
        h.type("f")
        let set = h.disk.sessions[0].exercises[0].sets.first
        #expect(set?.reps == 0)
        #expect(set?.heldSeconds == 2)
        #expect(h.state.noticeText == "Saved: set 1, 0 reps, held 2 seconds in all.")
        #expect(h.disk.sessions[0].exercises[0].status == .partial)
    }

    @Test func everySecondHeldIsCountedHoldsStoppedEarlyIncluded() {
        var h = started(1)
        h.keyGap = 0
        h.wait(3)
        h.wait(4)
        h.type(" ")  // stopped after 4 s: not a rep
        h.key(.enter)
        h.wait(3)
        h.wait(5)  // a whole hold: a rep
        h.wait(3)
        h.wait(5)
        let set = h.disk.sessions[0].exercises[0].sets.first
        #expect(set?.reps == 2)
        #expect(set?.heldSeconds == 14)
        #expect(h.disk.sessions[0].exercises[0].status == .done)
    }

    @Test func aTimedExerciseIsToldInTime() {
        let walk = Program.timed(seconds: 900)
        var h = Harness(program: walk)
        #expect(English().dose(h.state.due[0].item.dose) == "15 minutes")
        h.keyGap = 0
        h.type("⏎3⏎")
        h.wait(3)
        h.wait(600)
        h.type("f")
        #expect(h.state.noticeText == "Saved: set 1, 10 minutes of 15 minutes.")
        #expect(h.disk.sessions[0].exercises[0].sets.first?.heldSeconds == 600)
    }

    @Test func theKeyThatEndsASetDoesNotSkipTheRest() {
        var h = started()
        h.type("⏎⏎")
        h.keyGap = 0.05
        h.type("⏎")
        #expect(h.phaseName == "rest")
        h.type("⏎")
        #expect(h.phaseName == "rest", "the same key, pressed again at once, is not taken")
        h.type(" ")
        #expect(h.phaseName == "rest", "Space counts reps; it does not skip a rest")
        h.keyGap = 0.4
        h.type("⏎")
        #expect(h.phaseName == "counting")
        #expect(h.run?.set == 2)
    }

    @Test func aTimerThatEndsDoesNotTakeTheNextPress() {
        var h = started()
        h.type("   ")
        h.keyGap = 0.1
        h.wait(10)  // the rest ends; set 2 begins
        #expect(h.phaseName == "counting")
        h.type(" ")
        #expect(h.run?.reps == 0, "a Space meant for the rest is not counted as a rep")
        h.keyGap = 0.35
        h.type(" ")
        #expect(h.run?.reps == 1)
    }

    @Test func aSetEndedWithNothingDoneIsSaidSoAndNotSaved() {
        var h = started()
        h.type("   ")  // set 1: 3 reps
        h.type("⏎f")  // set 2 ended at 0 reps
        #expect(h.state.noticeText == "Set 2 ended with nothing done, so nothing is saved for it.")
        #expect(h.disk.sessions[0].exercises[0].sets.map(\.reps) == [3])
        h.type("+")
        #expect(h.disk.sessions[0].exercises[0].sets.map(\.reps) == [3], "set 1 is no longer the set just saved")
        guard case .question(let q) = h.state.screen, case .effort = q.purpose else { Issue.record("\(h.state.screen)"); return }
    }

    @Test func theLastSetEndedInAHoldCanStillBeCorrected() {
        var h = started(1)  // squeeze: 1 set of 2, hold 5
        h.keyGap = 0
        h.wait(3)
        h.wait(5)  // rep 1
        h.wait(3)
        h.wait(2)
        h.keyGap = 0.35
        h.type("f")  // ended mid-hold: 1 rep, 7 s held
        h.type("5")  // effort; now pain during
        h.type("+")
        #expect(h.disk.sessions[0].exercises[0].sets.map(\.reps) == [2])
        #expect(h.disk.sessions[0].exercises[0].sets.map(\.heldSeconds) == [7])
    }

    @Test func aTimedExerciseHasNoRepsToCorrect() {
        var h = Harness(program: .timed(seconds: 60))
        h.type("⏎3⏎")
        h.keyGap = 0
        h.wait(3)
        h.wait(60)
        h.keyGap = 0.35
        h.type("+")
        #expect(h.disk.sessions[0].exercises[0].sets.map(\.reps) == [1])
        #expect(!h.state.keys.contains { $0.key == "+/-" })
    }

    @Test func aStopNeedsItsReasonAndForgotIsNoneOfThem() {
        var h = started()
        h.type(" qy")
        guard case .reason(let prompt) = h.state.screen else { Issue.record("\(h.state.screen)"); return }
        #expect(!prompt.reasons.contains(.forgot))
        h.key(.escape)
        #expect(h.state.screen == .reason(prompt), "Esc does not undo a stop that was confirmed")
        h.type("5")
        h.type("⎋n")
        #expect(h.disk.sessions[0].exercises[0].stopReason == .other)
        #expect(render(h.state, now: h.now).text.contains("stopped: other"))
    }

    @Test func startingAnExerciseDoneTodayAlreadySaysItIsAnExtraTime() {
        var h = started(1)
        h.holds(2, of: 5)
        h.type("nn")
        h.key(.up)
        #expect(h.state.selection == 1)
        h.key(.enter)
        #expect(h.state.noticeText == "Done today already: this will be an extra time.")
    }

    @Test func anExerciseDoneTodayCannotBeSkippedAndNothingIsWritten() {
        var h = started(1)
        h.holds(2, of: 5)
        h.type("nn")
        h.key(.up)
        let before = h.disk
        h.type("s")
        #expect(h.state.noticeText == "Done today already: there is nothing to skip.")
        #expect(h.state.screen == .today)
        #expect(h.disk == before, "no skipped record beside the work done")
    }

    @Test func aSavedSetCanBeCorrectedUntilTheNextOneBegins() {
        var h = started()
        h.type("   ")
        h.type("+")
        #expect(h.disk.sessions[0].exercises[0].sets.map(\.reps) == [4], "beyond the prescription too")
        #expect(h.state.noticeText == "Corrected: set 1, right side, 4 reps.")
        h.type("--")
        #expect(h.disk.sessions[0].exercises[0].sets.map(\.reps) == [2])
        h.type("⏎")  // the rest skipped: set 2, nothing counted yet, still correctable
        h.key(.backspace)
        #expect(h.disk.sessions[0].exercises[0].sets.map(\.reps) == [1])
        h.type(" +")
        #expect(h.disk.sessions[0].exercises[0].sets.map(\.reps) == [1], "set 2 has begun")
        #expect(h.run?.reps == 1)
        h.type("  ")
        #expect(h.disk.sessions[0].exercises[0].status == .partial, "4 of 6 reps")
        h.type("++")  // at the effort question, the last set
        #expect(h.disk.sessions[0].exercises[0].sets.map(\.reps) == [1, 5])
        #expect(h.disk.sessions[0].exercises[0].status == .done)
        #expect(h.state.log == h.disk)
    }
}

/// The pain limit, and the day as a whole: what the list and the summary tell the patient.
@Suite struct DayTests {
    func text(_ h: Harness) -> String { render(h.state, now: h.now).text }

    @Test func theLimitIsShownBeforeTheFirstSetAndKeptAfterItIsPassed() {
        var h = Harness()
        h.key(.down)  // squeeze: its own limit is 3
        h.type("⏎2")
        #expect(text(h).contains("Stop if your pain goes above 3 out of 10."))
        h.type("⏎")
        h.holds(2, of: 5)
        h.type("6")  // effort
        h.type("4")  // pain during, above 3
        #expect(h.state.screen == .painWarning(item: 1, pain: 4, limit: 3))
        h.key(.enter)
        #expect(h.state.progress(of: 1).painOverLimit == 4)
        #expect(text(h).contains("pain 4, too high"))
        // Starting it again repeats the advice first; no is the easy answer.
        h.key(.up)
        h.key(.up)
        h.key(.down)
        #expect(h.state.selection == 1)
        h.key(.enter)
        #expect(h.state.screen == .confirmAgain(item: 1))
        #expect(text(h).contains("Earlier today your pain during it was 4, above the limit of 3 your therapist"))
        h.type("n")
        #expect(h.state.screen == .today)
        h.key(.enter)
        h.type("y")
        #expect(h.run?.item == 1, "the patient may still choose to do it")
        #expect(h.state.log == h.disk)
    }

    @Test func theListSaysTimesDoneAndFewerRepsInWords() {
        var h = Harness()
        h.type("⏎3⏎")
        h.type(" f")  // 1 of 3 reps, set ended early
        h.type("⏎")   // skip the rest
        h.type("   ")
        h.type("nn")
        let list = text(h)
        #expect(list.contains("1 of 2 today"))
        #expect(list.contains("fewer reps"))
        #expect(!list.contains("partial"))
    }

    @Test func theSummaryIsAboutTheDayWithoutFilePaths() {
        var h = Harness()
        h.type("⏎3⏎   ⏎   ")
        h.type("42")
        h.type("s2")  // skip squeeze: no time
        h.type("e1⏎")
        #expect(h.state.screen == .summary)
        let summary = text(h)
        #expect(summary.contains("Today so far"))
        #expect(summary.contains("Raise                     1 of 2 today, 6 of 12 reps"))
        #expect(summary.contains("Squeeze                   skipped"))
        #expect(summary.contains("Still due: Raise, Balance"))
        #expect(summary.contains("Pain out of 10: 3 before and 1 after the session at 08:00."))
        #expect(summary.contains("You worked on 1 of 3 exercises today. Every one counts."))
        #expect(!summary.contains("/data"), "no file path on a patient's screen")
        h.type("q")
        #expect(h.state.screen == .confirmQuit, "q asks before leaving")
    }

    @Test func aRunOfCompleteDaysIsCountedFromTheLogs() throws {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("hep-run-XXXXXX").utf8CString)
        let data = DataFolder(path: template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) })
        defer { try? FileManager.default.removeItem(atPath: data.path) }
        try Folders.ensure(data.logFolder)
        let today = LocalDate("2026-11-25")!
        let at = Moment("2026-11-20T08:00:00+01:00")!
        func write(_ day: LocalDate, complete: Bool) throws {
            var records = Program.fixture.versions[0].items.flatMap { item in
                Array(repeating: ExerciseRecord(item: item.id, status: .done), count: item.timesPerDay)
            }
            if !complete { records[0].status = .partial }
            let log = DayLog(date: day, sessions: [Session(id: "s-1", started: Moment(at.description.replacingOccurrences(
                of: "2026-11-20", with: day.description))!, programVersion: 1, exercises: records)])
            try AtomicFile.write(Documents.encode(log), to: data.logPath(day), display: "log")
        }
        try write(today.adding(days: -1), complete: true)
        try write(today.adding(days: -2), complete: true)
        try write(today.adding(days: -3), complete: false)
        try write(today.adding(days: -4), complete: true)
        #expect(AppState.daysAllDone(before: today, program: .fixture, folder: data) == 2)
        try FileManager.default.removeItem(atPath: data.logPath(today.adding(days: -1)))
        #expect(AppState.daysAllDone(before: today, program: .fixture, folder: data) == 0, "a day with nothing recorded ends the run")
    }
}

@Suite struct CountdownTests {
    @Test func theTimeLeftComesFromTheDeadline() {
        var c = Countdown(seconds: 60, from: 10)
        #expect(c.remaining(at: 10) == 60)
        #expect(c.shownSeconds(at: 10.001) == 60)
        #expect(c.shownSeconds(at: 11) == 59)
        #expect(!c.isOver(at: 69.999))
        #expect(c.isOver(at: 70))
        c.pause(at: 20)
        #expect(!c.isOver(at: 500))
        #expect(c.nextChange(at: 500) == nil)
        c.resume(at: 30)
        #expect(c.deadline == 80)
        #expect(c.nextChange(at: 79.5) == 0.5)
        #expect(c.nextChange(at: 75) == 1)
    }
}

extension Harness {
    var stoppedRun: ExerciseRun? {
        if case let .reason(prompt) = state.screen, case let .stop(run) = prompt.purpose { return run }
        return nil
    }

    var runFromQuestion: ExerciseRun? {
        if case let .question(q) = state.screen, case let .effort(run) = q.purpose { return run }
        return nil
    }
}
