/// Reads a program (`hep.program/1`) and checks it in one pass: every range of the contract,
/// ordered versions with later effective dates, unique item ids within a version. The model
/// it returns is whole only when the checker found no problem.
public enum ProgramRules {
    public static let timesPerDay = 1...10
    public static let painLimit = 0...10

    static func read(_ program: JSONValue, _ c: Checker) -> Program? {
        let root = JSONPath.root
        var patient: Patient?
        if let (v, p) = c.field(program, "patient", root), let object = c.object(v, p) {
            let id = c.field(object, "id", p).flatMap { c.string($0, $1) }
            let name = c.field(object, "name", p).flatMap { c.string($0, $1) }
            if let id, let name { patient = Patient(id: id, name: name) }
        }
        var therapist: Therapist?
        if let (v, p) = c.optional(program, "therapist", root), let object = c.object(v, p) {
            let contact = c.optional(object, "contact", p).flatMap { c.string($0, $1, allowEmpty: true) }
            if let name = c.field(object, "name", p).flatMap({ c.string($0, $1) }) { therapist = Therapist(name: name, contact: contact) }
        }
        let title = c.field(program, "title", root).flatMap { c.string($0, $1) }
        let painLimit = c.optional(program, "painLimit", root).flatMap { c.int($0, $1, ProgramRules.painLimit) }
        let installed = c.optional(program, "installed", root).flatMap { c.date($0, $1) }
        var versions: [ProgramVersion] = []
        if let (v, p) = c.field(program, "versions", root), let list = c.array(v, p, nonEmpty: true) {
            var previous: LocalDate?
            for (index, (version, path)) in list.enumerated() {
                guard let version = c.object(version, path) else { continue }
                if let (v, p) = c.field(version, "version", path), v.integer != index + 1 {
                    c.fail(p, .versionOutOfOrder(expected: index + 1), got: v)
                }
                var effective: LocalDate?
                if let (v, p) = c.field(version, "effective", path), let date = c.date(v, p) {
                    if let previous, date <= previous {
                        c.fail(p, .effectiveNotAfter(previous: previous), got: v)
                    }
                    previous = date
                    effective = date
                }
                let note = c.optional(version, "note", path).flatMap { c.string($0, $1, allowEmpty: true, lineBreaks: true) }
                let items = c.field(version, "items", path).flatMap { c.array($0, $1) }.map { readItems($0, version: index + 1, c) }
                if let effective, let items {
                    versions.append(ProgramVersion(version: index + 1, effective: effective, note: note, items: items))
                }
            }
        }
        guard let patient, let title else { return nil }
        return Program(patient: patient, therapist: therapist, title: title, painLimit: painLimit, installed: installed, versions: versions)
    }

    private static func readItems(_ items: [(JSONValue, JSONPath)], version: Int, _ c: Checker) -> [ProgramItem] {
        var ids: Set<String> = []
        return items.compactMap { item, path in
            guard let item = c.object(item, path) else { return nil }
            var id: String?
            if let (v, p) = c.field(item, "id", path), let s = c.string(v, p) {
                if !isItemID(s) {
                    c.fail(p, .badItemID, got: v)
                } else if !ids.insert(s).inserted {
                    c.fail(p, .duplicateItemID(version: version), got: v)
                }
                id = s
            }
            let exercise = c.field(item, "exercise", path).flatMap { ExerciseRules.read($0, $1, c, embedded: true) }
            let dose = DoseRules.read(item, path, c)
            let timesPerDay = c.field(item, "timesPerDay", path).flatMap { c.int($0, $1, ProgramRules.timesPerDay) }
            var days: [Weekday]?
            if let (v, p) = c.field(item, "days", path), let list = c.array(v, p, nonEmpty: true) {
                var seen: [Weekday] = []
                for (day, dayPath) in list {
                    guard let d = c.oneOf(day, dayPath, Weekday.self) else { continue }
                    if seen.contains(d) { c.fail(dayPath, .dayTwice, got: day) } else { seen.append(d) }
                }
                days = seen
            }
            let painLimit = c.optional(item, "painLimit", path).flatMap { c.int($0, $1, ProgramRules.painLimit) }
            let notes = c.optional(item, "notes", path).flatMap { c.string($0, $1, allowEmpty: true, lineBreaks: true) }
            guard let id, let exercise, let dose, let timesPerDay, let days else { return nil }
            return ProgramItem(id: id, exercise: exercise, sets: dose.sets, reps: dose.reps, holdSeconds: dose.holdSeconds,
                               restSeconds: dose.restSeconds, side: dose.side, timesPerDay: timesPerDay, days: days,
                               painLimit: painLimit, notes: notes)
        }
    }
}

/// An item id: 1 to 64 ASCII letters, digits, `.`, `_` and `-`, starting with a letter or a
/// digit, so it can never name a path or break a line.
public func isItemID(_ id: String) -> Bool {
    let u = Array(id.utf8)
    func alnum(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
    return (1...64).contains(u.count) && alnum(u[0]) && u.allSatisfy { alnum($0) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D }
}
