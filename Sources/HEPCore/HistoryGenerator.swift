/// Writes believable, reproducible day logs for a program: adherence that comes and goes,
/// partial performances, skips with reasons, pain that flares and settles, a few
/// interrupted sessions and unanswered questions. For benchmarks, tests and demonstrations;
/// the same seed gives the same history.
public struct HistoryGenerator {
    private var rng: SplitMix64

    public init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// One log per day from `from` to `to` (both included) on which something was recorded.
    public mutating func logs(for program: Program, from: LocalDate, to: LocalDate) -> [DayLog] {
        var logs: [DayLog] = []
        var pain = 3.0
        var hadSessionYesterday = false
        for n in from.dayNumber...to.dayNumber {
            let date = LocalDate(dayNumber: n)
            let day = schedule(program, date)
            // Pain drifts back toward a baseline; now and then it flares up and settles again.
            pain += (2.5 - pain) * 0.15 + Double(rng.next(in: -10...10)) / 25
            if rng.chance(1.0 / 40) { pain += 3 }
            pain = min(9, max(0, pain))
            // Adherence comes and goes: good stretches, busy weeks, the odd week off.
            let phase = Double(n % 56) / 56
            var willing = 0.8 + 0.15 * (phase < 0.5 ? phase * 2 : (1 - phase) * 2) - (pain > 6 ? 0.3 : 0)
            if n / 7 % 13 == 5 { willing = 0.3 }
            var log = DayLog(date: date)
            if hadSessionYesterday && rng.chance(0.8) {
                log.morningPain = rng.chance(0.9) ? Int(pain.rounded()) : nil
                log.morningPainAsked = Moment(date: date, hour: 7, minute: rng.next(in: 0...59), second: 0, offsetMinutes: 60)
            }
            hadSessionYesterday = false
            if let version = day.version, !day.due.isEmpty, rng.chance(willing) {
                let sessions = day.due.map(\.timesPerDay).max() ?? 1
                for s in 0..<sessions where s == 0 || rng.chance(0.7) {
                    log.sessions.append(session(s, on: date, version: version, due: day.due, pain: Int(pain.rounded())))
                }
                hadSessionYesterday = true
            }
            if !log.sessions.isEmpty || log.morningPainAsked != nil { logs.append(log) }
        }
        return logs
    }

    private mutating func session(_ index: Int, on date: LocalDate, version: ProgramVersion, due: [DueItem], pain: Int) -> Session {
        let hour = index == 0 ? 8 : 18
        var minute = rng.next(in: 0...30)
        let started = Moment(date: date, hour: hour, minute: minute, second: rng.next(in: 0...59), offsetMinutes: 60)!
        var session = Session(id: "s-\(hour)\(minute)00-\(index)", started: started, programVersion: version.version,
                              painBefore: rng.chance(0.92) ? pain : nil)
        let interrupted = rng.chance(0.04)
        for item in due.map(\.item) where index < item.timesPerDay {
            if rng.chance(0.08) {
                let reason = SkipReason.allCases[rng.next(in: 0...SkipReason.allCases.count - 1)]
                session.exercises.append(ExerciseRecord(item: item.id, status: .skipped, skipReason: reason))
                continue
            }
            var record = ExerciseRecord(item: item.id, status: .done)
            let sides = item.side == .both ? [Side.left, .right] : [item.side]
            let partial = rng.chance(0.12)
            for set in 1...item.sets {
                for side in sides {
                    minute = min(59, minute + 1)
                    let reps = partial && set == item.sets ? rng.next(in: 0...item.reps - 1) : item.reps
                    record.sets.append(SetRecord(side: side, reps: reps,
                                                 completed: Moment(date: date, hour: hour, minute: minute, second: 0, offsetMinutes: 60)!))
                }
            }
            record.status = partial ? .partial : .done
            record.painDuring = rng.chance(0.85) ? max(0, min(10, pain + rng.next(in: -1...2))) : nil
            record.effort = rng.chance(0.8) ? rng.next(in: 2...7) : nil
            session.exercises.append(record)
            if interrupted { return session }
        }
        session.painAfter = rng.chance(0.9) ? max(0, min(10, pain + rng.next(in: -1...1))) : nil
        session.ended = Moment(date: date, hour: hour, minute: min(59, minute + 2), second: 0, offsetMinutes: 60)
        return session
    }
}

/// Installs the bundled example program, its progression moved to the middle of the
/// history, and writes `days` days of history up to the day before `today`.
public enum DemoHistory {
    public static func write(example: Program, into lock: WriterLock, days: Int, seed: UInt64, today: LocalDate) throws(StorageError) -> Int {
        let folder = lock.folder
        var program = example
        let first = today.adding(days: -days)
        program.versions[0].effective = first
        if program.versions.count > 1 { program.versions[1].effective = first.adding(days: days / 2) }
        try Folders.ensure(folder.logFolder)
        try AtomicFile.write(Documents.encode(program), to: folder.programPath, display: folder.programPath)
        var generator = HistoryGenerator(seed: seed)
        let logs = generator.logs(for: program, from: first, to: today.adding(days: -1))
        for log in logs {
            try AtomicFile.write(Documents.encode(log), to: folder.logPath(log.date), display: folder.logPath(log.date))
        }
        return logs.count
    }
}

/// A small, fast, seedable random number generator (Steele, Lea and Flood's SplitMix64).
public struct SplitMix64: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func next(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
}
