/// How a day reads in the calendar: by the share of its due work done, in the review
/// screen's buckets (all, half or more, some, none), or why it has no share.
public enum CalendarMark: String, CaseIterable, Sendable {
    case all, half, some, none, nothingDue, today, future, unreadable

    init(_ day: Report.Day) {
        switch day.standing {
        case .unreadable: self = .unreadable
        case .future: self = .future
        case .today: self = .today
        case .counted:
            switch Report.DoneShare(day.tally.adherence) {
            case nil: self = .nothingDue
            case .all?: self = .all
            case .half?: self = .half
            case .some?: self = .some
            case .none?: self = .none
            }
        }
    }
}

/// The report's charts as inline SVG, pure functions from its figures to markup. Drawn for
/// black-and-white paper: a shade always comes with a written mark or a pattern, lines
/// differ by dash and marker rather than colour, and every value is written on the chart
/// or in the table under it. Each chart has a `<title>` and a `<desc>` for a screen reader.
enum ReportCharts {
    static let width = 640.0
    /// The most weeks in a calendar block: a quarter fits a printed page.
    static let calendarWeeks = 13

    /// The range as weeks (rows, Monday first) of days, in blocks of `calendarWeeks`, the
    /// last with the key to its marks, so that a printed calendar is never far from its key.
    static func calendar(_ days: [Report.Day], words w: any ReportHTMLWords) -> [Markup] {
        guard let first = days.first?.date.weekStart, let last = days.last?.date.weekStart else { return [] }
        let byDate = Dictionary(uniqueKeysWithValues: days.map { ($0.date, $0) })
        let mondays = stride(from: first.dayNumber, through: last.dayNumber, by: 7).map { LocalDate(dayNumber: $0) }
        // As many blocks as needed, of even size: 54 weeks are 5 blocks of 11, not 4 of 13 and one of 2.
        let count = (mondays.count + calendarWeeks - 1) / calendarWeeks, size = (mondays.count + count - 1) / count
        let blocks = stride(from: 0, to: mondays.count, by: size).map { Array(mondays[$0..<min($0 + size, mondays.count)]) }
        return blocks.enumerated().map { n, weeks in
            calendarBlock(weeks, byDate, id: "calendar-\(n + 1)", key: n == blocks.count - 1, words: w)
        }
    }

    private static let cell = (width: 74.0, height: 30.0, left: 96.0, top: 22.0)

    private static func calendarBlock(_ mondays: [LocalDate], _ days: [LocalDate: Report.Day], id: String, key: Bool,
                                      words w: any ReportHTMLWords) -> Markup {
        let grid = cell.top + Double(mondays.count) * cell.height
        var parts = [hatch(id)]
        for (d, day) in Weekday.allCases.enumerated() {
            parts.append(text(String(w.weekday(day).prefix(3)), x: cell.left + (Double(d) + 0.5) * cell.width, y: 15, anchor: "middle"))
        }
        var firstDrawn = true
        for (row, monday) in mondays.enumerated() {
            let y = cell.top + Double(row) * cell.height
            parts.append(text(monday.isoWeek, x: cell.left - 8, y: y + cell.height / 2 + 4, anchor: "end"))
            for d in 0..<7 {
                guard let day = days[monday.adding(days: d)] else { continue }
                parts.append(dayCell(day, x: cell.left + Double(d) * cell.width, y: y, month: firstDrawn || day.date.day == 1, hatch: id,
                                     words: w))
                firstDrawn = false
            }
        }
        if key { parts += calendarKey(top: grid + 12, hatch: id, words: w) }
        let from = mondays[0].isoWeek, to = mondays[mondays.count - 1].isoWeek
        return svg(id: id, height: grid + (key ? 12 + keyHeight : 4),
                   title: w.calendarHeading + (from == to ? " \(from)" : " \(from) - \(to)"), description: w.calendarDescription, parts)
    }

    /// A day: its shade and outline by its mark, its day of the month (with the month when
    /// `month`), and what was done of what was due.
    private static func dayCell(_ day: Report.Day, x: Double, y: Double, month: Bool, hatch: String, words w: any ReportHTMLWords) -> Markup {
        let mark = CalendarMark(day)
        let label = month ? w.span(day.date, day.date) : "\(day.date.day)"
        let done = mark == .unreadable ? "?" : mark == .future ? "" : day.tally.due == 0 ? "-" : "\(day.tally.performed)/\(day.tally.due)"
        let ink = mark == .all || mark == .half ? "#fff" : "#000"
        return .element("g", ["class": "day", "data-date": "\(day.date)", "data-mark": mark.rawValue], [
            swatch(mark, x: x + 2, y: y + 2, width: cell.width - 4, height: cell.height - 4, hatch: hatch),
            text(label, x: x + 5, y: y + 12, size: 8, fill: ink),
            text(done, x: x + cell.width / 2, y: y + 24, size: 13, anchor: "middle", fill: ink, bold: true, halo: mark == .unreadable),
        ])
    }

    /// The box of a calendar day, by its mark: four shades from black (all done) to white
    /// (none), a dotted outline when nothing was due, dashed for today, hatched when unreadable.
    private static func swatch(_ mark: CalendarMark, x: Double, y: Double, width: Double, height: Double, hatch: String) -> Markup {
        let (fill, stroke, dash, strokeWidth): (String, String, String?, Double) = switch mark {
        case .all: ("#000", "#000", nil, 1)
        case .half: ("#666", "#000", nil, 1)
        case .some: ("#ccc", "#000", nil, 1)
        case .none: ("#fff", "#000", nil, 1.5)
        case .nothingDue: ("#fff", "#777", "1 2", 1)
        case .today: ("#fff", "#000", "4 2", 2)
        case .future: ("#fff", "#bbb", "1 3", 1)
        case .unreadable: ("url(#\(hatch)-hatch)", "#000", nil, 1)
        }
        var attributes = ["x": n(x), "y": n(y), "width": n(width), "height": n(height), "fill": fill, "stroke": stroke,
                          "stroke-width": n(strokeWidth)]
        attributes["stroke-dasharray"] = dash
        return .element("rect", attributes, [])
    }

    private static func hatch(_ id: String) -> Markup {
        .element("defs", [.element("pattern", ["id": "\(id)-hatch", "width": "6", "height": "6", "patternUnits": "userSpaceOnUse",
                                               "patternTransform": "rotate(45)"], [
            .element("rect", ["width": "6", "height": "6", "fill": "#fff"], []),
            .element("line", ["x1": "0", "y1": "0", "x2": "0", "y2": "6", "stroke": "#000", "stroke-width": "1.5"], []),
        ])])
    }

    private static let keyRows = (CalendarMark.allCases.count + 1) / 2
    private static let keyHeight = Double(keyRows) * 26

    /// What each way of drawing a day means, each beside a sample, in two columns from `top`.
    private static func calendarKey(top: Double, hatch: String, words w: any ReportHTMLWords) -> [Markup] {
        let samples: [CalendarMark: String] = [.all: "2/2", .half: "1/2", .some: "1/3", .none: "0/2", .nothingDue: "-", .today: "1/2",
                                               .future: "", .unreadable: "?"]
        var parts: [Markup] = []
        for (i, mark) in CalendarMark.allCases.enumerated() {
            let x = 4 + Double(i / keyRows) * width / 2, y = top + Double(i % keyRows) * 26
            let ink = mark == .all || mark == .half ? "#fff" : "#000"
            parts.append(.element("g", ["class": "key", "data-mark": mark.rawValue], [
                swatch(mark, x: x, y: y, width: 40, height: 22, hatch: hatch),
                text(samples[mark]!, x: x + 20, y: y + 16, size: 12, anchor: "middle", fill: ink, bold: true, halo: mark == .unreadable),
                text(w.calendarMark(mark), x: x + 48, y: y + 15),
            ]))
        }
        return parts
    }

    /// The area of a weekly chart inside its axes: a slot per week, room on the left for the
    /// axis and on the right for a line's label.
    private struct Plot {
        let left = 60.0, right = ReportCharts.width - 90
        var top: Double, bottom: Double
        var slots: Int
        var slot: Double { (right - left) / Double(max(slots, 1)) }
        func x(_ i: Int) -> Double { left + (Double(i) + 0.5) * slot }
        /// Labels turn upright when a week's slot is too narrow for them.
        var upright: Bool { slot < 36 }
        var labelSize: Double { min(11, max(7, slot * 0.8)) }
    }

    /// One bar per week of its session adherence, its value written above it, the 80 %
    /// threshold as a labelled line.
    static func weeklyAdherence(_ weeks: [Report.Week], words w: any ReportHTMLWords) -> Markup {
        var plot = Plot(top: 28, bottom: 208, slots: weeks.count)
        if plot.upright { (plot.top, plot.bottom) = (48, 228) }
        let y = { (share: Double) in plot.bottom - share * (plot.bottom - plot.top) }
        var parts: [Markup] = []
        for tick in [0.0, 0.2, 0.4, 0.6, 0.8, 1.0] {
            parts.append(line(plot.left, y(tick), plot.right, y(tick), stroke: "#bbb", width: 0.5))
            parts.append(text(w.percent(tick), x: plot.left - 6, y: y(tick) + 4, size: 10, anchor: "end"))
        }
        let barWidth = min(plot.slot * 0.6, 48)
        var values: [Markup] = []
        for (i, week) in weeks.enumerated() {
            let share = week.tally.adherence
            let top = y(share ?? 0)
            var attributes = ["class": "bar", "data-week": week.week]
            attributes["data-value"] = share.map { ReportJSON.numberText($0, places: 4) }
            let bar = ["x": n(plot.x(i) - barWidth / 2), "y": n(top), "width": n(barWidth), "height": n(plot.bottom - top),
                       "fill": "#888", "stroke": "#000"]
            parts.append(.element("g", attributes, [.element("rect", bar, [])]))
            values.append(label(w.percent(share), x: plot.x(i), y: top - 5, plot: plot))
        }
        // The threshold over the bars, and the values over the threshold, haloed to stay legible.
        let threshold = y(Report.adherenceThreshold)
        parts.append(line(plot.left, threshold, plot.right, threshold, stroke: "#000", width: 1.5, dash: "8 4", class: "threshold"))
        parts.append(text(w.thresholdLine(w.percent(Report.adherenceThreshold)), x: plot.right + 6, y: threshold + 4, size: 10))
        parts.append(.element("g", ["class": "values"], values))
        parts += axes(plot, weeks, yTitle: w.adherenceAxis, words: w)
        return svg(id: "adherence-chart", height: plot.bottom + 48, title: w.adherenceChartHeading,
                   description: w.adherenceChartDescription(threshold: w.percent(Report.adherenceThreshold)), parts)
    }

    /// The three pain series, in the order of `painRows`, told apart by dash and marker shape.
    private enum Series: String, CaseIterable {
        case before, after, morning

        func mean(_ week: Report.Week) -> Report.Mean {
            switch self {
            case .before: week.painBefore
            case .after: week.painAfter
            case .morning: week.morningPain
            }
        }

        var dash: String? {
            switch self {
            case .before: nil
            case .after: "7 4"
            case .morning: "2 3"
            }
        }

        var marker: Marker {
            switch self {
            case .before: .circle
            case .after: .square
            case .morning: .triangle
            }
        }

        var index: Int { Series.allCases.firstIndex(of: self)! }
    }

    private enum Marker { case circle, square, triangle }

    /// Pain before, after and the next morning per week on 0..10, a line each broken where a
    /// week has no answer, with the program's pain limit as a labelled line.
    static func weeklyPain(_ weeks: [Report.Week], limit: Int, words w: any ReportHTMLWords) -> Markup {
        let plot = Plot(top: 44, bottom: 244, slots: weeks.count)
        let y = { (pain: Double) in plot.bottom - pain / 10 * (plot.bottom - plot.top) }
        var parts: [Markup] = []
        for tick in stride(from: 0, through: 10, by: 2) {
            parts.append(line(plot.left, y(Double(tick)), plot.right, y(Double(tick)), stroke: "#bbb", width: 0.5))
            parts.append(text("\(tick)", x: plot.left - 6, y: y(Double(tick)) + 4, size: 10, anchor: "end"))
        }
        parts.append(line(plot.left, y(Double(limit)), plot.right, y(Double(limit)), stroke: "#000", width: 1.5, dash: "12 3 3 3",
                          class: "limit"))
        parts.append(text(w.painLimitLine(limit), x: plot.right + 6, y: y(Double(limit)) + 4, size: 10))
        let shift = min(4, plot.slot / 8)
        for spec in Series.allCases {
            // Each series a little to the side, so that equal values do not hide each other.
            let dx = Double(spec.index - 1) * shift
            let points = weeks.enumerated().map { i, week in
                spec.mean(week).value.map { (week: week.week, x: plot.x(i) + dx, y: y($0), value: $0) }
            }
            // A week without an answer breaks the line: only runs of two or more are drawn.
            var path = ""
            for (i, point) in points.enumerated() {
                guard let point else { continue }
                let joined = i > 0 && points[i - 1] != nil
                let continues = i + 1 < points.count && points[i + 1] != nil
                if joined || continues { path += " \(joined ? "L" : "M") \(n(point.x)) \(n(point.y))" }
            }
            var group: [Markup] = []
            if !path.isEmpty {
                var attributes = ["d": String(path.dropFirst()), "fill": "none", "stroke": "#000",
                                  "stroke-width": n(min(2, max(1, plot.slot / 10)))]
                attributes["stroke-dasharray"] = spec.dash
                group.append(.element("path", attributes, []))
            }
            let name = w.painRows[spec.index]
            for case let point? in points {
                let figure = ["class": "point", "data-series": spec.rawValue, "data-week": point.week,
                              "data-value": ReportJSON.numberText(point.value, places: 2)]
                group.append(marker(spec.marker, x: point.x, y: point.y, r: min(4, plot.slot / 5), figure,
                                    title: "\(point.week), \(name): \(w.decimal(point.value))"))
            }
            parts.append(.element("g", ["class": "series", "data-series": spec.rawValue], group))
            // The key, above the plot.
            let keyX = plot.left + Double(spec.index) * 190
            var sample = ["x1": n(keyX), "y1": "16", "x2": n(keyX + 32), "y2": "16", "stroke": "#000", "stroke-width": "2"]
            sample["stroke-dasharray"] = spec.dash
            parts.append(.element("g", ["class": "key"], [
                .element("line", sample, []), marker(spec.marker, x: keyX + 16, y: 16, [:], title: nil),
                text(name, x: keyX + 40, y: 20, size: 11),
            ]))
        }
        parts += axes(plot, weeks, yTitle: w.painColumns[0].heading, words: w)
        return svg(id: "pain-chart", height: plot.bottom + 48, title: w.painChartHeading,
                   description: w.painChartDescription(limit: limit), parts)
    }

    /// A marker of half-size `r` (4 where weeks have room, smaller where they crowd).
    private static func marker(_ shape: Marker, x: Double, y: Double, r: Double = 4, _ attributes: [String: String],
                               title: String?) -> Markup {
        let children = title.map { [Markup.element("title", $0)] } ?? []
        let open = ["fill": "#fff", "stroke": "#000", "stroke-width": n(r * 0.375)]
        switch shape {
        case .circle:
            return .element("circle", attributes.merging(open) { a, _ in a }.merging(["cx": n(x), "cy": n(y), "r": n(r)]) { $1 }, children)
        case .square:
            return .element("rect", attributes.merging(["x": n(x - r), "y": n(y - r), "width": n(2 * r), "height": n(2 * r),
                                                        "fill": "#000"]) { $1 }, children)
        case .triangle:
            let d = "M \(n(x)) \(n(y - 1.25 * r)) L \(n(x + 1.25 * r)) \(n(y + r)) L \(n(x - 1.25 * r)) \(n(y + r)) Z"
            return .element("path", attributes.merging(open) { a, _ in a }.merging(["d": d]) { $1 }, children)
        }
    }

    /// The axes, each week's label under its slot, and the axes' titles.
    private static func axes(_ plot: Plot, _ weeks: [Report.Week], yTitle: String, words w: any ReportHTMLWords) -> [Markup] {
        var parts = [line(plot.left, plot.top, plot.left, plot.bottom, stroke: "#000", width: 1),
                     line(plot.left, plot.bottom, plot.right, plot.bottom, stroke: "#000", width: 1)]
        for (i, week) in weeks.enumerated() {
            let short = String(week.week.suffix(from: week.week.firstIndex(of: "W") ?? week.week.startIndex))
            parts.append(label(short, x: plot.x(i), y: plot.bottom + 14, plot: plot, below: true))
        }
        let middle = (plot.top + plot.bottom) / 2
        parts.append(text(yTitle, x: 14, y: middle, anchor: "middle", upright: true))
        parts.append(text(w.weekAxis, x: (plot.left + plot.right) / 2, y: plot.bottom + 42, size: 11, anchor: "middle"))
        return parts
    }

    /// A week's label or value, over (or `below`) a point: level when it fits the week's
    /// slot, upright when not.
    private static func label(_ string: String, x: Double, y: Double, plot: Plot, below: Bool = false) -> Markup {
        let value = below ? nil : "value"
        guard plot.upright else {
            return text(string, x: x, y: y, size: plot.labelSize, anchor: "middle", bold: !below, halo: !below, class: value)
        }
        return text(string, x: x + plot.labelSize / 3, y: below ? y - 10 : y, size: plot.labelSize, anchor: below ? "end" : "start",
                    bold: !below, halo: !below, upright: true, class: value)
    }

    private static func svg(id: String, height: Double, title: String, description: String, _ parts: [Markup]) -> Markup {
        .element("svg", ["id": id, "class": "chart", "viewBox": "0 0 \(n(width)) \(n(height))", "role": "img",
                         "aria-labelledby": "\(id)-title \(id)-desc", "font-family": "sans-serif"],
                 [.element("title", ["id": "\(id)-title"], [.text(title)]), .element("desc", ["id": "\(id)-desc"], [.text(description)])]
                     + parts)
    }

    private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double, dash: String? = nil,
                             class: String? = nil) -> Markup {
        var attributes = ["x1": n(x1), "y1": n(y1), "x2": n(x2), "y2": n(y2), "stroke": stroke, "stroke-width": n(width)]
        attributes["stroke-dasharray"] = dash
        attributes["class"] = `class`
        return .element("line", attributes, [])
    }

    /// Text in SVG, read upwards when `upright`; a halo of white keeps it legible over a
    /// line or a pattern.
    private static func text(_ string: String, x: Double, y: Double, size: Double = 11, anchor: String = "start", fill: String = "#000",
                             bold: Bool = false, halo: Bool = false, upright: Bool = false, class: String? = nil) -> Markup {
        var attributes = ["x": n(x), "y": n(y), "font-size": n(size), "text-anchor": anchor, "fill": fill]
        attributes["class"] = `class`
        if bold { attributes["font-weight"] = "bold" }
        if upright { attributes["transform"] = "rotate(-90 \(n(x)) \(n(y)))" }
        if halo { attributes.merge(["stroke": "#fff", "stroke-width": "3", "paint-order": "stroke"]) { $1 } }
        return .element("text", attributes, [.text(string)])
    }

    private static func n(_ value: Double) -> String { Markup.number(value) }
}
