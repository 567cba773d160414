/// One change to a day log: the unit the session screen records, and the one way a day
/// log changes, whether on disk (`LogBook`) or in the screen's own copy.
public enum LogChange: Equatable, Sendable {
    case startSession(Session)
    case appendRecord(session: String, ExerciseRecord)
    case appendSet(session: String, record: Int, SetRecord)
    case finishRecord(session: String, record: Int, status: RecordStatus, painDuring: Int?, effort: Int?)
    case painAfter(session: String, Int?)
    case endSession(session: String, ended: Moment)
    case morningPain(Int?, asked: Moment)
}

extension DayLog {
    /// Applies `change`; false (and no change) when it names a session or record that is not there.
    public mutating func apply(_ change: LogChange) -> Bool {
        func inSession(_ id: String, _ body: (inout Session) -> Bool) -> Bool {
            guard let i = sessions.firstIndex(where: { $0.id == id }) else { return false }
            return body(&sessions[i])
        }
        switch change {
        case let .startSession(session):
            guard !sessions.contains(where: { $0.id == session.id }) else { return false }
            sessions.append(session)
            return true
        case let .appendRecord(id, record):
            return inSession(id) { $0.exercises.append(record); return true }
        case let .appendSet(id, index, set):
            return inSession(id) { s in
                guard s.exercises.indices.contains(index) else { return false }
                s.exercises[index].sets.append(set)
                return true
            }
        case let .finishRecord(id, index, status, painDuring, effort):
            return inSession(id) { s in
                guard s.exercises.indices.contains(index) else { return false }
                s.exercises[index].status = status
                s.exercises[index].painDuring = painDuring
                s.exercises[index].effort = effort
                return true
            }
        case let .painAfter(id, pain):
            return inSession(id) { $0.painAfter = pain; return true }
        case let .endSession(id, ended):
            return inSession(id) { $0.ended = ended; return true }
        case let .morningPain(pain, asked):
            morningPain = pain
            morningPainAsked = asked
            return true
        }
    }
}
