import HEPCore

/// Draws the review screen. Marks differ in shape, so the calendar reads without colour.
public func render(_ state: ReviewState) -> Canvas {
    var canvas = Canvas(width: state.width, height: state.height)
    let w = state.width
    let r = state.report, g = state.glyphs
    canvas.put(" " + TextWidth.fit("hep review \(g.dot) \(r.patient.name) \(g.dot) \(r.from) to \(r.to)", w - 2, ellipsis: g.ellipsis),
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

    func mark(_ share: Double?) -> String {
        guard let share else { return " " }
        return g.heat[share >= 1 ? 3 : share >= 0.5 ? 2 : share > 0 ? 1 : 0]
    }

    mutating func overview() {
        let r = state.report
        let days = Dictionary(uniqueKeysWithValues: r.days.map { ($0.date, $0) })
        // The calendar: a row per week, a column per weekday; the cursor's week stays in view.
        let firstWeek = r.from.weekStart, cursorWeek = state.cursor.weekStart
        let weekCount = (r.to.weekStart.dayNumber - firstWeek.dayNumber) / 7 + 1
        let rows = max(1, min(weekCount, (canvas.height - 10) / 2 + 1))
        let cursorRow = (cursorWeek.dayNumber - firstWeek.dayNumber) / 7
        let top = min(max(0, cursorRow - rows + 1), weekCount - rows)
        canvas.put("            Mo Tu We Th Fr Sa Su", x: 0, y: 2, style: .dim)
        for row in 0..<rows {
            let monday = firstWeek.adding(days: (top + row) * 7)
            let y = 3 + row
            canvas.put(" " + monday.isoWeek, x: 0, y: y, style: .dim)
            for d in 0..<7 {
                let date = monday.adding(days: d)
                guard let day = days[date] else { continue }
                let x = 12 + d * 3
                let selected = date == state.cursor
                canvas.put(selected ? "[\(mark(day))]" : " \(mark(day)) ", x: x - 1, y: y, style: selected ? .selected : .normal)
            }
        }
        var y = 3 + rows
        let wide = canvas.width >= 76
        let left = wide ? 38 : canvas.width - 2
        canvas.put(" " + TextWidth.fit("\(mark(full)) all \(mark(half)) half+ \(mark(some)) some \(mark(none)) none",
                                       left, ellipsis: g.ellipsis), x: 0, y: y, style: .dim)
        y += 1
        if let day = days[state.cursor] {
            let done: String
            switch day.standing {
            case .unreadable: done = "log unreadable"
            case .future: done = "still to come"
            case .counted, .today:
                done = (day.tally.due == 0 ? "nothing due" : "\(day.tally.performed)/\(day.tally.due) performed")
                    + (day.standing == .today ? " so far" : "")
            }
            canvas.put(" " + TextWidth.fit("\(day.date) \(day.date.weekday.rawValue): \(done), \(day.sessions) sess.",
                                           left, ellipsis: g.ellipsis), x: 0, y: y, style: .accent)
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
        canvas.put(TextWidth.fit(TextWidth.pad("Exercise", nameWidth) + "  Sess  Dose  Pain", width, ellipsis: g.ellipsis), x: x, y: top, style: .dim)
        let pct = Report.percent
        var y = top + 1
        for row in state.report.items where y < max(bottom, top + 8) && y < self.bottom {
            let pain = Report.decimal(row.painDuring.value)
            let line = TextWidth.pad(TextWidth.fit(row.name, nameWidth, ellipsis: g.ellipsis), nameWidth) + TextWidth.padLeft(pct(row.tally.adherence), 6)
                + TextWidth.padLeft(pct(row.tally.dose), 6) + TextWidth.padLeft(pain, 6)
            canvas.put(TextWidth.fit(line, width, ellipsis: g.ellipsis), x: x, y: y)
            y += 1
        }
        let total = TextWidth.pad("All", nameWidth) + TextWidth.padLeft(pct(state.report.total.adherence), 6) + TextWidth.padLeft(pct(state.report.total.dose), 6)
        if y < self.bottom { canvas.put(TextWidth.fit(total, width, ellipsis: g.ellipsis), x: x, y: y, style: .title) }
    }

    /// Pain per week as a sparkline each for before, after and the next morning.
    private mutating func sparklines(y start: Int) -> Int {
        var y = start
        canvas.put(" Pain by week (0-10)", x: 0, y: y, style: .title)
        y += 1
        let weeks = state.report.weeks.suffix(max(1, canvas.width - 24))
        for (name, mean) in [("before", \Report.Week.painBefore), ("after", \Report.Week.painAfter), ("morning", \Report.Week.morningPain)]
        where y < bottom {
            let line = weeks.map { spark($0[keyPath: mean].value) }.joined()
            let latest = Report.decimal(weeks.last?[keyPath: mean].value)
            canvas.put("  " + TextWidth.pad(name, 8) + line + "  " + latest + " last week", x: 0, y: y)
            y += 1
        }
        return y
    }

    private func spark(_ value: Double?) -> String {
        value.map { g.spark[min(10, max(0, Int($0.rounded())))] } ?? " "
    }

    /// The newest flags, as many as fit; `f` opens them all.
    private mutating func flags(y start: Int) {
        var y = start
        guard y < bottom else { return }
        let flags = state.report.flags.reversed()
        canvas.put(flags.isEmpty ? " Flags: none" : " Flags (\(flags.count)), newest first", x: 0, y: y, style: flags.isEmpty ? .good : .warn)
        y += 1
        for (i, flag) in flags.enumerated() where y < bottom {
            let more = flags.count - i
            let text = y == bottom - 1 && more > 1 ? "\(g.ellipsis) \(more) more: f shows them all"
                : "\(flag.date) \(flag.kind.rawValue): \(English().flag(flag.facts))"
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
            lines.append(("\(kind.rawValue) (\(ofKind.count))", .warn))
            for flag in ofKind {
                for (i, line) in TextWidth.wrap("\(flag.date)  \(English().flag(flag.facts))", canvas.width - 6).enumerated() {
                    lines.append(((i == 0 ? "  " : "    ") + line, .normal))
                }
            }
        }
        if lines.isEmpty { lines = [("No flags in this range.", .good)] }
        let rows = bottom - 3
        let top = min(state.flagScroll, max(0, lines.count - rows))
        canvas.put(" Flags (\(flags.count)) by kind, newest first", x: 0, y: 2, style: .title)
        for (i, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            canvas.put(" " + TextWidth.fit(line.0, canvas.width - 2, ellipsis: g.ellipsis), x: 0, y: 3 + i, style: line.1)
        }
        let below = lines.count - top - rows
        if below > 0 || top > 0 {
            let where_ = [top > 0 ? "\(top) lines above" : nil, below > 0 ? "\(below) below" : nil].compactMap { $0 }
            canvas.put(" \(g.upDown) " + where_.joined(separator: ", "), x: 0, y: bottom, style: .dim)
        }
    }

    /// One day's sessions, record by record.
    mutating func day(_ date: LocalDate) {
        var y = 2
        canvas.put(" \(English().weekday(date.weekday)) \(date)", x: 0, y: y, style: .title)
        y += 1
        let log = state.logs[date]
        if let morning = log?.morningPain { canvas.put("  morning pain \(morning)", x: 0, y: y); y += 1 }
        guard let sessions = log?.sessions, !sessions.isEmpty else {
            canvas.put("  No session recorded.", x: 0, y: y + 1)
            return
        }
        let answer = { (n: Int?) in n.map(String.init) ?? "-" }
        for session in sessions where y < bottom {
            let time = session.started.clockTime
            let end = session.ended?.clockTime ?? "interrupted"
            canvas.put("  " + TextWidth.fit("\(time)-\(end), version \(session.programVersion), pain before \(answer(session.painBefore)), after \(answer(session.painAfter))",
                                            canvas.width - 3, ellipsis: g.ellipsis), x: 0, y: y, style: .accent)
            y += 1
            for record in session.exercises where y < bottom {
                let item = state.program.item(judging: record, in: session)
                let name = item?.exercise.name ?? record.item
                var what = record.status == .skipped ? "skipped (\(record.skipReason?.rawValue ?? "?"))"
                    : "\(record.status.rawValue), \(record.repsDone)/\(item?.dose.prescribedReps ?? 0) reps"
                if record.status != .skipped { what += ", pain \(answer(record.painDuring)), effort \(answer(record.effort))" }
                canvas.put("    " + TextWidth.fit(TextWidth.pad(TextWidth.fit(name, 20, ellipsis: g.ellipsis), 20) + " " + what, canvas.width - 5,
                                                  ellipsis: g.ellipsis), x: 0, y: y)
                y += 1
            }
        }
    }

    mutating func help() {
        canvas.put(" Keys on this screen", x: 0, y: 2, style: .title)
        var y = 3
        for hint in state.keys where y < bottom {
            canvas.put(TextWidth.pad(hint.key, 6), x: 2, y: y, style: .accent)
            canvas.put(hint.does, x: 10, y: y)
            y += 1
        }
        let legend = "Calendar marks: \(mark(full)) all the day's due work done, \(mark(half)) half or more, \(mark(some)) some, "
            + "\(mark(none)) none, blank: nothing was due."
        for (i, line) in TextWidth.wrap(legend, canvas.width - 2).enumerated() where y + 1 + i < bottom {
            canvas.put(" " + line, x: 0, y: y + 1 + i, style: .dim)
        }
    }

}
