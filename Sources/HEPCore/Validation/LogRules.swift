/// Reads a day log (`hep.log/1`) and checks it in one pass: the one description of the
/// day log's shape from which hep's model is built. With the program at hand it also
/// checks that every session names a version in force by then and every record an item
/// of that version.
enum LogRules {
    /// What could be read: the log's own fields, and each session, nil where that session
    /// broke a rule (`problems` in the checker say which).
    struct Reading {
        var date: LocalDate?
        var morningPain: Int?
        var morningPainAsked: Moment?
        var sessions: [Session?] = []

        /// The log, when nothing in it broke a rule.
        var log: DayLog? {
            guard let date else { return nil }
            let read = sessions.compactMap { $0 }
            guard read.count == sessions.count else { return nil }
            var log = DayLog(date: date, morningPain: morningPain, sessions: read)
            log.morningPainAsked = morningPainAsked
            return log
        }
    }

    static func read(_ log: JSONValue, program: Program?, fileDate: LocalDate?, _ c: Checker) -> Reading {
        let root = JSONPath.root
        var reading = Reading()
        if let (v, p) = c.field(log, "date", root), let d = c.date(v, p) {
            reading.date = d
            if let fileDate, fileDate != d { c.fail(p, .dateNotFileName(fileDate), got: v) }
        }
        if let (v, p) = c.optional(log, "morningPain", root) { reading.morningPain = c.int(v, p, 0...10) }
        if let (v, p) = c.optional(log, "morningPainAsked", root) { reading.morningPainAsked = c.moment(v, p) }
        guard let (v, p) = c.field(log, "sessions", root), let sessions = c.array(v, p) else { return reading }
        var ids: Set<String> = []
        for (session, path) in sessions {
            let before = c.problems.count
            let read = readSession(session, path, date: reading.date, program: program, ids: &ids, c)
            reading.sessions.append(c.problems.count == before ? read : nil)
        }
        return reading
    }

    private static func readSession(_ value: JSONValue, _ path: JSONPath, date: LocalDate?, program: Program?, ids: inout Set<String>,
                                    _ c: Checker) -> Session? {
        guard let session = c.object(value, path) else { return nil }
        var id: String?
        if let (v, p) = c.field(session, "id", path), let s = c.string(v, p) {
            id = s
            if !ids.insert(s).inserted { c.fail(p, .duplicateSessionID, got: v) }
        }
        var started: Moment?
        if let (v, p) = c.field(session, "started", path), let m = c.moment(v, p) {
            started = m
            if let date, m.date != date { c.fail(p, .startedOffDate(date), got: v) }
        }
        var ended: Moment?
        if let (v, p) = c.optional(session, "ended", path), let m = c.moment(v, p, nullable: true) {
            ended = m
            if let started, m.epochSeconds < started.epochSeconds { c.fail(p, .endedBeforeStarted, got: v) }
        }
        let painBefore = c.optional(session, "painBefore", path).flatMap { c.int($0, $1, 0...10) }
        let painAfter = c.optional(session, "painAfter", path).flatMap { c.int($0, $1, 0...10) }
        var number: Int?
        var version: ProgramVersion?
        if let (v, p) = c.field(session, "programVersion", path), let n = c.int(v, p, 1...Int.max) {
            number = n
            if let program {
                version = program.version(number: n)
                if version == nil {
                    c.fail(p, .noSuchVersion, got: v)
                } else if let date, let effective = version?.effective, effective > date {
                    c.fail(p, .versionNotYetInForce(n, effective: effective), got: v)
                    version = nil
                }
            }
        }
        var records: [ExerciseRecord]?
        if let (v, p) = c.field(session, "exercises", path), let items = c.array(v, p) {
            let read = items.map { readRecord($0, $1, version: version, c) }
            records = read.compactMap { $0 }.count == read.count ? read.compactMap { $0 } : nil
        }
        guard let id, let started, let number, let records else { return nil }
        return Session(id: id, started: started, ended: ended, programVersion: number, painBefore: painBefore,
                       painAfter: painAfter, exercises: records)
    }

    private static func readRecord(_ value: JSONValue, _ path: JSONPath, version: ProgramVersion?, _ c: Checker) -> ExerciseRecord? {
        guard let record = c.object(value, path) else { return nil }
        var id: String?
        var item: ProgramItem?
        if let (v, p) = c.field(record, "item", path), let s = c.string(v, p) {
            id = s
            if let version {
                item = version.item(s)
                if item == nil { c.fail(p, .notItemOfVersion(version.version), got: v) }
            }
        }
        var status: RecordStatus?
        if let (v, p) = c.field(record, "status", path) { status = c.oneOf(v, p, RecordStatus.self) }
        let reason = record["skipReason"] ?? .null
        var skipReason: SkipReason?
        if status == .skipped {
            skipReason = c.oneOf(reason, path.member("skipReason"), SkipReason.self, why: .statusSkipped)
        } else if status != nil && reason != .null {
            c.fail(path.member("skipReason"), .skipReasonUnlessSkipped, got: reason)
        }
        var stopReason: SkipReason?
        if let (v, p) = c.optional(record, "stopReason", path), let r = c.oneOf(v, p, SkipReason.self) {
            stopReason = r
            if status == .done { c.fail(p, .stopReasonWhenDone, got: v) }
        }
        var sets: [SetRecord]?
        if let (v, p) = c.field(record, "sets", path), let items = c.array(v, p) {
            if status == .skipped && !items.isEmpty { c.fail(p, .setsWhenSkipped, got: v) }
            let read = items.map { readSet($0, $1, item: item, c) }
            sets = read.compactMap { $0 }.count == read.count ? read.compactMap { $0 } : nil
        }
        let painDuring = c.optional(record, "painDuring", path).flatMap { c.int($0, $1, 0...10) }
        let effort = c.optional(record, "effort", path).flatMap { c.int($0, $1, 0...10) }
        var note: String?
        if let (v, p) = c.optional(record, "note", path) { note = c.string(v, p, allowEmpty: true, lineBreaks: true) }
        guard let id, let status, let sets else { return nil }
        return ExerciseRecord(item: id, status: status, skipReason: skipReason, stopReason: stopReason, sets: sets,
                              painDuring: painDuring, effort: effort, note: note)
    }

    private static func readSet(_ value: JSONValue, _ path: JSONPath, item: ProgramItem?, _ c: Checker) -> SetRecord? {
        guard let set = c.object(value, path) else { return nil }
        var side: Side?
        if let (v, p) = c.field(set, "side", path) {
            if let item, item.side == .both {
                side = c.oneOf(v, p, Side.self, allowed: [.left, .right], why: .bothSidesItem)
            } else if let item {
                side = c.oneOf(v, p, Side.self, allowed: [item.side], why: .prescribedBy(item: item.id))
            } else {
                side = c.oneOf(v, p, Side.self, allowed: [.left, .right, .none])
            }
        }
        var reps: Int?
        if let (v, p) = c.field(set, "reps", path) { reps = c.int(v, p, 0...200) }
        var held: Int?
        if let (v, p) = c.optional(set, "heldSeconds", path) {
            if let item, item.holdSeconds == 0 {
                c.fail(p, .heldWithoutHold(item: item.id), got: v)
            } else {
                held = c.int(v, p, 0...720_000)
            }
        }
        var completed: Moment?
        if let (v, p) = c.field(set, "completed", path) { completed = c.moment(v, p) }
        guard let side, let reps, let completed else { return nil }
        return SetRecord(side: side, reps: reps, heldSeconds: held, completed: completed)
    }
}
