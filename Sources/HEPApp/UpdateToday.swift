import HEPCore

extension AppState {
    mutating func pressToday(_ key: Key, now: Now) -> [Effect] {
        switch key {
        case .up, .char("k"):
            selection = max(0, selection - 1)
        case .down, .char("j"):
            selection = min(max(due.count - 1, 0), selection + 1)
        case .enter where !due.isEmpty:
            // Stopped today for pain over the limit: the therapist's advice comes first.
            let done = progress(of: selection)
            if done.painOverLimit != nil {
                screen = .confirmAgain(item: selection)
                return []
            }
            let effects = begin(.start(item: selection))
            if done.mark == .done { notice = .extraTime }
            return effects
        case .char("s") where !due.isEmpty:
            // A skip says why something was not done; of work done it would say nothing true.
            if progress(of: selection).mark == .done {
                notice = .alreadyDone
                return []
            }
            return begin(.skip(item: selection))
        case .char("e"):
            if sessionID == nil {
                notice = .noSessionOpen
            } else {
                screen = .question(Question(.after))
            }
        case .char("q"):
            screen = .confirmQuit
        default:
            break
        }
        return []
    }

    mutating func pressConfirmAgain(item: Int, key: Key) -> [Effect] {
        switch key {
        case _ where isYes(key): return begin(.start(item: item))
        case .char("n"), .escape: screen = .today
        default: break
        }
        return []
    }

    /// Starting or skipping needs an open session; the first one of a run asks "pain now".
    private mutating func begin(_ action: Question.Action) -> [Effect] {
        guard sessionID != nil else {
            screen = .question(Question(.before(then: action)))
            return []
        }
        perform(action)
        return []
    }

    mutating func perform(_ action: Question.Action) {
        switch action {
        case let .start(item): screen = .exercise(ExerciseRun(item: item))
        case let .skip(item): screen = .reason(ReasonPrompt(.skip(item: item)))
        }
    }

    /// Opens a session with the pain the patient gave before it.
    mutating func startSession(painBefore: Int?, now: Now) -> Effect {
        let moment = stamp(now)
        let base = "s-" + String(moment.description.dropFirst(11).prefix(8).filter { $0 != ":" })
        var id = base
        var n = 2
        while log.sessions.contains(where: { $0.id == id }) {
            id = "\(base)-\(n)"
            n += 1
        }
        sessionID = id
        return record(.startSession(Session(id: id, started: moment, programVersion: version?.version ?? 1, painBefore: painBefore)))
    }
}
