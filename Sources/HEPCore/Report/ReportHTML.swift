/// The report as one page to attach to a chart note: the text report's figures, flags and
/// summary, with a calendar, weekly adherence and weekly pain drawn as inline SVG
/// (`ReportCharts`). Self-contained (no script, nothing fetched), black and white, printable
/// on A4 and Letter. Every figure comes from the `Report`, worded by the same functions as
/// the text; each carries its value as the JSON gives it (`data-value`), so a reader or a
/// test can match the page with the JSON.
public enum ReportHTML {
    public static func render(_ r: Report, language: Language = .en) -> String {
        let w = language.reportHTML
        let threshold = w.percent(Report.adherenceThreshold)
        var body = header(r, words: w) + [figures(r, words: w)]
        body.append(section(w.calendarHeading, [chart(ReportCharts.calendar(r.days, words: w), w.calendarDescription)]))
        body.append(section(w.adherenceChartHeading,
                            [chart([ReportCharts.weeklyAdherence(r.weeks, words: w)], w.adherenceChartDescription(threshold: threshold))]))
        body.append(section(w.painChartHeading, [chart([ReportCharts.weeklyPain(r.weeks, limit: r.painLimit, words: w)],
                                                       w.painChartDescription(limit: r.painLimit)), weeks(r, words: w)]))
        body.append(section(w.exercisesHeading, [items(r, language: language)]))
        body.append(section(w.flagsHeading(r.flags.count), r.flags.isEmpty ? [] : [flags(r, words: w)]))
        if !r.problems.isEmpty {
            let problems = r.problems.map { Markup.element("li", class: "problem", w.dataProblem($0)) }
            body.append(section(w.problemsHeading(r.problems.count), [.element("ul", class: "problems", problems)]))
        }
        let summary = ReportText.summary(r, language: language)
        body.append(.element("p", class: "summary", [.element("strong", w.summaryLabel), .text(summary)]))
        let title = w.reportHeading(patient: r.patient.name, id: r.patient.id)
        return Markup.page(language: language, title: title, style: style, body: body)
    }

    /// Who, what, when: the patient, the program, the range and its versions, the report's
    /// today, and what is left out of the figures (today so far, unreadable days).
    private static func header(_ r: Report, words w: any ReportHTMLWords) -> [Markup] {
        var parts: [Markup] = [
            .element("h1", w.reportHeading(patient: r.patient.name, id: r.patient.id)),
            .element("p", class: "title", r.title),
            .element("p", class: "range", w.range(from: r.from, to: r.to, days: r.to.dayNumber - r.from.dayNumber + 1,
                                                  sessions: r.sessions)),
            .element("p", class: "as-of", w.asOf(r.asOf)),
            .element("h2", w.versionsHeading),
            .element("ul", class: "versions", r.versions.map { v in
                .element("li", ["class": "version", "data-version": "\(v.version)"],
                         [.text(w.version(v.version, from: v.effective) + (v.note.map { ": \($0)" } ?? ""))])
            }),
        ]
        if let today = r.today {
            let apart = w.todayApart(today.date, performed: today.tally.performed, due: today.tally.due, sessions: today.sessions)
            parts.append(.element("p", class: "apart today", apart))
        }
        let unread = r.days.filter { $0.standing == .unreadable }
        if !unread.isEmpty { parts.append(.element("p", class: "apart unreadable", w.unreadable(unread.map(\.date)))) }
        return parts
    }

    /// The headline figures, then the pain means with their missing answers.
    private static func figures(_ r: Report, words w: any ReportHTMLWords) -> Markup {
        let skipped = SkipReason.allCases.compactMap { reason in r.skipped[reason].map { (reason, $0) } }
        let rows = [
            row(w.sessionAdherenceLabel, [share(r.total.adherence, "adherence", w),
                                          .element("td", class: "detail", w.performedOfDue(r.total.performed, r.total.due))]),
            row(w.doseAdherenceLabel, [share(r.total.dose, "dose", w),
                                       .element("td", class: "detail", w.repsOfPrescribed(r.total.reps, r.total.prescribedReps))]),
            row(w.sessionsLabel, [count(r.sessions, "sessions"), .element("td", [])]),
            row(w.skipsLabel, [.element("td", ["class": "skips", "colspan": "2"], [.text(w.skipCounts(skipped))])]),
        ]
        let means = [("before", r.painBefore), ("after", r.painAfter), ("morning", r.morningPain)]
        let pain = zip(w.painRows, means).map { name, series in
            row(name, [mean(series.1, "mean", w), count(series.1.count, "answers"), count(series.1.missing, "missing")],
                ["data-pain": series.0])
        }
        return section(w.figuresHeading, [.element("table", class: "figures", [.element("tbody", rows)]),
                                          table(w.painColumns.map(\.heading), [pain], class: "pain")])
    }

    /// Each flag as the text report words it, marked with its date, kind and item.
    private static func flags(_ r: Report, words w: any ReportHTMLWords) -> Markup {
        .element("ul", class: "flags", r.flags.map { flag in
            var attributes = ["class": "flag", "data-date": "\(flag.date)", "data-kind": flag.kind.rawValue]
            attributes["data-item"] = flag.item
            return .element("li", attributes, [.element("span", class: "date", "\(flag.date)"), .text(" "),
                                               .element("strong", w.flagKind(flag.kind) + ":"), .text(" " + w.flag(flag.facts))])
        })
    }

    /// Each exercise as the text report has it, with its skips and unanswered questions
    /// in a row under it, the two kept together on paper.
    private static func items(_ r: Report, language: Language) -> Markup {
        let w = language.reportHTML
        let bodies = r.items.map { item -> [Markup] in
            let t = item.tally
            let figures = row(item.exercise.text(in: language).name, [
                count(t.due, "due"), count(t.performed, "performed"), share(t.adherence, "adherence", w), share(t.dose, "dose", w),
                mean(item.painDuring, "painDuring", w), mean(item.effort, "effort", w),
            ], ["class": "item", "data-item": item.item])
            guard let notes = ReportText.notes(item, words: w) else { return [figures] }
            return [figures, .element("tr", class: "note", [.element("td", ["colspan": "7"], [.text(notes)])])]
        }
        return table(w.itemColumns.map(\.heading), bodies, class: "items", body: "exercise")
    }

    /// Each week's adherence and pain: the values of both weekly charts.
    private static func weeks(_ r: Report, words w: any ReportHTMLWords) -> Markup {
        let rows = r.weeks.map { week in
            row("\(week.week) \(w.span(week.from, week.to))", [
                share(week.tally.adherence, "adherence", w), share(week.tally.dose, "dose", w), mean(week.painBefore, "before", w),
                mean(week.painAfter, "after", w), mean(week.morningPain, "morning", w),
            ], ["class": "week", "data-week": week.week])
        }
        return table(w.weekColumns.map(\.heading), [rows], class: "weeks")
    }

    /// A figure as shown, with its value as the JSON gives it (none when it is null).
    private static func figure(_ shown: String, _ name: String, _ value: Double?, places: Int) -> Markup {
        var attributes = ["class": "figure", "data-figure": name]
        attributes["data-value"] = value.map { ReportJSON.numberText($0, places: places) }
        return .element("td", attributes, [.text(shown)])
    }

    /// A fraction as a percentage that never rounds across the threshold.
    private static func share(_ fraction: Double?, _ name: String, _ w: any ReportHTMLWords) -> Markup {
        figure(w.percent(fraction), name, fraction, places: 4)
    }

    private static func mean(_ mean: Report.Mean, _ name: String, _ w: any ReportHTMLWords) -> Markup {
        figure(w.decimal(mean.value), name, mean.value, places: 2)
    }

    private static func count(_ n: Int, _ name: String) -> Markup { figure("\(n)", name, Double(n), places: 0) }

    private static func row(_ heading: String, _ cells: [Markup], _ attributes: [String: String] = [:]) -> Markup {
        .element("tr", attributes, [.element("th", ["scope": "row"], [.text(heading)])] + cells)
    }

    /// A table under `headings`, each group of rows its own `<tbody>` of class `body`.
    private static func table(_ headings: [String], _ groups: [[Markup]], class: String, body: String? = nil) -> Markup {
        let head = Markup.element("tr", headings.map { .element("th", ["scope": "col"], [.text($0)]) })
        return .element("table", class: `class`, [.element("thead", [head])] + groups.map { .element("tbody", class: body, $0) })
    }

    private static func section(_ heading: String, _ parts: [Markup]) -> Markup {
        .element("section", [.element("h2", heading)] + parts)
    }

    /// A chart with its description written under it, for the reader of the paper.
    private static func chart(_ svgs: [Markup], _ description: String) -> Markup {
        .element("figure", svgs + [.element("figcaption", description)])
    }

    /// Screen and paper alike: black text, rules and shades of grey, no fixed page size (A4
    /// and Letter both print), the charts' shades printed as drawn, a chart never split
    /// across sheets.
    private static let style = Markup.style("""
        body { font-family: sans-serif; font-size: 11pt; line-height: 1.35; color: #000; background: #fff; }
        body { max-width: 48em; margin: 1em auto; padding: 0 1em; }
        body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body, td, th { overflow-wrap: anywhere; }
        h1 { font-size: 1.5em; margin: 0 0 0.2em; padding-bottom: 0.2em; border-bottom: 2px solid #000; }
        h2 { font-size: 1.15em; margin: 1.2em 0 0.4em; padding-bottom: 0.1em; border-bottom: 1px solid #000; }
        p { margin: 0.2em 0; }
        .title { font-size: 1.15em; font-weight: bold; }
        ul { margin: 0.2em 0; padding-left: 1.4em; }
        li { margin: 0.15em 0; }
        .apart { border: 1px dashed #000; padding: 0.3em 0.6em; margin: 0.6em 0; }
        table { border-collapse: collapse; margin: 0.5em 0; }
        th, td { padding: 0.15em 0.6em; border-bottom: 1px solid #999; text-align: right; vertical-align: top; }
        thead th { border-bottom: 2px solid #000; }
        th:first-child, td.detail, td.skips, tr.note td { text-align: left; }
        th[scope=row] { font-weight: normal; }
        .figures th { white-space: nowrap; }
        .figures td.figure { font-weight: bold; }
        tr.note td { font-size: 0.9em; padding-left: 2em; }
        figure { margin: 0.6em 0; }
        svg.chart { display: block; width: 100%; max-width: 640px; height: auto; margin: 0.4em 0; }
        svg.chart { break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-size: 0.9em; }
        .summary { margin-top: 1.4em; padding-top: 0.4em; border-top: 2px solid #000; }
        @media print {
          @page { margin: 15mm; }
          body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
          h2 { break-after: avoid; page-break-after: avoid; }
          tr, li, .apart, tbody.exercise { break-inside: avoid; page-break-inside: avoid; }
        }
        """)
}
