/// Reads an exercise, from the library or embedded in a program item, and checks it on the way.
enum ExerciseRules {
    static func read(_ value: JSONValue, _ path: JSONPath, _ c: Checker, embedded: Bool) -> Exercise? {
        guard let e = c.object(value, path) else { return nil }
        var schema: String?
        if let (v, p) = c.optional(e, "schema", path), embedded {
            if v != .string(Exercise.schemaID) { c.fail(p, .wrongExerciseSchema(expected: Exercise.schemaID), got: v) }
            schema = v.text
        } else if !embedded {
            schema = Exercise.schemaID
        }
        var id: String?
        if let (v, p) = c.field(e, "id", path), let s = c.string(v, p) {
            if !isKebabCase(s) { c.fail(p, .notKebabCase, got: v) }
            id = s
        }
        let text = readText(e, path, equipment: nil, c)
        let region = c.field(e, "region", path).flatMap { c.string($0, $1) }
        let equipment = c.field(e, "equipment", path).flatMap { c.strings($0, $1) }
        let defaults = c.field(e, "defaults", path).flatMap { v, p in c.object(v, p).flatMap { DoseRules.read($0, p, c) } }
        var translations: [String: ExerciseText]?
        if let (v, p) = c.optional(e, "translations", path), case let .object(languages)? = c.object(v, p) {
            translations = [:]
            for (tag, text) in languages {
                let tp = p.member(tag)
                guard isLanguageTag(tag) else {
                    c.fail(tp, .notLanguageTag, got: text)
                    continue
                }
                guard let t = c.object(text, tp) else { continue }
                let equipment = c.optional(t, "equipment", tp).flatMap { c.strings($0, $1) }
                translations?[tag] = readText(t, tp, equipment: equipment, c)
            }
        }
        guard let id, let text, let region, let equipment, let defaults else { return nil }
        return Exercise(schema: schema, id: id, name: text.name, region: region, equipment: equipment, instructions: text.instructions,
                        cues: text.cues, safety: text.safety, defaults: defaults, sideWords: text.sideWords, translations: translations)
    }

    /// What the patient reads: the exercise's own words, or those of one translation.
    private static func readText(_ object: JSONValue, _ path: JSONPath, equipment: [String]?, _ c: Checker) -> ExerciseText? {
        let name = c.field(object, "name", path).flatMap { c.string($0, $1) }
        let safety = c.field(object, "safety", path).flatMap { c.string($0, $1) }
        let instructions = c.field(object, "instructions", path).flatMap { c.strings($0, $1, nonEmpty: true) }
        let cues = c.field(object, "cues", path).flatMap { c.strings($0, $1) }
        var sideWords: [String: String]?
        if let (v, p) = c.optional(object, "sideWords", path), case let .object(fields)? = c.object(v, p) {
            sideWords = [:]
            for (key, words) in fields {
                if key == "left" || key == "right" {
                    sideWords?[key] = c.string(words, p.member(key))
                } else {
                    c.fail(p.member(key), .notSideKey, got: words)
                }
            }
        }
        guard let name, let safety, let instructions, let cues else { return nil }
        return ExerciseText(name: name, instructions: instructions, cues: cues, safety: safety, sideWords: sideWords, equipment: equipment)
    }

    /// `es`, `pt-BR`: a language of two or three lower-case letters, then subtags.
    static func isLanguageTag(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
              language.utf8.allSatisfy({ (0x61...0x7A).contains($0) }) else { return false }
        return parts.dropFirst().allSatisfy { ($0.count >= 1 && $0.count <= 8) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    static func isKebabCase(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        }
    }
}

/// The dose fields shared by exercise defaults and program items, with the contract's ranges.
enum DoseRules {
    static let sets = 1...20
    static let reps = 1...200
    static let holdSeconds = 0...3600
    static let restSeconds = 0...600

    static func read(_ object: JSONValue, _ path: JSONPath, _ c: Checker) -> Dose? {
        let numbers = [("sets", sets), ("reps", reps), ("holdSeconds", holdSeconds), ("restSeconds", restSeconds)].map { key, range in
            c.field(object, key, path).flatMap { c.int($0, $1, range) }
        }
        let side = c.field(object, "side", path).flatMap { c.oneOf($0, $1, Side.self) }
        guard let sets = numbers[0], let reps = numbers[1], let hold = numbers[2], let rest = numbers[3], let side else { return nil }
        return Dose(sets: sets, reps: reps, holdSeconds: hold, restSeconds: rest, side: side)
    }
}
