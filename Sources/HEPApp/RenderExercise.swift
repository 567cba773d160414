import HEPCore

extension Painter {
    mutating func exercise(_ run: ExerciseRun) {
        let item = state.due[run.item].item
        let sides = ExerciseRun.sides(item.side)
        let text = item.exercise.text(in: state.language)
        canvas.put(" " + TextWidth.fit(text.name, width - 2, ellipsis: g.ellipsis), x: 0, y: 2, style: .title)
        var place = words.set(run.set, of: item.sets)
        let side = sides[run.sideIndex]
        if side == .left || side == .right { place += " - " + (text.sideWords?[side.rawValue] ?? words.sideHeading(side)) }
        let rep = place + " - " + words.rep(run.reps + 1, of: item.reps)
        switch run.phase {
        case .intro:
            intro(item, text, scroll: run.scroll)
        case .counting:
            line(place)
            let y = bigNumber("\(run.reps)", y: compact ? 4 : 5)
            canvas.center(words.reps(run.reps, of: item.reps), y: compact ? y : y + 1)
        case .ready:
            line(rep)
            paragraph(words.holdEndedEarly, y: 5, indent: 2)
        case let .getReady(c):
            timer(words.getReady, c, item.dose.isTimed ? place : rep)
        case let .hold(c):
            // A timed exercise (a walk, a plank) is named, not called a hold.
            timer(item.dose.isTimed ? text.name : words.hold, c, item.dose.isTimed ? place : rep)
        case .switchSide:
            line(place)
            let next = text.sideWords?[side.rawValue].map(words.nextSide) ?? words.nowTheSide(side)
            dialog([(words.switchSides, .title), (next, .title), ("", .normal), (words.pressEnterWhenReady, .dim)], below: 3)
        case let .rest(c):
            timer(words.rest, c, words.nextSet(run.set, of: item.sets))
        }
    }

    /// A short window: the timer and counter move up so the big digits still fit.
    private var compact: Bool { height < 18 }

    /// Dose, numbered steps, the therapist's note, cues and the safety line; scrolls with
    /// the arrows when the window is too short to show them all.
    private mutating func intro(_ item: ProgramItem, _ text: ExerciseText, scroll: Int) {
        let rest = item.restSeconds > 0 ? words.restSeconds(item.restSeconds) : ""
        canvas.put(" " + TextWidth.fit(words.dose(item.dose) + rest, width - 2, ellipsis: g.ellipsis), x: 0, y: 3, style: .accent)
        var lines: [(String, Style)] = []
        func add(_ text: String, _ hanging: String, _ style: Style = .normal) {
            lines += TextWidth.wrap(text, width - 2, label: hanging).map { ($0, style) }
        }
        let limit = state.program?.painLimit(for: item) ?? Program.defaultPainLimit
        add(words.stopIfPainAbove(limit), "", .warn)
        if let equipment = text.equipment, !equipment.isEmpty {
            add(equipment.joined(separator: ", "), words.youNeed, .accent)
        }
        lines.append(("", .normal))
        for (i, step) in text.instructions.enumerated() { add(step, "\(i + 1). ") }
        if let notes = item.notes, !notes.isEmpty {
            lines.append(("", .normal))
            add(notes, words.yourTherapist, .accent)
        }
        if !text.cues.isEmpty {
            lines.append(("", .normal))
            add(text.cues.joined(separator: " / "), words.cues)
        }
        lines.append(("", .normal))
        add(text.safety, words.safety, .warn)

        let top = 5
        let list = ScrollingList(lines: lines, offset: scroll, rows: body.upperBound - top)
        // A list cut short says so on its last row.
        let more = list.below > 0
        for (i, line) in list.visible.prefix(more ? list.rows - 1 : list.rows).enumerated() {
            canvas.put(line.0, x: 1, y: top + i, style: line.1)
        }
        if more { canvas.put(" \(words.arrows(g).upDown) \(words.more)", x: 0, y: body.upperBound - 1, style: .dim) }
    }

    /// The line under the exercise's name: where the patient is (set, side, rep), cut
    /// with an ellipsis when the window is narrow.
    private mutating func line(_ text: String) {
        canvas.put(" " + TextWidth.fit(text, width - 1, ellipsis: g.ellipsis), x: 0, y: 3, style: .accent)
    }

    private mutating func timer(_ title: String, _ c: Countdown, _ caption: String) {
        line(caption)
        let paused = c.isPaused
        canvas.center(paused ? words.paused(title) : title, y: compact ? 4 : 5, style: paused ? .warn : .title)
        let s = c.shownSeconds(at: now.mono)
        let text = s >= 60 ? "\(s / 60):\(two(s % 60))" : "\(s)"
        let y = bigNumber(text, y: compact ? 5 : 7)
        if y + 1 < body.upperBound { canvas.center(words.seconds(s), y: y + 1, style: .dim) }
    }
}
