/// Checks a day log (`hep.log/1`). With the program at hand it also checks that every
/// session names a version in force by then and every record an item of that version.
enum LogRules {
    static func check(_ log: JSONValue, program: Program?, fileDate: LocalDate?, _ c: Checker) {
        let root = "$"
        var date: LocalDate?
        if let (v, p) = c.field(log, "date", root), let d = c.date(v, p) {
            date = d
            if let fileDate, fileDate != d { c.fail(p, "must match the file name \(fileDate).json", got: v) }
        }
        if let (v, p) = c.optional(log, "morningPain", root) { c.int(v, p, 0...10) }
        if let (v, p) = c.optional(log, "morningPainAsked", root) { c.moment(v, p) }
        guard let (v, p) = c.field(log, "sessions", root), let sessions = c.array(v, p) else { return }
        var ids: Set<String> = []
        for (session, path) in sessions {
            guard let session = c.object(session, path) else { continue }
            if let (v, p) = c.field(session, "id", path), let id = c.string(v, p), !ids.insert(id).inserted {
                c.fail(p, "duplicate session id in this day", got: v)
            }
            var started: Moment?
            if let (v, p) = c.field(session, "started", path), let m = c.moment(v, p) {
                started = m
                if let date, m.date != date { c.fail(p, "must fall on the log's date \(date)", got: v) }
            }
            if let (v, p) = c.optional(session, "ended", path), let ended = c.moment(v, p, nullable: true),
               let started, ended.epochSeconds < started.epochSeconds {
                c.fail(p, "must not be before the session started", got: v)
            }
            for key in ["painBefore", "painAfter"] {
                if let (v, p) = c.optional(session, key, path) { c.int(v, p, 0...10) }
            }
            var version: ProgramVersion?
            if let (v, p) = c.field(session, "programVersion", path), let n = c.int(v, p, 1...Int.max), let program {
                version = program.version(number: n)
                if version == nil {
                    c.fail(p, "the program has no such version", got: v)
                } else if let date, let effective = version?.effective, effective > date {
                    c.fail(p, "version \(n) takes effect on \(effective), after this log's date", got: v)
                    version = nil
                }
            }
            if let (v, p) = c.field(session, "exercises", path), let records = c.array(v, p) {
                for (record, recordPath) in records { checkRecord(record, recordPath, version: version, c) }
            }
        }
    }

    private static func checkRecord(_ record: JSONValue, _ path: String, version: ProgramVersion?, _ c: Checker) {
        guard let record = c.object(record, path) else { return }
        var item: ProgramItem?
        if let (v, p) = c.field(record, "item", path), let id = c.string(v, p), let version {
            item = version.item(id)
            if item == nil { c.fail(p, "not an item of program version \(version.version)", got: v) }
        }
        var status: RecordStatus?
        if let (v, p) = c.field(record, "status", path) { status = c.oneOf(v, p, RecordStatus.self) }
        let reason = record["skipReason"] ?? .null
        if status == .skipped {
            c.oneOf(reason, path + ".skipReason", SkipReason.self, why: " when the status is skipped")
        } else if status != nil && reason != .null {
            c.fail(path + ".skipReason", "must be null unless the status is skipped", got: reason)
        }
        if let (v, p) = c.optional(record, "stopReason", path), c.oneOf(v, p, SkipReason.self) != nil, status == .done {
            c.fail(p, "must be null when the status is done (the whole dose was done)", got: v)
        }
        if let (v, p) = c.field(record, "sets", path), let sets = c.array(v, p) {
            if status == .skipped && !sets.isEmpty { c.fail(p, "must be empty when the status is skipped", got: v) }
            for (set, setPath) in sets { checkSet(set, setPath, item: item, c) }
        }
        for key in ["painDuring", "effort"] {
            if let (v, p) = c.optional(record, key, path) { c.int(v, p, 0...10) }
        }
        if let (v, p) = c.optional(record, "note", path) { c.string(v, p, allowEmpty: true, lineBreaks: true) }
    }

    private static func checkSet(_ set: JSONValue, _ path: String, item: ProgramItem?, _ c: Checker) {
        guard let set = c.object(set, path) else { return }
        if let (v, p) = c.field(set, "side", path) {
            switch item?.side {
            case .both?: c.oneOf(v, p, Side.self, allowed: [.left, .right], why: " for a both-sides item")
            case let side?: c.oneOf(v, p, Side.self, allowed: [side], why: " as item \(item!.id) prescribes")
            case nil: c.oneOf(v, p, Side.self, allowed: [.left, .right, .none])
            }
        }
        if let (v, p) = c.field(set, "reps", path) { c.int(v, p, 0...200) }
        if let (v, p) = c.optional(set, "heldSeconds", path) {
            if item?.holdSeconds == 0 {
                c.fail(p, "must be absent: item \(item!.id) has no hold", got: v)
            } else {
                c.int(v, p, 0...720_000)
            }
        }
        if let (v, p) = c.field(set, "completed", path) { c.moment(v, p) }
    }
}
