/// One change to a day log: the unit the session screen records, and the one way a day
/// log changes, whether on disk (`LogBook`) or in the screen's own copy.
public enum LogChange: Equatable, Sendable {
    case startSession(Session)
    case appendRecord(session: String, ExerciseRecord)
    /// The record at `record` becomes `to`: a set saved or corrected, an answer given, a
    /// status or a reason set. One change, one write, whatever part of the record moved.
    case updateRecord(session: String, record: Int, to: ExerciseRecord)
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
        case let .updateRecord(id, index, record):
            return inSession(id) { s in
                guard s.exercises.indices.contains(index), s.exercises[index].item == record.item else { return false }
                s.exercises[index] = record
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
