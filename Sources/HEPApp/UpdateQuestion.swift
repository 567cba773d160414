import HEPCore

extension AppState {
    /// A digit answers at once, but 1, which waits for Enter or a 0 (10), as typed; the
    /// arrows move along the scale and Enter gives what they chose; `n` is "rather not
    /// say", kept as null, never 0. Until the patient chooses, Enter only says how to answer.
    mutating func answer(_ question: Question, key: Key, now: Now) -> [Effect] {
        var q = question
        switch key {
        case .char("0") where q.typedOne:
            return answered(q, 10, now: now)
        case .char("1"):
            q.value = 1
            q.typedOne = true
            notice = .oneChosen
        case let .char(c) where c.isASCII && c.isNumber:
            return answered(q, Int(String(c)), now: now)
        case .left, .down, .char("h"):
            q.value = max(0, (q.value ?? 1) - 1)
            q.typedOne = false
        case .right, .up, .char("l"):
            q.value = min(10, (q.value ?? -1) + 1)
            q.typedOne = false
        case .enter:
            guard let value = q.value else {
                notice = .pressANumber
                return []
            }
            return answered(q, value, now: now)
        case .char("n"):
            return answered(q, nil, now: now)
        case .escape:
            // Back, where there is a step to go back to; else the question is left unanswered.
            if case .before = q.purpose {
                screen = .today
                return []
            }
            return answered(q, nil, now: now)
        case .char("+"), .char("-"):
            if case let .effort(run) = q.purpose { return correct(run, by: key == .char("+") ? 1 : -1) }
            if case let .during(run) = q.purpose { return correct(run, by: key == .char("+") ? 1 : -1) }
            return []
        default:
            return []
        }
        screen = .question(q)
        return []
    }

    /// Each answer is written on its own, as soon as it is given.
    private mutating func answered(_ q: Question, _ value: Int?, now: Now) -> [Effect] {
        switch q.purpose {
        case .morning:
            screen = .today
            return [record(.morningPain(value, asked: stamp(now)))]
        case let .before(action):
            let effect = startSession(painBefore: value, now: now)
            perform(action)
            return [effect]
        case .after:
            guard let id = sessionID else {
                screen = .today
                return []
            }
            let effects = [record(.painAfter(session: id, value)), record(.endSession(session: id, ended: stamp(now)))]
            sessionID = nil
            screen = .summary
            return effects
        case let .effort(run):
            screen = .question(Question(.during(run)))
            return changeRecord(of: run) { $0.effort = value }
        case let .during(run), let .stopped(run):
            let effects = changeRecord(of: run) { $0.painDuring = value }
            let item = due[run.item].item
            if let pain = value, let limit = program?.painLimit(for: item), pain > limit {
                screen = .painWarning(item: run.item, pain: pain, limit: limit)
            } else {
                backToToday(after: run.item)
            }
            return effects
        }
    }

    /// Rewrites the record of `run` in the open session with `change` made to it.
    mutating func changeRecord(of run: ExerciseRun, _ change: (inout ExerciseRecord) -> Void) -> [Effect] {
        changeRecord(run.record, change)
    }

    mutating func changeRecord(_ index: Int?, _ change: (inout ExerciseRecord) -> Void) -> [Effect] {
        guard let id = sessionID, let index, var changed = session?.exercises[index] else { return [] }
        change(&changed)
        return [record(.updateRecord(session: id, record: index, to: changed))]
    }
}
