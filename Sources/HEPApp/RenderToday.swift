import HEPCore

extension Painter {
    mutating func today() {
        guard let program = state.program else { return }
        var y = 2
        let versionText = state.version.map { " \(g.dot) \(words.version($0.version))" } ?? ""
        canvas.put(" " + TextWidth.fit(program.title + versionText, width - 2, ellipsis: g.ellipsis), x: 0, y: y)
        y += 1
        if let news = state.programNews {
            y = paragraph(words.news(news), y: y, style: .accent, limit: y + (height >= 20 ? 2 : 1))
        }
        y += 1
        guard !state.due.isEmpty else {
            let first = program.versions.first?.effective
            let text = state.version == nil && first != nil ? words.programStarts(first!) : words.restDay
            paragraph(text, y: y + 1)
            return
        }
        let session = state.session
        let footerRows = 2
        var rows = max(1, body.upperBound - y - footerRows)
        // A list cut short says so on its last row.
        if state.due.count > rows { rows = max(1, rows - 1) }
        let list = ScrollingList(lines: Array(state.due.indices), offset: state.selection - rows + 1, rows: rows)
        let wide = width >= 64
        // Wide: mark, name, dose, times, and the words in what is left; narrow: mark, name,
        // times. Columns are as wide as what they hold, within limits, and give way (dose
        // first) so the words shown now keep their room, up to 16 columns.
        let widest = { (texts: [String]) in texts.map(TextWidth.of).max() ?? 0 }
        let countWidth = min(14, widest(state.due.flatMap { due in [due.timesPerDay, due.timesPerDay + 1].map {
            words.times(performed: $0, due: due.timesPerDay) } }))
        var nameWidth = wide ? min(22, widest(state.due.indices.map(exerciseName))) : width - 4 - countWidth - 1
        var doseWidth = min(30, widest(state.due.map { words.dose($0.item.dose) }))
        let progresses = state.allProgress
        let marks = progresses.map { look($0).1 }
        let room = width - 4 - countWidth - 4 - min(16, widest(marks))
        if wide && nameWidth + doseWidth > room {
            doseWidth = max(20, room - nameWidth)
            nameWidth = max(16, room - doseWidth)
        }
        let wordWidth = width - 4 - nameWidth - doseWidth - countWidth - 3
        for index in list.visible {
            let due = state.due[index]
            let progress = progresses[index]
            let selected = index == state.selection
            let (mark, word, style) = look(progress)
            var line = (selected ? g.pointer : " ") + " " + mark + " "
            line += TextWidth.pad(TextWidth.fit(exerciseName(index), nameWidth, ellipsis: g.ellipsis), nameWidth) + " "
            if wide { line += TextWidth.pad(TextWidth.fit(words.dose(due.item.dose), doseWidth, ellipsis: g.ellipsis), doseWidth) + " " }
            let times = words.times(performed: progress.performed, due: progress.timesDue)
            line += TextWidth.pad(TextWidth.fit(times, countWidth, ellipsis: g.ellipsis), countWidth)
            if wide { line += " " + TextWidth.pad(TextWidth.fit(word, wordWidth, ellipsis: g.ellipsis), wordWidth) }
            canvas.put(line, x: 0, y: y, style: selected ? .selected : .normal)
            if !selected { canvas.paint(y: y, x: 2, count: TextWidth.of(mark), style: style) }
            y += 1
        }
        if list.isCut {
            canvas.put("   \(words.arrows(g).upDown) " + words.listMore(above: list.above, below: list.below), x: 0, y: y, style: .dim)
            y += 1
        }
        y += 1
        if !wide, state.due.indices.contains(state.selection), y < body.upperBound {
            let progress = progresses[state.selection]
            let word = look(progress).1
            let text = words.dose(state.due[state.selection].item.dose) + (word.isEmpty ? "" : " \(g.dot) " + word)
            canvas.put(" " + TextWidth.fit(text, width - 2, ellipsis: g.ellipsis), x: 0, y: y, style: .dim)
            y += 1
        }
        if let session, y < body.upperBound {
            let started = session.started
            let count = session.exercises.count
            let text = words.session(since: started.clockTime, recorded: count)
            canvas.put(" " + TextWidth.fit(text, width - 2, ellipsis: g.ellipsis), x: 0, y: y, style: .dim)
        }
    }

    /// The mark and the word for an item's day: the word says what the mark shows, so
    /// nothing rests on the mark's shape or colour alone.
    func look(_ progress: ItemProgress) -> (String, String, Style) {
        if let pain = progress.painOverLimit { return (g.skipped, words.mark(.painTooHigh(pain)), .warn) }
        if let reason = progress.stopReason, progress.mark != .done { return (g.partial, words.mark(.stopped(reason)), .warn) }
        switch progress.mark {
        case .due: return (g.due, words.mark(.due), .normal)
        case .partial: return (g.partial, words.mark(progress.fewerReps ? .fewerReps : .moreToDo), .accent)
        case .done: return (g.done, words.mark(progress.fewerReps ? .doneFewerReps : .done), .good)
        case .skipped: return (g.skipped, words.mark(.skipped), .warn)
        }
    }
}

func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
