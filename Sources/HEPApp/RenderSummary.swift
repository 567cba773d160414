import HEPCore

extension Painter {
    /// The whole day so far, after a session ends: each exercise's times and reps against
    /// the prescription, what is still due, the pain answers, and one sentence drawn from
    /// those facts.
    mutating func summary() {
        canvas.center("Today so far", y: 3, style: .good)
        let items = state.due.indices.map { (index: $0, progress: state.progress(of: $0)) }
        var rows: [(String, Style)] = []
        let nameWidth = min(24, width / 3)
        for (index, p) in items {
            var line = TextWidth.pad(TextWidth.fit(exerciseName(index), nameWidth, ellipsis: g.ellipsis), nameWidth) + "  "
            let item = state.due[index].item
            if p.performed == 0 && p.skipped > 0 {
                line += "skipped"
            } else if item.dose.isTimed {
                let due = item.dose.prescribedReps * item.holdSeconds * p.timesDue
                line += "\(p.timesWords), \(durationWords(p.held)) of \(durationWords(due))"
            } else {
                line += "\(p.timesWords), \(p.reps) of \(p.prescribedReps) reps"
            }
            if let pain = p.painOverLimit { line += ", pain \(pain)" }
            rows.append((line, p.mark == .done ? .good : .normal))
        }
        let stillDue = items.filter { !$0.progress.finished }.map { exerciseName($0.index) }
        var after: [(String, Style)] = [(stillDue.isEmpty ? "Nothing more is due today." : "Still due: " + stillDue.joined(separator: ", "), .accent)]
        if let pain = painWords() { after.append((pain, .normal)) }

        // The sentence, what is still due and the pain always show; the list of exercises
        // gives way in a small window, and says how many it leaves out.
        let sentence = encouragement(items.map(\.progress))
        let sentenceRows = TextWidth.wrap(sentence, width - 3).count
        let room = body.upperBound - 5 - sentenceRows - after.count - 1
        if rows.count > room {
            let shown = max(0, room - 1)
            rows = shown == 0 ? [] : Array(rows.prefix(shown)) + [("and \(rows.count - shown) more", .dim)]
        }
        var y = 5
        for (line, style) in rows + after where y < body.upperBound {
            canvas.put(" " + TextWidth.fit(line, width - 3, ellipsis: g.ellipsis), x: 1, y: y, style: style)
            y += 1
        }
        paragraph(sentence, y: min(y + 1, body.upperBound - sentenceRows), indent: 2, style: .title)
    }

    /// The day's pain answers: since waking, and before and after each session.
    private func painWords() -> String? {
        var parts: [String] = []
        if let morning = state.log.morningPain { parts.append("\(morning) since you woke up") }
        for session in state.log.sessions {
            let answers = [session.painBefore.map { "\($0) before" }, session.painAfter.map { "\($0) after" }].compactMap { $0 }
            if answers.isEmpty { continue }
            parts.append(answers.joined(separator: " and ") + " the session at \(session.started.clockTime)")
        }
        return parts.isEmpty ? nil : "Pain out of 10: " + parts.joined(separator: "; ") + "."
    }

    private func encouragement(_ items: [ItemProgress]) -> String {
        let worked = items.filter { $0.performed > 0 }.count
        if !items.isEmpty && items.allSatisfy({ $0.completed >= $0.timesDue }) {
            let days = state.daysAllDoneBefore + 1
            return days > 1 ? "Everything due today is done: \(days) days in a row now." : "Everything due today is done. Well done."
        }
        if items.contains(where: { $0.painOverLimit != nil }) {
            return "Stopping when it hurts is the right thing; your therapist will see why."
        }
        if worked > 0 { return "You worked on \(worked) of \(items.count) exercises today. Every one counts." }
        return "Nothing is done yet today. Even a short session helps."
    }
}
