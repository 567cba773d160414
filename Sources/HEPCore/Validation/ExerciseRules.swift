/// Checks an exercise, from the library or embedded in a program item.
enum ExerciseRules {
    static func check(_ value: JSONValue, _ path: String, _ c: Checker, embedded: Bool) {
        guard let e = c.object(value, path) else { return }
        if embedded, let (schema, p) = c.optional(e, "schema", path), schema != .string(Exercise.schemaID) {
            c.fail(p, "must be \(Exercise.schemaID) when given", got: schema)
        }
        if let (v, p) = c.field(e, "id", path), let id = c.string(v, p), !isKebabCase(id) {
            c.fail(p, "must be kebab-case: lower-case letters and digits joined by single hyphens", got: v)
        }
        for key in ["name", "region", "safety"] {
            if let (v, p) = c.field(e, key, path) { c.string(v, p) }
        }
        if let (v, p) = c.field(e, "equipment", path) { c.strings(v, p) }
        if let (v, p) = c.field(e, "instructions", path) { c.strings(v, p, nonEmpty: true) }
        if let (v, p) = c.field(e, "cues", path) { c.strings(v, p) }
        if let (v, p) = c.field(e, "defaults", path), let d = c.object(v, p) {
            DoseRules.check(d, p, c)
        }
        checkSideWords(e, path, c)
        if let (v, p) = c.optional(e, "translations", path), case let .object(languages)? = c.object(v, p) {
            for (tag, text) in languages {
                let tp = p + "." + tag
                guard isLanguageTag(tag) else {
                    c.fail(tp, "must be keyed by a language tag such as es or pt-BR", got: text)
                    continue
                }
                guard let t = c.object(text, tp) else { continue }
                for key in ["name", "safety"] {
                    if let (v, p) = c.field(t, key, tp) { c.string(v, p) }
                }
                if let (v, p) = c.field(t, "instructions", tp) { c.strings(v, p, nonEmpty: true) }
                if let (v, p) = c.field(t, "cues", tp) { c.strings(v, p) }
                if let (v, p) = c.optional(t, "equipment", tp) { c.strings(v, p) }
                checkSideWords(t, tp, c)
            }
        }
    }

    private static func checkSideWords(_ object: JSONValue, _ path: String, _ c: Checker) {
        guard let (v, p) = c.optional(object, "sideWords", path), case let .object(fields)? = c.object(v, p) else { return }
        for (key, words) in fields {
            if key == "left" || key == "right" {
                c.string(words, p + "." + key)
            } else {
                c.fail(p + "." + key, "must be left or right", got: words)
            }
        }
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

    @discardableResult
    static func check(_ object: JSONValue, _ path: String, _ c: Checker) -> Side? {
        for (key, range) in [("sets", sets), ("reps", reps), ("holdSeconds", holdSeconds), ("restSeconds", restSeconds)] {
            if let (v, p) = c.field(object, key, path) { c.int(v, p, range) }
        }
        guard let (v, p) = c.field(object, "side", path) else { return nil }
        return c.oneOf(v, p, Side.self)
    }
}
