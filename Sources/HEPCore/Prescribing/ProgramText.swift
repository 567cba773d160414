/// A program as plain text for the therapist (`hep program show`): who it is for, one
/// version with its note, and each item with its dose, rest, how often and pain limit.
public enum ProgramText {
    public static func show(_ program: Program, version: ProgramVersion, language: Language, width: Int = 80) -> String {
        let w = language.program
        var out = [program.title]
        out += TextWidth.wrap(w.patient(program.patient, therapist: program.therapist), width)
        out += TextWidth.wrap(w.version(version, of: program.versions.count), width, label: "", rest: "  ")
        if let next = program.versions.first(where: { $0.version > version.version }) { out += TextWidth.wrap(w.scheduled(next), width) }
        out += TextWidth.wrap(w.programLimit(program.effectivePainLimit), width)
        out.append("")
        guard !version.items.isEmpty else { return (out + [w.noItems]).joined(separator: "\n") + "\n" }
        let idWidth = (version.items.map { TextWidth.of($0.id) }.max() ?? 0) + 2
        let names = version.items.map { $0.exercise.text(in: language).name }
        let nameWidth = min(28, (names.map { TextWidth.of($0) }.max() ?? 0) + 2)
        let indent = String(repeating: " ", count: idWidth + nameWidth)
        for (item, name) in zip(version.items, names) {
            let label = TextWidth.pad(item.id, idWidth) + TextWidth.pad(TextWidth.fit(name, nameWidth - 2), nameWidth)
            out += TextWidth.wrap(prescription(item, program: program, language: language), width, label: label, rest: indent)
                .map(keepingSpaces)
            if let notes = item.notes, !notes.isEmpty { out += TextWidth.wrap(notes, width, label: indent) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A part of a prescription ("rest 30 s") is never split across lines: its spaces do
    /// not break (U+00A0) until `keepingSpaces` turns them back after wrapping.
    static func unbroken(_ part: String) -> String { part.replacingOccurrences(of: " ", with: "\u{A0}") }
    static func keepingSpaces(_ line: String) -> String { line.replacingOccurrences(of: "\u{A0}", with: " ") }

    /// "3 x 10, hold 5 s, right; rest 30 s; 2/day, daily; pain limit 4": the item's own
    /// limit only, since the program's is said once above.
    public static func prescription(_ item: ProgramItem, program: Program, language: Language) -> String {
        let w = language.program
        var parts = [language.common.dose(item.dose), w.rest(item.restSeconds),
                     w.perDay(item.timesPerDay) + ", " + w.days(DaysNotation.text(item.days))]
        if let limit = item.painLimit { parts.append(w.painLimit(limit)) }
        return parts.map(unbroken).joined(separator: "; ")
    }
}
