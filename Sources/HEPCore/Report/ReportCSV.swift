import Foundation

/// One row per exercise record, for spreadsheets: RFC 4180, CRLF line ends, fields with a
/// comma, quote or line break in double quotes.
public enum ReportCSV {
    public static let header = ["date", "session", "item", "status", "skipReason", "repsDone", "repsPrescribed",
                                "painBefore", "painDuring", "painAfter", "effort", "note"]

    public static func render(program: Program, logs: [LocalDate: DayLog], from: LocalDate, to: LocalDate) -> String {
        var rows = [header]
        for date in logs.keys.sorted() where date >= from && date <= to {
            let inForce = program.version(on: date)
            for session in logs[date]!.sessions {
                let named = program.version(number: session.programVersion)
                for record in session.exercises {
                    let item = inForce?.item(record.item) ?? named?.item(record.item)
                    rows.append(["\(date)", session.id, record.item, record.status.rawValue, record.skipReason?.rawValue ?? "",
                                 "\(record.sets.reduce(0) { $0 + $1.reps })", item.map { "\($0.dose.prescribedReps)" } ?? "",
                                 text(session.painBefore), text(record.painDuring), text(session.painAfter), text(record.effort),
                                 record.note ?? ""])
                }
            }
        }
        return rows.map { $0.map(quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func text(_ n: Int?) -> String { n.map(String.init) ?? "" }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
