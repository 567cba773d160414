/// The report as plain text for a terminal or a printout: 80 columns, every figure with
/// what it counts, and a one-line summary to paste into a clinical note.
public enum ReportText {
    public static func render(_ r: Report) -> String {
        var out: [String] = []
        out.append("hep report: \(r.patient.name) (\(r.patient.id))")
        out.append(r.title)
        let days = r.to.dayNumber - r.from.dayNumber + 1
        out.append("\(r.from) to \(r.to), \(days) day\(days == 1 ? "" : "s"), \(r.sessions) session\(r.sessions == 1 ? "" : "s")")
        for v in r.versions {
            out += wrap("Version \(v.version) from \(v.effective)" + (v.note.map { ": \($0)" } ?? ""), indent: "  ")
        }
        out.append("")
        out.append("Adherence")
        out.append("  sessions  \(pct(r.total.adherence))  (\(r.total.performed) of \(r.total.due) performances due)")
        out.append("  dose      \(pct(r.total.dose))  (\(r.total.reps) of \(r.total.prescribedReps) reps prescribed)")
        if let today = r.today {
            out += wrap("Today so far (\(today.date), not in the figures): \(today.tally.performed) of \(today.tally.due) performances, "
                + "\(today.sessions) session\(today.sessions == 1 ? "" : "s")", indent: "  ")
        }
        let unread = r.days.filter { $0.standing == .unreadable }
        if !unread.isEmpty {
            out += wrap("Not counted, their logs could not be read: " + unread.map { "\($0.date)" }.joined(separator: ", "), indent: "  ")
        }
        out.append("")
        out.append("Exercise              Due  Performed  Sessions  Dose  Pain during  Effort")
        for row in r.items {
            var line = TextWidth.pad(TextWidth.fit(row.name, 20, ellipsis: "~"), 20)
            line += TextWidth.padLeft("\(row.tally.due)", 5) + TextWidth.padLeft("\(row.tally.performed)", 11)
            line += TextWidth.padLeft(pct(row.tally.adherence), 10) + TextWidth.padLeft(pct(row.tally.dose), 6)
            line += TextWidth.padLeft(mean(row.painDuring), 13) + TextWidth.padLeft(mean(row.effort), 8)
            out.append(line)
            let missing = [row.painDuring.missing > 0 ? "pain not given \(row.painDuring.missing)x" : nil,
                           row.effort.missing > 0 ? "effort not given \(row.effort.missing)x" : nil].compactMap { $0 }
            let skipped = SkipReason.allCases.compactMap { reason in row.skipped[reason].map { "\(reason.rawValue) \($0)" } }
            var notes: [String] = []
            if !skipped.isEmpty { notes.append("skipped: " + skipped.joined(separator: ", ")) }
            notes += missing
            if !notes.isEmpty { out += wrap(notes.joined(separator: "; "), indent: "    ") }
        }
        out.append("")
        out.append("Pain (0-10)          mean  answers  not given")
        for (name, m) in [("before a session", r.painBefore), ("after a session", r.painAfter), ("next morning", r.morningPain)] {
            out.append("  " + TextWidth.pad(name, 18) + TextWidth.padLeft(mean(m), 5) + TextWidth.padLeft("\(m.count)", 9) + TextWidth.padLeft("\(m.missing)", 11))
        }
        out.append("")
        out.append("Week                  Sessions  Dose  Before  After  Morning")
        for w in r.weeks {
            let label = "\(w.week) \(span(w.from, w.to))"
            out.append(TextWidth.pad(label, 22) + TextWidth.padLeft(pct(w.tally.adherence), 8) + TextWidth.padLeft(pct(w.tally.dose), 6)
                + TextWidth.padLeft(mean(w.painBefore), 8) + TextWidth.padLeft(mean(w.painAfter), 7) + TextWidth.padLeft(mean(w.morningPain), 9))
        }
        out.append("")
        out.append(r.flags.isEmpty ? "Flags: none" : "Flags (\(r.flags.count))")
        for flag in r.flags {
            out += wrap("\(flag.date)  \(flag.kind.rawValue): \(English().flag(flag.facts))", indent: "  ", hanging: "    ")
        }
        if !r.problems.isEmpty {
            out.append("")
            out.append("Data problems (\(r.problems.count))")
            for problem in r.problems { out += wrap(problem, indent: "  ", hanging: "    ") }
        }
        out.append("")
        out += wrap("Summary: " + summary(r), indent: "")
        return out.joined(separator: "\n") + "\n"
    }

    /// One sentence with the range's main figures, for a clinical note.
    public static func summary(_ r: Report) -> String {
        var text = "\(r.from) to \(r.to): \(r.sessions) session\(r.sessions == 1 ? "" : "s"), "
            + "adherence \(pct(r.total.adherence)) of sessions and \(pct(r.total.dose)) of dose; "
            + "mean pain \(mean(r.painBefore)) before, \(mean(r.painAfter)) after, \(mean(r.morningPain)) next morning"
        if r.flags.isEmpty {
            text += "; no flags."
        } else {
            let counts = Report.Flag.Kind.allCases.compactMap { kind -> String? in
                let n = r.flags.filter { $0.kind == kind }.count
                return n == 0 ? nil : "\(kind.rawValue) x\(n)"
            }
            text += "; flags: " + counts.joined(separator: ", ") + "."
        }
        return text
    }

    /// `16-22 Nov`, or `30 Nov-6 Dec` across months.
    static func span(_ a: LocalDate, _ b: LocalDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        if a == b { return "\(a.day) \(months[a.month - 1])" }
        return a.month == b.month ? "\(a.day)-\(b.day) \(months[b.month - 1])"
            : "\(a.day) \(months[a.month - 1])-\(b.day) \(months[b.month - 1])"
    }

    static func pct(_ fraction: Double?) -> String { Report.percent(fraction) }
    static func mean(_ m: Report.Mean) -> String { Report.decimal(m.value) }

    static func wrap(_ text: String, indent: String, hanging: String? = nil, width: Int = 80) -> [String] {
        TextWidth.wrap(text, width - TextWidth.of(indent)).enumerated().map { i, line in
            (i == 0 ? indent : (hanging ?? indent)) + line
        }
    }
}
