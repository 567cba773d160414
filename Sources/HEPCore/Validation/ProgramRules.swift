/// Checks a program (`hep.program/1`): every range of the contract, ordered versions with
/// later effective dates, unique item ids within a version.
enum ProgramRules {
    static func check(_ program: JSONValue, _ c: Checker) {
        let root = "$"
        if let (v, p) = c.field(program, "patient", root), let patient = c.object(v, p) {
            for key in ["id", "name"] {
                if let (v, p) = c.field(patient, key, p) { c.string(v, p) }
            }
        }
        if let (v, p) = c.optional(program, "therapist", root), let therapist = c.object(v, p) {
            if let (v, p) = c.field(therapist, "name", p) { c.string(v, p) }
            if let (v, p) = c.optional(therapist, "contact", p) { c.string(v, p, allowEmpty: true) }
        }
        if let (v, p) = c.field(program, "title", root) { c.string(v, p) }
        if let (v, p) = c.optional(program, "painLimit", root) { c.int(v, p, 0...10) }
        if let (v, p) = c.optional(program, "installed", root) { c.date(v, p) }
        guard let (v, p) = c.field(program, "versions", root), let versions = c.array(v, p, nonEmpty: true) else { return }
        var previous: LocalDate?
        for (index, (version, path)) in versions.enumerated() {
            guard let version = c.object(version, path) else { continue }
            if let (v, p) = c.field(version, "version", path), v.integer != index + 1 {
                c.fail(p, "must be \(index + 1): versions are numbered 1, 2, 3 ... in order", got: v)
            }
            if let (v, p) = c.field(version, "effective", path), let date = c.date(v, p) {
                if let previous, date <= previous {
                    c.fail(p, "must be later than the previous version's \(previous)", got: v)
                }
                previous = date
            }
            if let (v, p) = c.optional(version, "note", path) { c.string(v, p, allowEmpty: true, lineBreaks: true) }
            if let (v, p) = c.field(version, "items", path), let items = c.array(v, p) {
                checkItems(items, version: index + 1, c)
            }
        }
    }

    private static func checkItems(_ items: [(JSONValue, String)], version: Int, _ c: Checker) {
        var ids: Set<String> = []
        for (item, path) in items {
            guard let item = c.object(item, path) else { continue }
            if let (v, p) = c.field(item, "id", path), let id = c.string(v, p) {
                if !isItemID(id) {
                    c.fail(p, "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit", got: v)
                } else if !ids.insert(id).inserted {
                    c.fail(p, "duplicate item id within version \(version)", got: v)
                }
            }
            if let (v, p) = c.field(item, "exercise", path) { ExerciseRules.check(v, p, c, embedded: true) }
            DoseRules.check(item, path, c)
            if let (v, p) = c.field(item, "timesPerDay", path) { c.int(v, p, 1...10) }
            if let (v, p) = c.field(item, "days", path), let days = c.array(v, p, nonEmpty: true) {
                var seen: Set<Weekday> = []
                for (day, dayPath) in days {
                    if let d = c.oneOf(day, dayPath, Weekday.self), !seen.insert(d).inserted {
                        c.fail(dayPath, "day listed twice", got: day)
                    }
                }
            }
            if let (v, p) = c.optional(item, "painLimit", path) { c.int(v, p, 0...10) }
            if let (v, p) = c.optional(item, "notes", path) { c.string(v, p, allowEmpty: true, lineBreaks: true) }
        }
    }
}

/// An item id: 1 to 64 ASCII letters, digits, `.`, `_` and `-`, starting with a letter or a
/// digit, so it can never name a path or break a line.
func isItemID(_ id: String) -> Bool {
    let u = Array(id.utf8)
    func alnum(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
    return (1...64).contains(u.count) && alnum(u[0]) && u.allSatisfy { alnum($0) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }
}
