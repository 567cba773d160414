/// One day's records judged against the program: the one rule by which the report, its
/// CSV and flags, the review screen and the session screen count what was done.
///
/// A record is judged by the version its session names (a record of an item that version
/// does not hold, or a session naming no version, counts for nothing and is a problem).
/// Each due time of an item is filled by its next performance, else by a skip, else it
/// was missed; a performance counts its reps capped at one performance's dose; the records
/// left over are extra.
public struct DayJudgement: Sendable {
    /// A record that fits the program, with the item it is judged against.
    public struct Judged: Sendable {
        public var record: ExerciseRecord
        public var session: Session
        public var item: ProgramItem
    }

    /// Every due performance, then every extra record, in program and recorded order.
    public private(set) var performances: [Report.Performance] = []
    /// Every record that fits the program, in the order it was recorded.
    public private(set) var records: [Judged] = []
    /// Sessions naming a version the program lacks, and records of items their version lacks.
    public private(set) var problems: [Report.DataProblem] = []

    /// - Parameter counted: whether the day's rows count in the report's figures (false
    ///   for the report's today, and on the session screen).
    public init(date: LocalDate, log: DayLog?, program: Program, counted: Bool) {
        for session in log?.sessions ?? [] {
            guard program.version(number: session.programVersion) != nil else {
                problems.append(.noSuchVersion(date: date, session: session.id, version: session.programVersion))
                continue
            }
            for record in session.exercises {
                if let item = program.item(judging: record, in: session) {
                    records.append(Judged(record: record, session: session, item: item))
                } else {
                    problems.append(.notAnItem(date: date, session: session.id, item: record.item, version: session.programVersion))
                }
            }
        }
        let plan = schedule(program, date)
        // Records still unclaimed, by index: claiming one moves no record.
        let records = self.records
        var left = Array(records.indices)
        for due in plan.due {
            for time in 1...due.timesPerDay {
                var row = Report.Performance(date: date, version: plan.version?.version, item: due.item.id, time: time, status: .missed,
                                             repsPrescribed: due.item.dose.prescribedReps, counted: counted)
                let mine = { (i: Int) in records[i].item.id == due.item.id }
                if let at = left.firstIndex(where: { mine($0) && records[$0].record.status != .skipped })
                    ?? left.firstIndex(where: { mine($0) && records[$0].record.status == .skipped }) {
                    let judged = records[left.remove(at: at)]
                    row.fill(judged.record, session: judged.session)
                    if judged.record.status != .skipped {
                        row.repsCounted = min(judged.record.repsDone, due.item.dose.prescribedReps)
                    }
                }
                performances.append(row)
            }
        }
        for i in left {
            let judged = records[i]
            var row = Report.Performance(date: date, version: judged.session.programVersion, item: judged.item.id, time: nil,
                                         status: .extra, repsPrescribed: 0, counted: counted)
            row.fill(judged.record, session: judged.session)
            row.status = .extra
            performances.append(row)
        }
    }
}

extension Program {
    /// The item a record is judged against: that of the version its session names, not of
    /// the version in force, so a progression never changes what past work counted for.
    public func item(judging record: ExerciseRecord, in session: Session) -> ProgramItem? {
        version(number: session.programVersion)?.item(record.item)
    }
}

extension Sequence<SetRecord> {
    /// Reps done in all these sets, on all sides, before any cap.
    public var repsDone: Int { reduce(0) { $0 + $1.reps } }

    /// Seconds held in all these sets, holds stopped early included.
    public var secondsHeld: Int { reduce(0) { $0 + ($1.heldSeconds ?? 0) } }
}

extension ExerciseRecord {
    public var repsDone: Int { sets.repsDone }
    public var secondsHeld: Int { sets.secondsHeld }
}
