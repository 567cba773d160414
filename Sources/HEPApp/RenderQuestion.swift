import HEPCore

extension Painter {
    mutating func question(_ q: Question) {
        let title: String
        switch q.purpose {
        case .morning: title = "How has your pain been since you woke up?"
        case .before: title = "Before you start: how is your pain right now?"
        case .after: title = "All done for now. How is your pain right now?"
        case let .effort(run): title = "How hard was \(exerciseName(run.item))?"
        case let .during(run): title = "How much pain did you have during \(exerciseName(run.item))?"
        case .stopped: title = "How is your pain right now?"
        }
        let compact = height < 16
        let y = paragraph(title, y: 3, indent: 2, style: .title) + (compact ? 0 : 1)
        let ends = q.isPain ? ("0 no pain", "10 worst imaginable") : ("0 easy", "10 as hard as you can")
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
            paragraph("Press a number to answer: 1 and then 0 for 10, or move with the arrows and press Enter. "
                      + "Press n if you would rather not say.", y: y + 4, indent: 2, style: .dim)
        }
    }
}
