import HEPCore

extension Painter {
    /// The whole day so far, after a session ends: each exercise's times and reps against
    /// the prescription, what is still due, the pain answers, and one sentence drawn from
    /// those facts.
    mutating func summary() {
        canvas.center(words.todaySoFar, y: 3, style: .good)
        let items = Array(zip(state.due.indices, state.allProgress)).map { (index: $0.0, progress: $0.1) }
        var rows: [(String, Style)] = []
        let nameWidth = min(24, width / 3)
        for (index, p) in items {
            var line = TextWidth.pad(TextWidth.fit(exerciseName(index), nameWidth, ellipsis: g.ellipsis), nameWidth) + "  "
            let item = state.due[index].item
            let times = words.times(performed: p.performed, due: p.timesDue)
            if p.performed == 0 && p.skipped > 0 {
                line += words.skipped
            } else if item.dose.isTimed {
                line += words.held(times, held: p.held, of: item.dose.prescribedReps * item.holdSeconds * p.timesDue)
            } else {
                line += words.reps(times, reps: p.reps, of: p.prescribedReps)
            }
            if let pain = p.painOverLimit { line += words.painSuffix(pain) }
            rows.append((line, p.mark == .done ? .good : .normal))
        }
        let stillDue = items.filter { !$0.progress.finished }.map { exerciseName($0.index) }
        var after: [(String, Style)] = [(stillDue.isEmpty ? words.nothingMoreDue : words.stillDue(stillDue), .accent)]
        let sessions = state.log.sessions.map { (time: $0.started.clockTime, before: $0.painBefore, after: $0.painAfter) }
        if let pain = words.painOfTheDay(morning: state.log.morningPain, sessions: sessions) { after.append((pain, .normal)) }

        // The sentence, what is still due and the pain always show; the list of exercises
        // gives way in a small window, and says how many it leaves out.
        let sentence = words.encouragement(cheer(items.map(\.progress)))
        let sentenceRows = TextWidth.wrap(sentence, width - 3).count
        let room = body.upperBound - 5 - sentenceRows - after.count - 1
        if rows.count > room {
            let shown = max(0, room - 1)
            rows = shown == 0 ? [] : Array(rows.prefix(shown)) + [(words.andMore(rows.count - shown), .dim)]
        }
        var y = 5
        for (line, style) in rows + after where y < body.upperBound {
            canvas.put(" " + TextWidth.fit(line, width - 3, ellipsis: g.ellipsis), x: 1, y: y, style: style)
            y += 1
        }
        paragraph(sentence, y: min(y + 1, body.upperBound - sentenceRows), indent: 2, style: .title)
    }

    private func cheer(_ items: [ItemProgress]) -> Cheer {
        if !items.isEmpty && items.allSatisfy({ $0.completed >= $0.timesDue }) { return .allDone(days: state.daysAllDoneBefore + 1) }
        if items.contains(where: { $0.painOverLimit != nil }) { return .stoppedForPain }
        let worked = items.filter { $0.performed > 0 }.count
        return worked > 0 ? .worked(on: worked, of: items.count) : .nothingYet
    }
}
