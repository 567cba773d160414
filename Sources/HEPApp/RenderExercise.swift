import HEPCore

extension Painter {
    mutating func exercise(_ run: ExerciseRun) {
        let item = state.due[run.item].item
        let sides = ExerciseRun.sides(item.side)
        canvas.put(" " + TextWidth.fit(item.exercise.name, width - 2, ellipsis: g.ellipsis), x: 0, y: 2, style: .title)
        var place = "Set \(run.set) of \(item.sets)"
        if let words = item.exercise.words(for: sides[run.sideIndex]) { place += " - " + words }
        switch run.phase {
        case .intro:
            intro(item, scroll: run.scroll)
        case .counting:
            canvas.put(" " + place, x: 0, y: 3, style: .accent)
            let y = bigNumber("\(run.reps)", y: compact ? 4 : 5)
            canvas.center("\(run.reps) of \(item.reps) reps", y: compact ? y : y + 1)
        case .ready:
            canvas.put(" " + place + " - rep \(run.reps + 1) of \(item.reps)", x: 0, y: 3, style: .accent)
            paragraph("That hold was ended early: it does not count as a rep, but the seconds you held are kept. "
                      + "Press Enter to start the next hold.", y: 5, indent: 2)
        case let .getReady(c):
            timer("Get ready", c, item.dose.isTimed ? place : place + " - rep \(run.reps + 1) of \(item.reps)")
        case let .hold(c):
            // A timed exercise (a walk, a plank) is named, not called a hold.
            timer(item.dose.isTimed ? item.exercise.name : "Hold", c,
                  item.dose.isTimed ? place : place + " - rep \(run.reps + 1) of \(item.reps)")
        case .switchSide:
            canvas.put(" " + place, x: 0, y: 3, style: .accent)
            let side = sides[run.sideIndex]
            let next = item.exercise.sideWords?[side.rawValue].map { "Next: \($0)." } ?? "Now the \(side.rawValue.uppercased()) side."
            dialog([("Switch sides", .title), (next, .title), ("", .normal),
                    ("Press Enter when you are ready.", .dim)])
        case let .rest(c):
            timer("Rest", c, "Next: set \(run.set) of \(item.sets)")
        }
    }

    /// A short window: the timer and counter move up so the big digits still fit.
    private var compact: Bool { height < 18 }

    /// Dose, numbered steps, the therapist's note, cues and the safety line; scrolls with
    /// the arrows when the window is too short to show them all.
    private mutating func intro(_ item: ProgramItem, scroll: Int) {
        let rest = item.restSeconds > 0 ? ", rest \(item.restSeconds) s" : ""
        canvas.put(" " + TextWidth.fit(item.dose.summary + rest, width - 2, ellipsis: g.ellipsis), x: 0, y: 3, style: .accent)
        var lines: [(String, Style)] = []
        func add(_ text: String, _ hanging: String, _ style: Style = .normal) {
            let wrapped = TextWidth.wrap(text, width - 2 - TextWidth.of(hanging))
            for (i, line) in wrapped.enumerated() {
                lines.append(((i == 0 ? hanging : String(repeating: " ", count: TextWidth.of(hanging))) + line, style))
            }
        }
        let limit = state.program?.painLimit(for: item) ?? Program.defaultPainLimit
        add("Stop if your pain goes above \(limit) out of 10.", "", .warn)
        if !item.exercise.equipment.isEmpty {
            add(item.exercise.equipment.joined(separator: ", "), "You need: ", .accent)
        }
        lines.append(("", .normal))
        for (i, step) in item.exercise.instructions.enumerated() { add(step, "\(i + 1). ") }
        if let notes = item.notes, !notes.isEmpty {
            lines.append(("", .normal))
            add(notes, "Your therapist: ", .accent)
        }
        if !item.exercise.cues.isEmpty {
            lines.append(("", .normal))
            add(item.exercise.cues.joined(separator: " / "), "Cues: ")
        }
        lines.append(("", .normal))
        add(item.exercise.safety, "Safety: ", .warn)

        let top = 5
        let rows = body.upperBound - top
        let first = min(scroll, max(0, lines.count - rows))
        let more = first + rows < lines.count
        for (i, line) in lines.dropFirst(first).prefix(more ? rows - 1 : rows).enumerated() {
            canvas.put(line.0, x: 1, y: top + i, style: line.1)
        }
        if more { canvas.put(" \(g.upDown) more", x: 0, y: body.upperBound - 1, style: .dim) }
    }

    private mutating func timer(_ title: String, _ c: Countdown, _ caption: String) {
        canvas.put(" " + caption, x: 0, y: 3, style: .accent)
        let paused = c.isPaused
        canvas.center(paused ? "\(title) - PAUSED (p resumes)" : title, y: compact ? 4 : 5, style: paused ? .warn : .title)
        let s = c.shownSeconds(at: now.mono)
        let text = s >= 60 ? "\(s / 60):\(two(s % 60))" : "\(s)"
        let y = bigNumber(text, y: compact ? 5 : 7)
        if y + 1 < body.upperBound { canvas.center(s == 1 ? "1 second" : "\(s) seconds", y: y + 1, style: .dim) }
    }
}
