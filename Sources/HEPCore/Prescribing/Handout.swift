/// The program as the patient keeps it (`hep program handout`): what it says is decided
/// here once, in the patient's language, and laid out as plain text here or as a page
/// to print (`HandoutHTML.swift`).
public struct Handout: Sendable {
    /// One line of an exercise: a label and what it says ("Dose", "3 x 10, hold 5 s").
    public struct Fact: Sendable {
        public var label: String
        public var text: String
        /// When to stop: set apart on paper by a rule, not by colour.
        public var warning = false
    }

    public struct Item: Sendable {
        public var name: String
        /// Dose, rest, how often, pain limit and the therapist's note, in that order.
        public var facts: [Fact]
        public var steps: [String]
        public var cues: [String]
        /// Safety, then the equipment, after the steps as the library shows them.
        public var closing: [Fact]
    }

    public var language: Language
    public var title: String
    public var patient: String
    public var version: String
    public var note: String?
    public var items: [Item]
    public var questions: String?

    /// The version in force on `today`; before the first starts, the first, with its start.
    public init(_ program: Program, today: LocalDate, language: Language) {
        let w = language.handout
        let shown = program.version(on: today) ?? program.versions[0]
        self.language = language
        title = program.title
        patient = w.forPatient(program.patient.name)
        version = w.version(shown.version, from: language.common.longDate(shown.effective), started: shown.effective <= today)
        note = shown.note.flatMap { $0.isEmpty ? nil : $0 }
        items = shown.items.map { Handout.item($0, program: program, language: language) }
        questions = program.therapist.map(w.questions)
    }

    private static func item(_ item: ProgramItem, program: Program, language: Language) -> Item {
        let w = language.handout
        let text = item.exercise.text(in: language)
        let notation = DaysNotation.text(item.days)
        let days = notation == "daily" ? nil : language.program.days(notation).replacingOccurrences(of: ",", with: ", ")
        var facts = [Fact(label: w.doseLabel, text: language.common.dose(item.dose))]
        // Rest is taken only between sets (the session's timer runs nowhere else).
        if item.sets > 1 && item.restSeconds > 0 {
            facts.append(Fact(label: w.restLabel, text: w.restBetweenSets(language.common.duration(item.restSeconds))))
        }
        facts.append(Fact(label: w.howOftenLabel, text: w.timesPerDay(item.timesPerDay, days: days)))
        facts.append(Fact(label: w.painLabel, text: w.stopAbove(program.painLimit(for: item)), warning: true))
        if let notes = item.notes, !notes.isEmpty { facts.append(Fact(label: w.itemNoteLabel, text: notes)) }
        var closing = [Fact(label: w.safetyLabel, text: text.safety, warning: true)]
        let equipment = text.equipment ?? item.exercise.equipment
        if !equipment.isEmpty { closing.append(Fact(label: w.equipmentLabel, text: equipment.joined(separator: ", "))) }
        return Item(name: text.name, facts: facts, steps: text.instructions, cues: text.cues, closing: closing)
    }

    /// Plain text for a terminal or a printer: `width` columns, each label's text hanging
    /// beside it, and a note's own line breaks kept.
    public func text(width: Int = 80) -> String {
        let w = language.handout
        var out = TextWidth.wrap(title, width)
        out += [String(repeating: "=", count: out.map(TextWidth.of).max() ?? 0), patient, version]
        if let note { out += TextWidth.wrap(note, width, label: w.noteLabel + ": ", rest: "  ") }
        out.append("")
        if items.isEmpty { out += [language.program.noItems, ""] }
        let facts = items.flatMap { $0.facts + $0.closing }
        let labelWidth = (facts.map { TextWidth.of($0.label) }.max() ?? 0) + 3
        let indent = "   "
        for (n, item) in items.enumerated() {
            out += TextWidth.wrap(item.name, width, label: "\(n + 1). ")
            let fact = { (f: Fact) in TextWidth.wrap(f.text, width, label: indent + TextWidth.pad(f.label + ":", labelWidth)) }
            out += item.facts.flatMap(fact)
            if !item.steps.isEmpty {
                out.append(indent + w.stepsHeading + ":")
                for (i, step) in item.steps.enumerated() { out += TextWidth.wrap(step, width, label: indent + "\(i + 1). ") }
            }
            if !item.cues.isEmpty {
                out.append(indent + w.cuesHeading + ":")
                for cue in item.cues { out += TextWidth.wrap(cue, width, label: indent + "- ") }
            }
            out += item.closing.flatMap(fact)
            out.append("")
        }
        if let questions { out += TextWidth.wrap(questions, width) }
        return out.joined(separator: "\n") + "\n"
    }
}
