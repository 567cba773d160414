import HEPCore

extension AppState {
    /// Why the patient skips an exercise, or stops it part-way. The reason is written as
    /// soon as it is chosen; "other" then asks for the patient's own words.
    mutating func pressReason(_ current: ReasonPrompt, key: Key, now: Now) -> [Effect] {
        var prompt = current
        let reasons = prompt.reasons
        switch key {
        case let .char(c) where c.isASCII && c.isNumber:
            guard let n = Int(String(c)), (1...reasons.count).contains(n) else { return [] }
            return chose(reasons[n - 1], for: prompt)
        case .up, .char("k"):
            prompt.choice = max(0, prompt.choice - 1)
        case .down, .char("j"):
            prompt.choice = min(reasons.count - 1, prompt.choice + 1)
        case .enter:
            return chose(reasons[prompt.choice], for: prompt)
        case .escape:
            // Back from a skip; a stop was confirmed already and needs its reason.
            if case .skip = prompt.purpose { screen = .today }
            return []
        default:
            return []
        }
        screen = .reason(prompt)
        return []
    }

    private mutating func chose(_ reason: SkipReason, for prompt: ReasonPrompt) -> [Effect] {
        switch prompt.purpose {
        case let .skip(item):
            guard let id = sessionID else { return [] }
            let index = session?.exercises.count ?? 0
            let effect = record(.appendRecord(session: id, ExerciseRecord(item: due[item].item.id, status: .skipped, skipReason: reason)))
            if reason == .other {
                screen = .note(NoteEntry(item: item, record: index, then: .today))
            } else {
                backToToday(after: item)
            }
            return [effect]
        case let .stop(run):
            return afterStop(run, reason: reason)
        }
    }

    /// Writes why the patient stopped: a partial record keeps what was done with the reason;
    /// when nothing was done the exercise is recorded as skipped for that reason. Then the
    /// patient's words for "other", then pain now.
    private mutating func afterStop(_ current: ExerciseRun, reason: SkipReason) -> [Effect] {
        var run = current
        var effects: [Effect] = []
        if run.record != nil {
            effects = changeRecord(of: run) { r in
                r.status = .partial
                r.stopReason = reason
            }
        } else if let id = sessionID {
            run.record = session?.exercises.count ?? 0
            effects = [record(.appendRecord(session: id, ExerciseRecord(item: due[run.item].item.id, status: .skipped,
                                                                       skipReason: reason, stopReason: reason)))]
        }
        if reason == .other, let index = run.record {
            screen = .note(NoteEntry(item: run.item, record: index, then: .painNow(run)))
        } else if run.record != nil {
            screen = .question(Question(.stopped(run)))
        } else {
            backToToday(after: run.item)
        }
        return effects
    }

    /// A short line of the patient's own words: letters in, Backspace out, Enter keeps it,
    /// Esc leaves it unsaid. Control characters are refused and the length is capped.
    mutating func pressNote(_ current: NoteEntry, key: Key, now: Now) -> [Effect] {
        var entry = current
        switch key {
        case let .char(c):
            guard !c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return [] }
            guard entry.text.count < NoteEntry.maxLength else {
                notice = .noteFull
                return []
            }
            entry.text.append(c)
        case .backspace:
            if !entry.text.isEmpty { entry.text.removeLast() }
        case .enter:
            let words = entry.text.trimmingCharacters(in: .whitespaces)
            let effects = words.isEmpty ? [] : changeRecord(entry.record) { $0.note = words }
            after(entry)
            return effects
        case .escape:
            after(entry)
            return []
        default:
            return []
        }
        screen = .note(entry)
        return []
    }

    private mutating func after(_ entry: NoteEntry) {
        switch entry.then {
        case let .painNow(run): screen = .question(Question(.stopped(run)))
        case .today: backToToday(after: entry.item)
        }
    }
}
