import HEPCore

extension Painter {
    mutating func today() {
        guard let program = state.program else { return }
        var y = 2
        let versionText = state.version.map { " \(g.dot) version \($0.version)" } ?? ""
        canvas.put(" " + TextWidth.fit(program.title + versionText, width - 2, ellipsis: g.ellipsis), x: 0, y: y)
        y += 1
        if let news = state.programNews {
            y = paragraph(news, y: y, style: .accent, limit: y + (height >= 20 ? 2 : 1))
        }
        y += 1
        guard !state.due.isEmpty else {
            let first = program.versions.first?.effective
            let text = state.version == nil && first != nil
                ? "Your program starts on \(first!). Nothing is due today."
                : "Nothing is due today. Enjoy the rest day."
            paragraph(text, y: y + 1)
            return
        }
        let session = state.session
        let footerRows = 2
        let rows = max(1, body.upperBound - y - footerRows)
        let top = max(0, min(state.selection - rows + 1, state.due.count - rows))
        let wide = width >= 64
        let countWidth = 4, wordWidth = 8
        let doseWidth = wide ? 28 : 0
        let nameWidth = width - 4 - countWidth - wordWidth - doseWidth - (wide ? 4 : 3)
        for index in top..<min(state.due.count, top + rows) {
            let due = state.due[index]
            let progress = state.progress(of: index)
            let selected = index == state.selection
            let (mark, word, style) = look(progress.mark)
            var line = (selected ? g.pointer : " ") + " " + mark + " "
            line += pad(TextWidth.fit(due.item.exercise.name, nameWidth, ellipsis: g.ellipsis), nameWidth) + " "
            if wide { line += pad(TextWidth.fit(due.item.dose.summary, doseWidth, ellipsis: g.ellipsis), doseWidth) + " " }
            line += pad("\(progress.performed)/\(due.timesPerDay)", countWidth) + " " + word
            canvas.put(line, x: 0, y: y, style: selected ? .selected : .normal)
            if !selected { canvas.paint(y: y, x: 2, count: TextWidth.of(mark), style: style) }
            y += 1
        }
        y += 1
        if !wide, state.due.indices.contains(state.selection), y < body.upperBound {
            canvas.put(" " + TextWidth.fit(state.due[state.selection].item.dose.summary, width - 2, ellipsis: g.ellipsis), x: 0, y: y, style: .dim)
            y += 1
        }
        if let session, y < body.upperBound {
            let started = session.started
            let count = session.exercises.count
            let text = "Session since \(two(started.hour)):\(two(started.minute)), \(count) recorded. e ends it."
            canvas.put(" " + TextWidth.fit(text, width - 2, ellipsis: g.ellipsis), x: 0, y: y, style: .dim)
        }
    }

    func look(_ mark: ItemProgress.Mark) -> (String, String, Style) {
        switch mark {
        case .due: return (g.due, "due", .normal)
        case .partial: return (g.partial, "partial", .accent)
        case .done: return (g.done, "done", .good)
        case .skipped: return (g.skipped, "skipped", .warn)
        }
    }
}

func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
