/// Every version of a program with its date and note, and what changed against the one
/// before (`hep program history`); the same lines confirm each change a command makes.
public enum HistoryText {
    public static func render(_ program: Program, language: Language, width: Int = 80) -> String {
        let w = language.program
        var out = [program.title]
        out += TextWidth.wrap(w.patient(program.patient, therapist: program.therapist), width)
        for version in program.versions { out += [""] + lines(version, in: program, language: language, width: width) }
        return out.joined(separator: "\n") + "\n"
    }

    /// One version: its date and note, and what changed against the version before it.
    public static func lines(_ version: ProgramVersion, in program: Program, language: Language, width: Int = 80) -> [String] {
        TextWidth.wrap(language.program.historyVersion(version), width)
            + changeLines(ItemChange.compare(program.version(number: version.version - 1), version, in: program), program: program,
                          language: language, width: width)
    }

    /// "  added    bridge (Bridges): 3 x 10, hold 3 s; rest 30 s; 1/day, daily", one per change.
    public static func changeLines(_ changes: [ItemChange], program: Program, language: Language, width: Int = 80) -> [String] {
        let w = language.program
        guard !changes.isEmpty else { return ["  " + w.noItemChanged] }
        let kindWidth = changes.map { TextWidth.of(w.changeKind($0)) }.max()! + 1
        return changes.flatMap { change -> [String] in
            let item = change.item
            let name = "\(item.id) (\(item.exercise.text(in: language).name))"
            let what: String
            switch change {
            case .added: what = name + ": " + ProgramText.prescription(item, program: program, language: language)
            case .removed: what = name
            // A field's change stays on one line, unless it is longer than a line (a note).
            case let .changed(_, fields):
                what = name + ": " + fields.map { w.field($0) }.map { $0.count <= 30 ? ProgramText.unbroken($0) : $0 }.joined(separator: ", ")
            }
            let label = "  " + TextWidth.pad(w.changeKind(change), kindWidth)
            return TextWidth.wrap(what, width, label: label, rest: String(repeating: " ", count: TextWidth.of(label) + 2))
                .map(ProgramText.keepingSpaces)
        }
    }
}
