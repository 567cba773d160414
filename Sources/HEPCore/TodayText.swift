/// The plain-text plan of `hep today`: one line per item due, with its dose and how many
/// times, so the schedule can be read without the full screen.
public enum TodayText {
    public static func render(_ program: Program, _ day: DaySchedule, width: Int, language: Language = .en) -> String {
        let words = language.today
        var lines = ["\(words.dayHeading(day.date)) - \(program.title) - \(program.patient.name)"]
        guard let version = day.version else {
            return (lines + ["", words.nothingDueYet(startsOn: program.versions.first?.effective)]).joined(separator: "\n") + "\n"
        }
        var since = words.version(version.version, since: version.effective)
        if let note = version.note, !note.isEmpty { since += ": \(note)" }
        lines += TextWidth.wrap(since, width)
        lines.append("")
        guard !day.due.isEmpty else {
            if let installed = program.installed, day.date < installed {
                lines.append(words.nothingDueBeforeInstalled(installed))
            } else {
                lines.append(words.nothingDueOn(day.date.weekday))
            }
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append(words.due)
        let names = day.due.map { $0.item.exercise.text(in: language).name }
        let nameWidth = min(names.map(TextWidth.of).max() ?? 0, width / 2 - 2)
        let doses = day.due.map { words.dose($0.item.dose) }
        let doseWidth = doses.map(TextWidth.of).max() ?? 0
        for (due, (name, dose)) in zip(day.due, zip(names, doses)) {
            let shown = TextWidth.pad(TextWidth.fit(name, nameWidth, ellipsis: "~"), nameWidth)
            lines.append("  \(shown)  \(TextWidth.pad(dose, doseWidth))  \(words.times(due.timesPerDay))")
        }
        lines.append("")
        lines.append(words.total(exercises: day.due.count, performances: day.due.reduce(0) { $0 + $1.timesPerDay }))
        return lines.map { TextWidth.fit($0, width, ellipsis: "") }.joined(separator: "\n") + "\n"
    }
}
