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
        case (.intro, .enter), (.intro, .char(" ")):
            run.phase = firstPhase(for: run, now: now)
        case (.intro, .char("s")):
            screen = .skipReason(item: run.item, choice: 0)
            return []
        case (.intro, .escape), (.intro, .char("q")):
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
        case (.counting, .enter), (.counting, .char(" ")):
            run.reps += 1
            if run.reps >= item.reps { return finishSet(run, now: now) }
        case (.counting, .backspace):
            run.reps = max(0, run.reps - 1)
        case (.ready, .enter), (.ready, .char(" ")), (.switchSide, .enter), (.switchSide, .char(" ")),
             (.rest, .enter), (.rest, .char(" ")), (.rest, .char("s")):
            run.phase = firstPhase(for: run, now: now)
        case (.getReady, .char(" ")), (.hold, .char(" ")), (.getReady, .enter), (.hold, .enter):
            // Stopped before the hold was over: this rep does not count.
            run.phase = .ready
        case (.counting, .char("f")), (.ready, .char("f")), (.getReady, .char("f")), (.hold, .char("f")):
            return finishSet(run, now: now)
        default:
            return []
        }
        screen = .exercise(run)
        return []
    }

    /// Saves the set just done (if any rep was) and moves on: to the other side, a rest,
    /// the next set, or the questions after the exercise.
    mutating func finishSet(_ current: ExerciseRun, now: Now) -> [Effect] {
        var run = current
        var effects: [Effect] = []
        let item = due[run.item].item
        let sides = ExerciseRun.sides(item.side)
        if run.reps > 0, let id = sessionID {
            let set = SetRecord(side: sides[run.sideIndex], reps: run.reps, completed: now.moment)
            if let index = run.record {
                effects.append(record(.appendSet(session: id, record: index, set)))
            } else {
                effects.append(record(.appendRecord(session: id, ExerciseRecord(item: item.id, status: .partial, sets: [set]))))
                run.record = (session?.exercises.count ?? 1) - 1
            }
            let side = set.side == .none ? "" : ", \(set.side.rawValue) side"
            notice = "Saved: set \(run.set)\(side), \(run.reps) rep\(run.reps == 1 ? "" : "s")."
        }
        run.reps = 0
        if run.sideIndex + 1 < sides.count {
            run.sideIndex += 1
            run.phase = .switchSide
        } else if run.set < item.sets {
            run.set += 1
            run.sideIndex = 0
            run.phase = item.restSeconds > 0 ? .rest(Countdown(seconds: Double(item.restSeconds), from: now.mono))
                                             : firstPhase(for: run, now: now)
        } else {
            finishExercise(run)
            return effects
        }
        screen = .exercise(run)
        return effects
    }

    /// After the last set, or when the patient stops: the questions, if anything was saved.
    mutating func finishExercise(_ run: ExerciseRun) {
        if run.record == nil {
            // Nothing was saved: the list stays on this exercise.
            screen = .today
            selection = run.item
        } else {
            screen = .question(Question(.effort(run)))
        }
    }

    mutating func pressConfirmStop(_ current: ExerciseRun, key: Key, now: Now) -> [Effect] {
        var run = current
        switch key {
        case .char("y"):
            finishExercise(run)
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
