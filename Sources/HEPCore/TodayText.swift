/// The plain-text plan of `hep today`: one line per item due, with its dose and how many
/// times, so the schedule can be read without the full screen.
public enum TodayText {
    public static func render(_ program: Program, _ day: DaySchedule, width: Int) -> String {
        var lines = ["\(day.date.weekday.name) \(day.date) - \(program.title) - \(program.patient.name)"]
        guard let version = day.version else {
            let start = program.versions.first.map { " The program starts on \($0.effective)." } ?? ""
            return (lines + ["", "Nothing is due.\(start)"]).joined(separator: "\n") + "\n"
        }
        var since = "Version \(version.version), since \(version.effective)"
        if let note = version.note, !note.isEmpty { since += ": \(note)" }
        lines += TextWidth.wrap(since, width)
        lines.append("")
        guard !day.due.isEmpty else {
            if let installed = program.installed, day.date < installed {
                lines.append("Nothing is due: the program was installed on \(installed).")
            } else {
                lines.append("Nothing is due on \(day.date.weekday.name)s.")
            }
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("Due:")
        let nameWidth = min(day.due.map { TextWidth.of($0.item.exercise.name) }.max() ?? 0, width / 2 - 2)
        for due in day.due {
            let name = TextWidth.pad(TextWidth.fit(due.item.exercise.name, nameWidth, ellipsis: "~"), nameWidth)
            let times = due.timesPerDay == 1 ? "once" : "\(due.timesPerDay) times"
            lines.append("  \(name)  \(TextWidth.pad(due.item.dose.summary, 28))  \(times)")
        }
        let total = day.due.reduce(0) { $0 + $1.timesPerDay }
        lines.append("")
        lines.append("\(day.due.count) exercise\(day.due.count == 1 ? "" : "s"), \(total) performance\(total == 1 ? "" : "s") in all.")
        return lines.map { TextWidth.fit($0, width, ellipsis: "") }.joined(separator: "\n") + "\n"
    }
}
