/// The report as CSV for spreadsheets: RFC 4180, CRLF line ends, fields with a comma,
/// quote or line break in double quotes, and a field a spreadsheet would run as a formula
/// (starting with = + - @, a tab or a carriage return) made inert with a leading `'`,
/// since patients type notes.
///
/// The performances table has one row per due performance and per extra record, so the
/// report's adherence adds up from it: on the rows whose `day` is `counted`, due is the
/// rows that are not `extra`, performed those `done` or `partial`, reps the sum of
/// `repsCounted`, reps prescribed the sum of `repsPrescribed`.
public enum ReportCSV {
    public enum Table: String, CaseIterable, Sendable {
        case performances, sessions, days
    }

    public static let headers: [Table: [String]] = [
        .performances: ["date", "week", "version", "item", "time", "status", "reason", "repsDone", "repsCounted",
                        "repsPrescribed", "heldSeconds", "painDuring", "effort", "session", "day", "note"],
        .sessions: ["date", "session", "started", "ended", "version", "painBefore", "painAfter", "day"],
        .days: ["date", "week", "day", "due", "performed", "sessions", "morningPain"],
    ]

    public static func render(_ report: Report, logs: [LocalDate: DayLog], table: Table = .performances) -> String {
        var rows = [headers[table]!]
        switch table {
        case .performances:
            for p in report.performances { rows.append(row(p)) }
        case .sessions:
            for day in report.days where day.standing == .counted || day.standing == .today {
                for s in logs[day.date]?.sessions ?? [] {
                    rows.append(["\(day.date)", s.id, s.started.description, s.ended?.description ?? "", "\(s.programVersion)",
                                 text(s.painBefore), text(s.painAfter), day.standing.rawValue])
                }
            }
        case .days:
            for day in report.days {
                let known = day.standing == .counted || day.standing == .today
                rows.append(["\(day.date)", day.date.isoWeek, day.standing.rawValue, known ? "\(day.tally.due)" : "",
                             known ? "\(day.tally.performed)" : "", "\(day.sessions)", text(logs[day.date]?.morningPain)])
            }
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func row(_ p: Report.Performance) -> [String] {
        let r = p.record
        let reason: String = (r?.skipReason ?? r?.stopReason)?.rawValue ?? ""
        let heldText = r?.sets.contains { $0.heldSeconds != nil } == true ? String(r!.secondsHeld) : ""
        return ["\(p.date)", p.date.isoWeek, text(p.version), p.item, text(p.time), p.status.rawValue, reason, String(r?.repsDone ?? 0),
                String(p.repsCounted), String(p.repsPrescribed), heldText, text(r?.painDuring), text(r?.effort),
                p.session ?? "", p.counted ? "counted" : "today", r?.note ?? ""]
    }

    private static func text(_ n: Int?) -> String { n.map(String.init) ?? "" }

    /// One field: inert for spreadsheets, then quoted when it must be.
    static func field(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
