import HEPCore

extension AppState {
    func firstPhase(for run: ExerciseRun, now: Now) -> ExerciseRun.Phase {
        due[run.item].item.holdSeconds > 0
            ? .getReady(Countdown(seconds: ExerciseRun.getReadySeconds, from: now.mono))
            : .counting
    }

    mutating func pressExercise(_ current: ExerciseRun, key: Key, now: Now) -> [Effect] {
        var run = current
        let item = due[run.item].item
        switch (run.phase, key) {
        case (.intro, .enter):
            run.phase = firstPhase(for: run, now: now)
        case (.intro, .char("s")):
            screen = .reason(ReasonPrompt(.skip(item: run.item)))
            return []
        case (.intro, .escape), (.intro, .char("q")):
            // Nothing of it is done yet: back to the list, nothing to ask.
            screen = .today
            return []
        case (.intro, .down), (.intro, .char("j")):
            run.scroll += 1
        case (.intro, .up), (.intro, .char("k")):
            run.scroll = max(0, run.scroll - 1)
        case (_, .escape), (_, .char("q")):
            if var c = run.countdown {
                c.pause(at: now.mono)
                run.setCountdown(c)
            }
            screen = .confirmStop(run)
            return []
        case (_, .char("p")):
            guard var c = run.countdown else { return [] }
            if c.isPaused { c.resume(at: now.mono) } else { c.pause(at: now.mono) }
            run.setCountdown(c)
        case (_, .char("+")), (_, .char("-")):
            return correct(run, by: key == .char("+") ? 1 : -1)
        case (.counting, .backspace) where run.reps == 0:
            return correct(run, by: -1)
        case (.counting, .char(" ")), (.counting, .enter):
            run.reps += 1
            if run.reps >= item.reps { return finishSet(run, now: now) }
        case (.counting, .backspace):
            run.reps -= 1
        case (.ready, .enter), (.switchSide, .enter), (.rest, .enter):
            run.phase = firstPhase(for: run, now: now)
        case (.getReady, .char(" ")), (.getReady, .enter):
            run.phase = .ready
        case let (.hold(c), .char(" ")), let (.hold(c), .enter):
            // Stopped before the hold was over: the rep does not count, the seconds do.
            run.held += c.duration - c.remaining(at: now.mono)
            run.phase = .ready
        case (.counting, .char("f")), (.ready, .char("f")), (.getReady, .char("f")), (.hold, .char("f")):
            return finishSet(run, now: now)
        default:
            return []
        }
        screen = .exercise(run)
        return []
    }

    /// Saves the set under way (when a rep was counted or a second held) and moves on: to
    /// the other side, a rest, the next set, or the questions after the exercise.
    mutating func finishSet(_ current: ExerciseRun, now: Now) -> [Effect] {
        var run = current
        let effects = saveSet(&run, now: now)
        let item = due[run.item].item
        if run.sideIndex + 1 < ExerciseRun.sides(item.side).count {
            run.sideIndex += 1
            run.phase = .switchSide
        } else if run.set < item.sets {
            run.set += 1
            run.sideIndex = 0
            run.phase = item.restSeconds > 0 ? .rest(Countdown(seconds: Double(item.restSeconds), from: now.mono))
                                             : firstPhase(for: run, now: now)
        } else {
            // The exercise is over: nothing is under way (the last set may still be corrected).
            run.phase = .ready
            screen = run.record == nil ? .today : .question(Question(.effort(run)))
            return effects
        }
        screen = .exercise(run)
        return effects
    }

    /// Writes the set under way, if it was begun, into the exercise's record (which its
    /// first set creates), and says so.
    mutating func saveSet(_ run: inout ExerciseRun, now: Now) -> [Effect] {
        let item = due[run.item].item
        let held = Int(run.heldSoFar(at: now.mono).rounded(.down))
        defer { run.reps = 0; run.held = 0 }
        guard run.reps > 0 || held > 0, let id = sessionID else {
            // Nothing to keep; the set before it is no longer "the set just saved".
            notice = .nothingSaved(set: run.set)
            run.lastSaved = nil
            return []
        }
        let set = SetRecord(side: ExerciseRun.sides(item.side)[run.sideIndex], reps: run.reps,
                            heldSeconds: item.holdSeconds > 0 ? held : nil, completed: stamp(now))
        let effect: Effect
        if let index = run.record, var changed = session?.exercises[index] {
            changed.sets.append(set)
            changed.status = status(of: changed.sets, for: item)
            effect = record(.updateRecord(session: id, record: index, to: changed))
            run.lastSaved = changed.sets.count - 1
        } else {
            run.record = session?.exercises.count ?? 0
            effect = record(.appendRecord(session: id, ExerciseRecord(item: item.id, status: status(of: [set], for: item), sets: [set])))
            run.lastSaved = 0
        }
        run.lastSavedSet = run.set
        notice = .saved(set, set: run.set, item: run.item)
        return [effect]
    }

    /// Whether the set just saved can still be corrected: the next has not begun. A timed
    /// exercise is told in time; its one rep is not the patient's to count.
    func canCorrect(_ run: ExerciseRun) -> Bool {
        run.lastSaved != nil && !run.setBegun && !due[run.item].item.dose.isTimed
    }

    /// `done` once the sets hold every prescribed rep, else `partial`.
    func status(of sets: [SetRecord], for item: ProgramItem) -> RecordStatus {
        sets.repsDone >= item.dose.prescribedReps ? .done : .partial
    }

    /// Adds or takes away a rep of the set last saved, which is rewritten; only until the
    /// next set has begun.
    mutating func correct(_ run: ExerciseRun, by change: Int) -> [Effect] {
        let item = due[run.item].item
        guard canCorrect(run), let id = sessionID, let index = run.record, let setIndex = run.lastSaved,
              var changed = session?.exercises[index] else { return [] }
        let reps = changed.sets[setIndex].reps + change
        guard (0...200).contains(reps) else { return [] }
        changed.sets[setIndex].reps = reps
        if changed.status != .skipped && changed.stopReason == nil { changed.status = status(of: changed.sets, for: item) }
        notice = .corrected(changed.sets[setIndex], set: run.lastSavedSet, item: run.item)
        return [record(.updateRecord(session: id, record: index, to: changed))]
    }

    mutating func pressConfirmStop(_ current: ExerciseRun, key: Key, now: Now) -> [Effect] {
        var run = current
        switch key {
        case _ where isYes(key):
            // What was done of the set under way is kept, then the patient says why.
            let effects = run.setBegun ? saveSet(&run, now: now) : []
            screen = .reason(ReasonPrompt(.stop(run)))
            return effects
        case .char("n"), .escape:
            if var c = run.countdown {
                c.resume(at: now.mono)
                run.setCountdown(c)
            }
            screen = .exercise(run)
        default:
            break
        }
        return []
    }
}
