import HEPCore

/// Draws the review screen. Marks differ in shape, so the calendar reads without colour.
public func render(_ state: ReviewState) -> Canvas {
    var canvas = Canvas(width: state.width, height: state.height)
    let w = state.width
    let r = state.report, g = state.glyphs
    canvas.put(" " + TextWidth.fit(state.words.reviewHeading(patient: r.patient.name, from: r.from, to: r.to, dot: g.dot), w - 2,
                                   ellipsis: g.ellipsis),
               x: 0, y: 0, style: .title)
    canvas.put(String(repeating: g.rule, count: w), x: 0, y: 1, style: .dim)
    canvas.keyHints(state.keys)
    var page = ReviewPainter(state: state, canvas: canvas)
    if state.showHelp {
        page.help()
    } else if state.flagsOpen {
        page.allFlags()
    } else if let day = state.openDay {
        page.day(day)
    } else {
        page.overview()
    }
    return page.canvas
}

struct ReviewPainter {
    let state: ReviewState
    var canvas: Canvas
    var g: Glyphs { state.glyphs }
    var words: any ReviewWords { state.words }
    var bottom: Int { canvas.height - 2 }

    /// The mark of a day by the share of its due work that was performed (blank: nothing
    /// due, or the future); `?` for a day whose log could not be read.
    func mark(_ day: Report.Day) -> String {
        switch day.standing {
        case .unreadable: return "?"
        case .future: return " "
        case .counted, .today: return mark(day.tally.adherence)
        }
    }

    func mark(_ share: Double?) -> String { Report.DoneShare(share).map { g.heat[$0.rawValue] } ?? " " }

    mutating func overview() {
        let r = state.report
        let days = Dictionary(uniqueKeysWithValues: r.days.map { ($0.date, $0) })
        let marks = days.mapValues(mark)
        let calendar = Calendar(from: r.from, to: r.to, cursor: state.cursor, initials: words.weekdayInitials) { marks[$0] }
        let rows = calendar.draw(on: &canvas, y: 3, rows: (canvas.height - 10) / 2 + 1)
        var y = 3 + rows
        let wide = canvas.width >= 76
        let left = wide ? 38 : canvas.width - 2
        canvas.put(" " + TextWidth.fit(words.marks(all: mark(full), half: mark(half), some: mark(some), none: mark(none)),
                                       left, ellipsis: g.ellipsis), x: 0, y: y, style: .dim)
        y += 1
        if let day = days[state.cursor] {
            canvas.put(" " + TextWidth.fit(words.day(day), left, ellipsis: g.ellipsis), x: 0, y: y, style: .accent)
        }
        y += 2
        if wide { table(x: 40, top: 2, bottom: 3 + rows + 1) }
        y = sparklines(y: y)
        flags(y: y + 1)
    }

    private let full = 1.0, half = 0.5, some = 0.25, none = 0.0

    /// The per-item table, beside the calendar on a wide screen.
    private mutating func table(x: Int, top: Int, bottom: Int) {
        let width = canvas.width - x - 1
        // Names take what the three figures leave: whole on a wide screen.
        let nameWidth = max(10, min(40, width - 19))
        let h = words.tableHeadings
        let table = TextTable([(h.name, nameWidth), (h.sessions, 6), (h.dose, 6), (h.pain, 6)], ellipsis: g.ellipsis)
        canvas.put(TextWidth.fit(table.heading, width, ellipsis: g.ellipsis), x: x, y: top, style: .dim)
        let pct = words.percent
        var y = top + 1
        for row in state.report.items where y < max(bottom, top + 8) && y < self.bottom {
            let name = row.exercise.text(in: state.language).name
            let line = table.line([name, pct(row.tally.adherence), pct(row.tally.dose), words.decimal(row.painDuring.value)])
            canvas.put(TextWidth.fit(line, width, ellipsis: g.ellipsis), x: x, y: y)
            y += 1
        }
        let total = table.line([words.allExercises, pct(state.report.total.adherence), pct(state.report.total.dose)])
        if y < self.bottom { canvas.put(TextWidth.fit(total, width, ellipsis: g.ellipsis), x: x, y: y, style: .title) }
    }

    /// Pain per week as a sparkline each for before, after and the next morning.
    private mutating func sparklines(y start: Int) -> Int {
        var y = start
        canvas.put(" " + words.painByWeek, x: 0, y: y, style: .title)
        y += 1
        let weeks = state.report.weeks.suffix(max(1, canvas.width - 24))
        for (name, mean) in zip(words.sparkRows, [\Report.Week.painBefore, \Report.Week.painAfter, \Report.Week.morningPain])
        where y < bottom {
            let line = Sparkline.line(weeks.map { $0[keyPath: mean].value }, glyphs: g)
            let latest = words.decimal(weeks.last?[keyPath: mean].value)
            canvas.put("  " + TextWidth.pad(name, 8) + line + "  " + latest + " " + words.lastWeek, x: 0, y: y)
            y += 1
        }
        return y
    }

    /// The newest flags, as many as fit; `f` opens them all.
    private mutating func flags(y start: Int) {
        var y = start
        guard y < bottom else { return }
        let flags = state.report.flags.reversed()
        canvas.put(" " + words.newestFlags(flags.count), x: 0, y: y, style: flags.isEmpty ? .good : .warn)
        y += 1
        for (i, flag) in flags.enumerated() where y < bottom {
            let more = flags.count - i
            let text = y == bottom - 1 && more > 1 ? "\(g.ellipsis) " + words.moreFlags(more)
                : "\(flag.date) \(words.flagKind(flag.kind)): \(words.flag(flag.facts))"
            canvas.put("  " + TextWidth.fit(text, canvas.width - 3, ellipsis: g.ellipsis), x: 0, y: y)
            y += 1
        }
    }

    /// Every flag, by kind with its count, newest first within a kind, wrapped whole; the
    /// arrows scroll.
    mutating func allFlags() {
        var lines: [(String, Style)] = []
        let flags = state.report.flags
        for kind in Report.Flag.Kind.allCases {
            let ofKind = flags.filter { $0.kind == kind }.reversed()
            guard !ofKind.isEmpty else { continue }
            if !lines.isEmpty { lines.append(("", .normal)) }
            lines.append(("\(words.flagKind(kind)) (\(ofKind.count))", .warn))
            for flag in ofKind {
                for (i, line) in TextWidth.wrap("\(flag.date)  \(words.flag(flag.facts))", canvas.width - 6).enumerated() {
                    lines.append(((i == 0 ? "  " : "    ") + line, .normal))
                }
            }
        }
        if lines.isEmpty { lines = [(words.noFlags, .good)] }
        let list = ScrollingList(lines: lines, offset: state.flagScroll, rows: bottom - 3)
        canvas.put(" " + words.flagsByKind(flags.count), x: 0, y: 2, style: .title)
        for (i, line) in list.visible.enumerated() {
            canvas.put(" " + TextWidth.fit(line.0, canvas.width - 2, ellipsis: g.ellipsis), x: 0, y: 3 + i, style: line.1)
        }
        if list.isCut {
            canvas.put(" \(state.language.session.arrows(g).upDown) " + words.linesAround(above: list.above, below: list.below), x: 0, y: bottom, style: .dim)
        }
    }

    /// One day's sessions, record by record.
    mutating func day(_ date: LocalDate) {
        var y = 2
        canvas.put(" \(words.weekday(date.weekday)) \(date)", x: 0, y: y, style: .title)
        y += 1
        let log = state.logs[date]
        if let morning = log?.morningPain { canvas.put("  " + words.morningPain(morning), x: 0, y: y); y += 1 }
        guard let sessions = log?.sessions, !sessions.isEmpty else {
            canvas.put("  " + words.noSession, x: 0, y: y + 1)
            return
        }
        let answer = { (n: Int?) in n.map(String.init) ?? "-" }
        for session in sessions where y < bottom {
            let line = words.session(from: session.started.clockTime, to: session.ended?.clockTime, version: session.programVersion,
                                     before: answer(session.painBefore), after: answer(session.painAfter))
            canvas.put("  " + TextWidth.fit(line, canvas.width - 3, ellipsis: g.ellipsis), x: 0, y: y, style: .accent)
            y += 1
            for record in session.exercises where y < bottom {
                let item = state.program.item(judging: record, in: session)
                let name = item?.exercise.text(in: state.language).name ?? record.item
                // A record its version does not hold was prescribed nothing.
                let what = words.record(record, prescribed: item?.dose.prescribedReps ?? 0)
                canvas.put("    " + TextWidth.fit(TextWidth.pad(TextWidth.fit(name, 20, ellipsis: g.ellipsis), 20) + " " + what, canvas.width - 5,
                                                  ellipsis: g.ellipsis), x: 0, y: y)
                y += 1
                // Why it stopped and what the patient wrote for the therapist, under the record.
                let why = [record.status == .skipped ? nil : record.stopReason.map(words.stopped),
                           record.note.map { words.note($0.replacingOccurrences(of: "\n", with: " ")) }].compactMap { $0 }
                if !why.isEmpty, y < bottom {
                    canvas.put(String(repeating: " ", count: 25) + TextWidth.fit(why.joined(separator: "; "), canvas.width - 26,
                                                                                 ellipsis: g.ellipsis), x: 0, y: y, style: .dim)
                    y += 1
                }
            }
        }
    }

    mutating func help() {
        canvas.put(" " + words.keysOnThisScreen, x: 0, y: 2, style: .title)
        let y = canvas.keyTable(state.keys, y: 3, limit: bottom, ellipsis: g.ellipsis)
        let legend = words.calendarLegend(all: mark(full), half: mark(half), some: mark(some), none: mark(none))
        for (i, line) in TextWidth.wrap(legend, canvas.width - 2).enumerated() where y + 1 + i < bottom {
            canvas.put(" " + line, x: 0, y: y + 1 + i, style: .dim)
        }
    }

}
