import HEPCore

extension Painter {
    mutating func exercise(_ run: ExerciseRun) {
        let item = state.due[run.item].item
        let sides = ExerciseRun.sides(item.side)
        canvas.put(" " + TextWidth.fit(item.exercise.name, width - 2, ellipsis: g.ellipsis), x: 0, y: 2, style: .title)
        var where_ = "Set \(run.set) of \(item.sets)"
        if sides[run.sideIndex] != .none { where_ += " - \(sides[run.sideIndex].rawValue.capitalized) side" }
        switch run.phase {
        case .intro:
            intro(item)
        case .counting:
            canvas.put(" " + where_, x: 0, y: 3, style: .accent)
            let y = bigNumber("\(run.reps)/\(item.reps)", y: 5)
            canvas.center("reps \(run.reps) of \(item.reps)", y: y + 1)
        case .ready:
            canvas.put(" " + where_ + " - rep \(run.reps + 1) of \(item.reps)", x: 0, y: 3, style: .accent)
            paragraph("That hold was stopped early, so it did not count. Press Enter to start the next hold.", y: 5, indent: 2)
        case let .getReady(c):
            timer("Get ready", c, where_ + " - rep \(run.reps + 1) of \(item.reps)")
        case let .hold(c):
            timer("Hold", c, where_ + " - rep \(run.reps + 1) of \(item.reps)")
        case .switchSide:
            canvas.put(" " + where_, x: 0, y: 3, style: .accent)
            dialog([("Switch sides", .title), ("Now the \(sides[run.sideIndex].rawValue.uppercased()) side.", .title), ("", .normal),
                    ("Press Enter when you are ready.", .dim)])
        case let .rest(c):
            timer("Rest", c, "Next: set \(run.set) of \(item.sets)")
        }
    }

    private mutating func intro(_ item: ProgramItem) {
        var y = 3
        canvas.put(" " + TextWidth.fit(item.dose.summary + (item.restSeconds > 0 ? ", rest \(item.restSeconds) s" : ""), width - 2,
                                       ellipsis: g.ellipsis), x: 0, y: y, style: .accent)
        y += 2
        for (i, step) in item.exercise.instructions.enumerated() {
            y = paragraph(step, y: y, hanging: "\(i + 1). ")
        }
        if let notes = item.notes, !notes.isEmpty { y = paragraph(notes, y: y + 1, hanging: "Your therapist: ", style: .accent) }
        if !item.exercise.cues.isEmpty { y = paragraph(item.exercise.cues.joined(separator: " / "), y: y + 1, hanging: "Cues: ") }
        paragraph(item.exercise.safety, y: y + 1, hanging: "Safety: ", style: .warn)
    }

    private mutating func timer(_ title: String, _ c: Countdown, _ caption: String) {
        canvas.put(" " + caption, x: 0, y: 3, style: .accent)
        let paused = c.isPaused
        canvas.center(paused ? "\(title) - PAUSED (p resumes)" : title, y: 5, style: paused ? .warn : .title)
        let s = c.shownSeconds(at: now.mono)
        let text = s >= 60 ? "\(s / 60):\(two(s % 60))" : "\(s)"
        let y = bigNumber(text, y: 7)
        canvas.center(s == 1 ? "1 second" : "\(s) seconds", y: min(y + 1, body.upperBound - 1), style: .dim)
    }
}
