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
        Scale(value: q.value, ends: ends).draw(on: &canvas, y: y)
        if !compact {
            paragraph(words.scaleHint, y: y + 4, indent: 2, style: .dim)
        }
    }
}
