import HEPCore

extension AppState {
    /// Digits answer at once, arrows move the bar and Enter answers it (the only way to
    /// 10), `n` is "rather not say" and is kept as null, never as 0.
    mutating func answer(_ question: Question, key: Key, now: Now) -> [Effect] {
        var q = question
        switch key {
        case let .char(c) where c.isASCII && c.isNumber:
            return answered(q, Int(String(c)), now: now)
        case .left, .down, .char("h"):
            q.value = max(0, q.value - 1)
        case .right, .up, .char("l"):
            q.value = min(10, q.value + 1)
        case .enter:
            return answered(q, q.value, now: now)
        case .char("n"):
            return answered(q, nil, now: now)
        case .escape:
            if case .before = q.purpose { screen = .today }
            return []
        default:
            return []
        }
        screen = .question(q)
        return []
    }

    private mutating func answered(_ q: Question, _ value: Int?, now: Now) -> [Effect] {
        switch q.purpose {
        case .morning:
            screen = .today
            return [record(.morningPain(value, asked: now.moment))]
        case let .before(action):
            let effect = startSession(painBefore: value, now: now)
            perform(action)
            return [effect]
        case .after:
            guard let id = sessionID else {
                screen = .today
                return []
            }
            let effects = [record(.painAfter(session: id, value)), record(.endSession(session: id, ended: now.moment))]
            sessionID = nil
            screen = .summary(id)
            return effects
        case let .effort(run):
            screen = .question(Question(.during(run, effort: value)))
            return []
        case let .during(run, effort):
            return finishRecord(run, painDuring: value, effort: effort)
        }
    }

    /// Closes an exercise's record with its status and answers; pain above the item's
    /// limit is said plainly, and the record keeps it.
    private mutating func finishRecord(_ run: ExerciseRun, painDuring: Int?, effort: Int?) -> [Effect] {
        guard let id = sessionID, let index = run.record, let program else {
            backToToday(after: run.item)
            return []
        }
        let item = due[run.item].item
        let saved = session?.exercises[index].sets.reduce(0) { $0 + $1.reps } ?? 0
        let status: RecordStatus = saved >= item.dose.prescribedReps ? .done : .partial
        let effect = record(.finishRecord(session: id, record: index, status: status, painDuring: painDuring, effort: effort))
        let limit = program.painLimit(for: item)
        if let pain = painDuring, pain > limit {
            screen = .painWarning(item: run.item, pain: pain, limit: limit)
        } else {
            backToToday(after: run.item)
        }
        return [effect]
    }
}
