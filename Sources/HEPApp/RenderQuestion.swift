import HEPCore

extension Painter {
    mutating func question(_ q: Question) {
        let exercise: String?
        switch q.purpose {
        case let .effort(run), let .during(run): exercise = exerciseName(run.item)
        default: exercise = nil
        }
        let title = words.question(q.purpose, exercise: exercise)
        let compact = height < 16
        let y = paragraph(title, y: 3, indent: 2, style: .title) + (compact ? 0 : 1)
        let ends = q.isPain ? words.painEnds : words.effortEnds
        // The 0-10 scale: each number three columns wide, the chosen one marked below it.
        let scaleWidth = 33
        let left = max(1, (width - scaleWidth) / 2)
        for n in 0...10 {
            let label = n == 10 ? "10" : " \(n)"
            canvas.put(label + " ", x: left + n * 3, y: y, style: n == q.value ? .selected : .normal)
        }
        if let value = q.value { canvas.put("^", x: left + value * 3 + 1, y: y + 1, style: .accent) }
        canvas.put(ends.0, x: left + 1, y: y + 2, style: .dim)
        canvas.put(ends.1, x: left + scaleWidth - TextWidth.of(ends.1), y: y + 2, style: .dim)
        if !compact {
            paragraph(words.scaleHint, y: y + 4, indent: 2, style: .dim)
        }
    }
}
