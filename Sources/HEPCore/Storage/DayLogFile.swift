/// A day log as `LogBook` holds it: what hep can read of it, and the document it came from.
///
/// A log that parses but breaks a rule (an older hep's session that ended before it
/// started, a hand-edited pain of 11) is kept: its sessions and answers that break a rule
/// are written back exactly as they were, and still reported, while the readable rest
/// can be recorded into. Only a file that is not a day log at all (not JSON, or without
/// the schema, date and session list of one) cannot be recorded into.
struct DayLogFile {
    /// The sessions and answers hep can read, which the session screen records into.
    var log: DayLog
    /// The document last read or written, with any fields this hep does not know.
    var document: JSONValue?
    /// Positions in the document's `sessions` of the sessions kept as they are.
    var keptSessions: Set<Int> = []
    /// Top-level answers kept as they are: `morningPain` and `morningPainAsked`, together.
    var keptMorning = false

    init(empty date: LocalDate) {
        log = DayLog(date: date)
    }

    /// Takes what `Documents.read` made of a day log and the problems it found; nil when a
    /// problem lies in the frame every day log needs, so there is nothing to record into.
    init?(_ document: JSONValue, reading: LogRules.Reading, problems: [Problem]) {
        var morning = false
        for problem in problems {
            guard case let .path(path) = problem.place else { return nil }
            if path == "$.morningPain" || path == "$.morningPainAsked" {
                morning = true
            } else if !path.hasPrefix("$.sessions[") {
                return nil
            }
        }
        guard let date = reading.date else { return nil }
        var log = DayLog(date: date, sessions: reading.sessions.compactMap { $0 })
        if !morning {
            log.morningPain = reading.morningPain
            log.morningPainAsked = reading.morningPainAsked
        }
        self.log = log
        self.document = document
        keptSessions = Set(reading.sessions.indices.filter { reading.sessions[$0] == nil })
        keptMorning = morning
    }

    /// The document that records `next`, the log after a change: hep's form of every
    /// readable part, each kept part exactly as it was, every unknown field kept.
    func written(_ next: DayLog) -> JSONValue {
        let fresh = next.json
        guard let document, case let .object(fields) = fresh, let old = document["sessions"]?.items,
              var readable = fresh["sessions"]?.items else { return fresh }
        var sessions: [JSONValue] = []
        for (index, session) in old.enumerated() {
            if keptSessions.contains(index) {
                sessions.append(session)
            } else if !readable.isEmpty {
                sessions.append(readable.removeFirst().keepingUnknownFields(of: session))
            }
        }
        sessions += readable
        let merged = fields.compactMap { member -> (key: String, value: JSONValue)? in
            let old = document[member.key]
            switch member.key {
            case "sessions": return (member.key, .array(sessions))
            case "morningPain" where keptMorning, "morningPainAsked" where keptMorning: return old.map { (member.key, $0) }
            default: return (member.key, old.map { member.value.keepingUnknownFields(of: $0) } ?? member.value)
            }
        }
        guard case let .object(oldFields) = document else { return .object(merged) }
        return .object(merged + oldFields.filter { old in !fields.contains { $0.key == old.key } })
    }
}
