/// The report as plain text for a terminal or a printout: 80 columns, every figure with
/// what it counts, and a one-line summary to paste into a clinical note. Its words come
/// from `ReportWords`, in the therapist's language.
public enum ReportText {
    public static func render(_ r: Report, language: Language = .en) -> String {
        let w = language.report
        let pct = { (fraction: Double?) in w.percent(fraction) }
        let mean = { (m: Report.Mean) in w.decimal(m.value) }
        var out: [String] = []
        out.append(w.reportHeading(patient: r.patient.name, id: r.patient.id))
        out.append(r.title)
        out.append(w.range(from: r.from, to: r.to, days: r.to.dayNumber - r.from.dayNumber + 1, sessions: r.sessions))
        for v in r.versions {
            out += wrap(w.version(v.version, from: v.effective) + (v.note.map { ": \($0)" } ?? ""), indent: "  ")
        }
        out.append("")
        out.append(w.adherence)
        out.append("  " + w.sessionAdherence(pct(r.total.adherence), performed: r.total.performed, due: r.total.due))
        out.append("  " + w.doseAdherence(pct(r.total.dose), reps: r.total.reps, prescribed: r.total.prescribedReps))
        if let today = r.today {
            out += wrap(w.todayApart(today.date, performed: today.tally.performed, due: today.tally.due, sessions: today.sessions),
                        indent: "  ")
        }
        let unread = r.days.filter { $0.standing == .unreadable }
        if !unread.isEmpty { out += wrap(w.unreadable(unread.map(\.date)), indent: "  ") }
        out.append("")
        var items: [[String]] = []
        for row in r.items {
            let name = row.exercise.text(in: language).name
            items.append([name, "\(row.tally.due)", "\(row.tally.performed)", pct(row.tally.adherence),
                          pct(row.tally.dose), mean(row.painDuring), mean(row.effort)])
            items.append(notes(row, words: w).map { [$0] } ?? [])
        }
        out += table(w.itemColumns, items)
        out.append("")
        let pain = zip(w.painRows, [r.painBefore, r.painAfter, r.morningPain]).map { name, m in
            ["  " + name, mean(m), "\(m.count)", "\(m.missing)"]
        }
        out += table(w.painColumns, pain)
        out.append("")
        let weeks = r.weeks.map { week in
            ["\(week.week) \(w.span(week.from, week.to))", pct(week.tally.adherence), pct(week.tally.dose), mean(week.painBefore),
             mean(week.painAfter), mean(week.morningPain)]
        }
        out += table(w.weekColumns, weeks)
        out.append("")
        out.append(w.flagsHeading(r.flags.count))
        for flag in r.flags {
            out += wrap("\(flag.date)  \(w.flagKind(flag.kind)): \(w.flag(flag.facts))", indent: "  ", hanging: "    ")
        }
        if !r.problems.isEmpty {
            out.append("")
            out.append(w.problemsHeading(r.problems.count))
            for problem in r.problems { out += wrap(w.dataProblem(problem), indent: "  ", hanging: "    ") }
        }
        out.append("")
        out += wrap(w.summaryLabel + summary(r, language: language), indent: "")
        return out.joined(separator: "\n") + "\n"
    }

    /// What an exercise's figures leave unsaid: its skips by reason and its unanswered
    /// questions, or nil when there are none.
    static func notes(_ row: Report.ItemRow, words w: any ReportWords) -> String? {
        var notes: [String] = []
        let skipped = SkipReason.allCases.compactMap { reason in row.skipped[reason].map { (reason, $0) } }
        if !skipped.isEmpty { notes.append(w.skips(skipped)) }
        if row.painDuring.missing > 0 { notes.append(w.painNotGiven(row.painDuring.missing)) }
        if row.effort.missing > 0 { notes.append(w.effortNotGiven(row.effort.missing)) }
        return notes.isEmpty ? nil : notes.joined(separator: "; ")
    }

    /// One sentence with the range's main figures, for a clinical note.
    public static func summary(_ r: Report, language: Language = .en) -> String {
        let w = language.report
        let counts = Report.Flag.Kind.allCases.compactMap { kind -> (Report.Flag.Kind, Int)? in
            let n = r.flags.filter { $0.kind == kind }.count
            return n == 0 ? nil : (kind, n)
        }
        return w.summary(from: r.from, to: r.to, sessions: r.sessions, adherence: w.percent(r.total.adherence),
                         dose: w.percent(r.total.dose), before: w.decimal(r.painBefore.value), after: w.decimal(r.painAfter.value),
                         morning: w.decimal(r.morningPain.value), flags: counts)
    }

    /// A table: the first column left-aligned, the figures right-aligned, each column as
    /// wide as the language's words for it say. A row of one cell is a note under the row
    /// before it, indented and wrapped.
    static func table(_ columns: [(heading: String, width: Int)], _ rows: [[String]]) -> [String] {
        let table = TextTable(columns, ellipsis: "~")
        return [table.heading] + rows.flatMap { row -> [String] in
            switch row.count {
            case 0: return []
            case 1: return wrap(row[0], indent: "    ")
            default: return [table.line(row)]
            }
        }
    }

    static func wrap(_ text: String, indent: String, hanging: String? = nil, width: Int = 80) -> [String] {
        TextWidth.wrap(text, width, label: indent, rest: hanging)
    }
}
