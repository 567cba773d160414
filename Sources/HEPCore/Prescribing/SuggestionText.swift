/// `hep program suggest` as text: a heading naming the range, one row per item of the
/// version in force (id, exercise, suggestion) with its reasons wrapped under it, and a
/// last line that leaves the decision to the therapist.
public enum SuggestionText {
    public static func render(_ report: Report, program: Program, language: Language = .en, width: Int = 80) -> String {
        let w = language.suggest
        var out = TextWidth.wrap(w.heading(patient: report.patient, title: report.title), width)
        out += TextWidth.wrap(w.range(from: report.from, to: report.to, days: report.days.count, today: report.today?.date), width)
        if let version = program.version(on: report.to) {
            out += TextWidth.wrap(w.items(of: version), width)
            out.append("")
            out += version.items.isEmpty ? [language.program.noItems]
                : table(Suggestion.suggest(report, program: program), language: language, width: width)
        } else {
            out.append("")
            out += TextWidth.wrap(w.noVersion(on: report.to), width)
        }
        out.append("")
        out += TextWidth.wrap(w.therapistDecides, width)
        return out.joined(separator: "\n") + "\n"
    }

    /// Id, exercise and suggestion in columns as wide as they need (an id or a name past its
    /// cap is cut), and under each row its reasons across the whole width, indented.
    static func table(_ suggestions: [Suggestion], language: Language, width: Int) -> [String] {
        let w = language.suggest
        let names = suggestions.map { $0.item.exercise.text(in: language).name }
        let columns = w.columns
        let widest = { (cap: Int, cells: [String]) in min(cap, cells.map(TextWidth.of).max() ?? 0) + 2 }
        let idWidth = widest(32, [columns[0]] + suggestions.map(\.item.id))
        let nameWidth = widest(32, [columns[1]] + names)
        let row = { (id: String, name: String, kind: String) in
            TextWidth.pad(TextWidth.fit(id, idWidth - 2), idWidth) + TextWidth.pad(TextWidth.fit(name, nameWidth - 2), nameWidth) + kind
        }
        var out = [row(columns[0], columns[1], columns[2])]
        for (s, name) in zip(suggestions, names) {
            out.append(row(s.item.id, name, w.kind(s.kind)))
            out += TextWidth.wrap(w.sentence(s), width, label: "    ")
        }
        return out
    }
}
