/// The exercise library as plain text: a table of the exercises found, or one exercise in
/// full, in the reader's language.
public enum LibraryText {
    public static func list(_ entries: [ExerciseLibrary.Entry], language: Language) -> String {
        let w = language.library
        guard !entries.isEmpty else { return w.noneFound + "\n" }
        // Left-aligned columns, each cut to its width, the last taking the rest of the line;
        // an id is never cut, since it is what a therapist types.
        var columns = w.listColumns
        columns[0].width = max(columns[0].width, (entries.map { TextWidth.of($0.exercise.id) }.max() ?? 0) + 2)
        let row = { (cells: [String]) in
            zip(cells, columns).map { cell, column in
                column.width == 0 ? cell : TextWidth.pad(TextWidth.fit(cell, column.width - 1, ellipsis: "…"), column.width)
            }.joined()
        }
        var out = [row(columns.map(\.heading))]
        for entry in entries {
            let e = entry.exercise
            out.append(row([e.id, e.text(in: language).name, e.region, language.common.dose(e.defaults)]))
        }
        out.append(w.count(entries.count))
        return out.joined(separator: "\n") + "\n"
    }

    public static func show(_ entry: ExerciseLibrary.Entry, language: Language, width: Int = 80) -> String {
        let w = language.library
        let e = entry.exercise
        let text = e.text(in: language)
        var out = ["\(text.name) (\(e.id))"]
        out += TextWidth.wrap(w.facts(region: e.region, equipment: text.equipment ?? e.equipment,
                                      dose: language.common.dose(e.defaults)), width)
        out.append(w.instructions)
        for (i, step) in text.instructions.enumerated() {
            out += TextWidth.wrap(step, width, label: "  \(i + 1). ")
        }
        if !text.cues.isEmpty {
            out.append(w.cues)
            for cue in text.cues { out += TextWidth.wrap(cue, width, label: "  - ") }
        }
        out += TextWidth.wrap(text.safety, width, label: w.safety)
        if let sides = text.sideWords, let left = sides["left"], let right = sides["right"] {
            out += TextWidth.wrap("\(left) / \(right)", width, label: w.sides)
        }
        // The exercise as written, and each translation hep speaks.
        let others = Language.allCases.filter { $0 != language && ($0 == .en || e.translations?[$0.rawValue] != nil) }
        if !others.isEmpty {
            out.append(w.alsoIn(others.map { "\($0.rawValue): \(e.text(in: $0).name)" }))
        }
        out.append(w.file(entry.file))
        return out.joined(separator: "\n") + "\n"
    }
}
