import Foundation

/// A version of a program as text to edit (`hep program edit`), and back: an `effective`
/// line, a `note` line, then one line per item in the dose notation,
/// `slr-r  straight-leg-raise  3 x 12, hold 0, rest 30, right, 2/day, mon-fri, limit 4  # notes`.
/// A line states its item whole: a part left out takes the exercise's default (dose), once
/// a day, every day, the program's pain limit, no notes.
public enum ProgramForm {
    public static func render(_ prescription: Prescription, effective: LocalDate, language: Language) -> String {
        let latest = prescription.latest
        let program = prescription.program
        var out = language.program.formHelp(program, version: latest).map { $0.isEmpty ? "#" : "# " + $0 }
        out.append("")
        out.append("effective \(effective)")
        out.append("note" + (effective == latest.effective ? latest.note.map { " " + escaped($0) } ?? "" : ""))
        out.append("")
        let idWidth = (latest.items.map { $0.id.count }.max() ?? 0) + 2
        let exerciseWidth = (latest.items.map { $0.exercise.id.count }.max() ?? 0) + 2
        for item in latest.items {
            var line = TextWidth.pad(item.id, idWidth) + TextWidth.pad(item.exercise.id, exerciseWidth) + dose(item)
            if let notes = item.notes, !notes.isEmpty { line += "  # " + escaped(notes) }
            out.append(line)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// "3 x 12, hold 0, rest 30, right, 2/day, daily, limit 4".
    static func dose(_ item: ProgramItem) -> String {
        ["\(item.sets) x \(item.reps)", "hold \(item.holdSeconds)", "rest \(item.restSeconds)", item.side.rawValue,
         "\(item.timesPerDay)/day", DaysNotation.text(item.days)].joined(separator: ", ")
            + (item.painLimit.map { ", limit \($0)" } ?? "")
    }

    /// A line break in notes is written `\n`, and a backslash `\\`, so that notes stay on their line.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func unescaped(_ text: String) -> String {
        var out = ""
        var escaping = false
        for ch in text {
            if escaping {
                out.append(ch == "n" ? "\n" : ch)
                escaping = false
            } else if ch == "\\" {
                escaping = true
            } else {
                out.append(ch)
            }
        }
        return escaping ? out + "\\" : out
    }

    public struct Parsed: Equatable, Sendable {
        public var effective: LocalDate?
        public var note: String?
        public var items: [ProgramItem]
    }

    /// The form read back; every problem is named with its line, and none of them is left
    /// for later. Dates are checked against the program's latest version and `lastSession`.
    public static func parse(_ text: String, display: String, prescription: Prescription, library: ExerciseLibrary,
                             lastSession: LocalDate?) throws(InvalidData) -> Parsed {
        var problems: [Problem] = []
        /// `got` as a problem line shows it (text quoted, numbers bare).
        func fail(_ line: Int, _ part: String, _ what: ProblemMessage, _ got: String?) {
            problems.append(Problem(file: display, place: .line(line, part: part), what, got: got))
        }
        let q = { (text: String) in JSONWriter.compact(.string(text)) }
        var parsed = Parsed(effective: nil, note: nil, items: [])
        var seen: Set<String> = []
        var keywords: Set<String> = []
        let latest = prescription.latest
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let n = index + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let (keyword, rest) = split(line)
            if keyword == "effective" || keyword == "note", !keywords.insert(keyword).inserted {
                fail(n, keyword, .givenTwice, q(rest))
                continue
            }
            switch keyword {
            case "effective":
                guard let date = LocalDate(rest) else { fail(n, keyword, .notDate, q(rest)); continue }
                do {
                    try prescription.check(date, lastSession: lastSession)
                } catch {
                    if let problem = error.formProblem { fail(n, keyword, problem, q(rest)) }
                }
                parsed.effective = date
            case "note":
                let note = unescaped(rest)
                if let problem = TextRule.problem(note, lineBreaks: true, allowEmpty: true) { fail(n, keyword, problem, q(note)) }
                parsed.note = note.isEmpty ? nil : note
            default:
                guard isItemID(keyword) else { fail(n, "item", .badItemID, q(keyword)); continue }
                guard seen.insert(keyword).inserted else { fail(n, "item", .duplicateItemID(version: latest.version + 1), q(keyword)); continue }
                let (exerciseID, dose) = split(rest)
                guard !exerciseID.isEmpty else { fail(n, keyword, .notFormLine, q(line)); continue }
                let exercise: Exercise
                if let old = latest.item(keyword), old.exercise.id == exerciseID {
                    exercise = old.exercise
                } else if let entry = library.entry(exerciseID) {
                    exercise = entry.exercise
                } else {
                    fail(n, keyword, .unknownExercise(exerciseID), nil)
                    continue
                }
                switch spec(dose) {
                case let .failure(problem): fail(n, keyword, problem.message, q(problem.got))
                case let .success(spec):
                    let problems = spec.problems
                    problems.forEach { fail(n, "\(keyword) \($0.part.rawValue)", $0.message, $0.got) }
                    guard problems.isEmpty else { continue }
                    var item = spec.applied(to: .starting(exercise, id: keyword))
                    // Days in another order are the same days.
                    if let old = latest.item(keyword), Set(old.days) == Set(item.days) { item.days = old.days }
                    parsed.items.append(item)
                }
            }
        }
        guard problems.isEmpty else { throw InvalidData(problems) }
        return parsed
    }

    /// The first word of a line and the rest.
    private static func split(_ line: String) -> (String, String) {
        guard let space = line.firstIndex(where: \.isWhitespace) else { return (line, "") }
        return (String(line[..<space]), line[space...].trimmingCharacters(in: .whitespaces))
    }

    struct PartProblem: Error {
        var message: ProblemMessage
        var got: String
    }

    /// The dose and notes of an item line: every part the line leaves out is set to its
    /// starting value, so what the line says is what is prescribed.
    static func spec(_ text: String) -> Result<ItemSpec, PartProblem> {
        var dose = text
        var notes = ""
        if let hash = text.range(of: "#") {
            dose = String(text[..<hash.lowerBound])
            notes = unescaped(text[hash.upperBound...].trimmingCharacters(in: .whitespaces))
        }
        var spec = ItemSpec(painLimit: .program, notes: notes)
        var days: [String] = []
        var seen: Set<String> = []
        for part in dose.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !part.isEmpty {
            let words = part.split(whereSeparator: { $0 == " " || $0 == "x" }).map(String.init)
            let number = { (word: String) -> Int? in Int(word.hasSuffix("s") ? String(word.dropLast()) : word) }
            let kind: String
            if part.contains("x"), words.count == 2, let sets = Int(words[0]), let reps = Int(words[1]) {
                (kind, spec.sets, spec.reps) = ("x", sets, reps)
            } else if words == ["limit", "program"] {
                (kind, spec.painLimit) = ("limit", .program)
            } else if words.count >= 2, ["hold", "rest", "limit"].contains(words[0]), let n = number(words[1...].joined()) {
                kind = words[0]
                switch kind {
                case "hold": spec.holdSeconds = n
                case "rest": spec.restSeconds = n
                default: spec.painLimit = .own(n)
                }
            } else if let side = Side(rawValue: part) {
                (kind, spec.side) = ("side", side)
            } else if part.hasSuffix("/day"), let n = Int(part.dropLast(4).trimmingCharacters(in: .whitespaces)) {
                (kind, spec.timesPerDay) = ("/day", n)
            } else if part == "daily" || Weekday(rawValue: String(part.prefix(3))) != nil {
                days.append(part)
                continue
            } else {
                return .failure(PartProblem(message: .notDosePart, got: part))
            }
            // Two holds on one line is a slip, not a choice: which one was meant?
            guard seen.insert(kind).inserted else { return .failure(PartProblem(message: .givenTwice, got: part)) }
        }
        if !days.isEmpty {
            guard let parsed = DaysNotation.parse(days.joined(separator: ",")) else {
                return .failure(PartProblem(message: .notDays, got: days.joined(separator: ",")))
            }
            spec.days = parsed
        }
        return .success(spec)
    }
}
