import HEPCore

extension AppState {
    /// The whole behaviour of the session screen: the next state for an event, and the
    /// writes, bells and exit it calls for. Pure: time comes in as `now`.
    public mutating func update(_ event: Event, now: Now) -> [Effect] {
        switch event {
        case let .resize(width, height):
            self.width = width
            self.height = height
            return []
        case .stopSignal:
            return leave(now: now)
        case let .saveFailed(message):
            // Whatever the last step said it saved did not reach the disk.
            screen = .failed(message)
            notice = nil
            return []
        case let .programInstalled(program, log):
            self.log = log
            lastWritten = AppState.latestMoment(in: log)
            adopt(program, lastSessionVersion: nil)
            screen = .today
            return []
        case .tick where needsNewDay(now), .key where needsNewDay(now):
            // Past midnight with no session open: today's screen becomes the new day's. What
            // the patient pressed was meant for the old day's screen, so it is not applied.
            return [.startDay(now.moment.date)]
        case .tick:
            let before = stage
            let effects = tick(now: now)
            if stage != before { keyGuard = KeyGuard(keys: [.char(" "), .enter], until: now.mono + KeyGuard.seconds) }
            return effects
        case let .key(key):
            if let keyGuard, keyGuard.blocks(key, at: now.mono) { return [] }
            // The help page stops the clock of a running timer, and starts it again when it closes.
            if showHelp {
                showHelp = false
                holdTimer(paused: false, now: now)
                return []
            }
            if key == .char("?"), !isTyping {
                showHelp = true
                holdTimer(paused: true, now: now)
                return []
            }
            notice = nil
            let before = stage
            let effects = press(key, now: now)
            if stage != before { keyGuard = KeyGuard(keys: [key], until: now.mono + KeyGuard.seconds) }
            return effects
        }
    }

    /// Whether keys are letters being typed (a note), not commands.
    var isTyping: Bool {
        if case .note = screen { return true }
        return false
    }

    private mutating func press(_ key: Key, now: Now) -> [Effect] {
        switch screen {
        case .offerExample:
            switch key {
            case _ where isYes(key): return [.installExample]
            case .char("n"), .char("q"), .escape: return [.quit]
            default: return []
            }
        case .today: return pressToday(key, now: now)
        case let .question(q): return answer(q, key: key, now: now)
        case let .exercise(run): return pressExercise(run, key: key, now: now)
        case let .reason(prompt): return pressReason(prompt, key: key, now: now)
        case let .note(entry): return pressNote(entry, key: key, now: now)
        case let .painWarning(item, _, _):
            if key == .enter || key == .escape { backToToday(after: item) }
            return []
        case let .confirmStop(run):
            return pressConfirmStop(run, key: key, now: now)
        case let .confirmAgain(item):
            return pressConfirmAgain(item: item, key: key)
        case .confirmQuit:
            switch key {
            case _ where isYes(key), .char("q"): return leave(now: now)
            case .char("n"), .escape: screen = .today
            default: break
            }
            return []
        case .summary:
            switch key {
            case .enter, .escape: screen = .today
            case .char("q"): screen = .confirmQuit
            default: break
            }
            return []
        case .failed:
            return key == .char("q") || key == .enter ? [.quit] : []
        }
    }

    /// Leaves hep: an open session is closed with `ended` set; what it recorded stays.
    mutating func leave(now: Now) -> [Effect] {
        // After a failed write, nothing more is attempted: the patient was told what is saved.
        if case .failed = screen { return [.quit] }
        guard let id = sessionID else { return [.quit] }
        sessionID = nil
        return [record(.endSession(session: id, ended: stamp(now))), .quit]
    }

    private mutating func tick(now: Now) -> [Effect] {
        guard case var .exercise(run) = screen, let countdown = run.countdown, countdown.isOver(at: now.mono) else { return [] }
        var effects: [Effect] = quiet ? [] : [.bell]
        switch run.phase {
        case .getReady:
            run.phase = .hold(Countdown(seconds: Double(due[run.item].item.holdSeconds), from: now.mono))
            effects = []
        case let .hold(c):
            // The hold was completed: the rep counts itself.
            run.reps += 1
            run.held += c.duration
            run.phase = .getReady(Countdown(seconds: ExerciseRun.getReadySeconds, from: now.mono))
            if run.reps >= due[run.item].item.reps { return effects + finishSet(run, now: now) }
        case .rest:
            run.phase = firstPhase(for: run, now: now)
        default:
            return []
        }
        screen = .exercise(run)
        return effects
    }

    /// Pauses or resumes the timer of the exercise under way, if one is running.
    private mutating func holdTimer(paused: Bool, now: Now) {
        guard case var .exercise(run) = screen, var c = run.countdown else { return }
        if paused && !c.isPaused {
            c.pause(at: now.mono)
            helpPaused = true
        } else if !paused && helpPaused {
            c.resume(at: now.mono)
            helpPaused = false
        }
        run.setCountdown(c)
        screen = .exercise(run)
    }

    /// Returns to the list, on the next item that still has work due.
    mutating func backToToday(after item: Int) {
        screen = .today
        selection = nextOpenItem(after: item)
    }

    /// Seconds until the screen next needs redrawing without a key: the next shown second
    /// of a timer, or its end. Nil when nothing runs.
    public func nextChange(now: Double) -> Double? {
        guard case let .exercise(run) = screen else { return nil }
        return run.countdown?.nextChange(at: now)
    }
}
