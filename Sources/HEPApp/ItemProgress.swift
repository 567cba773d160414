import HEPCore

/// How far today's work on one item has come, from the log.
public struct ItemProgress: Equatable, Sendable {
    public enum Mark: Sendable { case due, partial, done, skipped }

    /// Records with status done or partial (performances), and skipped ones.
    public var performed = 0
    public var completed = 0
    public var skipped = 0
    public var timesDue: Int
    /// A performance today had fewer reps than prescribed.
    public var fewerReps = false
    /// The highest pain during it today, when that was above the item's limit.
    public var painOverLimit: Int?
    /// Why the patient last stopped it part-way today, if they did.
    public var stopReason: SkipReason?
    public var reps = 0
    public var prescribedReps = 0
    /// Seconds held today, for an item with a hold.
    public var held = 0

    /// Done once performed as many times as due, even with fewer reps (the words say so).
    public var mark: Mark {
        if performed >= timesDue { return .done }
        if performed > 0 { return .partial }
        if skipped > 0 { return .skipped }
        return .due
    }

    /// Nothing more to do on it today: done, skipped, or stopped because of pain.
    public var finished: Bool { mark == .done || mark == .skipped || painOverLimit != nil }
}

extension AppState {
    /// Today's work on item `index`, counted by the rule the report counts by
    /// (`DayJudgement`): times filled in order, reps capped at one performance's dose.
    public func progress(of index: Int) -> ItemProgress {
        guard let program else { return ItemProgress(timesDue: due[index].timesPerDay) }
        return progress(of: index, DayJudgement(date: date, log: log, program: program, counted: false))
    }

    /// Every item's work today, judging the day once: what a drawing of the list needs.
    public var allProgress: [ItemProgress] {
        guard let program else { return due.map { ItemProgress(timesDue: $0.timesPerDay) } }
        let judged = DayJudgement(date: date, log: log, program: program, counted: false)
        return due.indices.map { progress(of: $0, judged) }
    }

    private func progress(of index: Int, _ judged: DayJudgement) -> ItemProgress {
        let due = self.due[index]
        var p = ItemProgress(timesDue: due.timesPerDay)
        let limit = program?.painLimit(for: due.item) ?? Program.defaultPainLimit
        for row in judged.performances where row.item == due.item.id && row.time != nil {
            p.reps += row.repsCounted
            p.prescribedReps += row.repsPrescribed
        }
        for record in judged.records.filter({ $0.item.id == due.item.id }).map(\.record) {
            switch record.status {
            case .done: p.performed += 1; p.completed += 1
            case .partial: p.performed += 1; p.fewerReps = true
            case .skipped: p.skipped += 1
            }
            p.held += record.secondsHeld
            if let reason = record.stopReason { p.stopReason = reason }
            if let pain = record.painDuring, pain > limit { p.painOverLimit = max(p.painOverLimit ?? 0, pain) }
        }
        return p
    }

    /// Where the cursor starts: on the first item not finished today, so a patient who
    /// comes back later in the day is not offered what is done already.
    var firstOpenItem: Int { allProgress.firstIndex { !$0.finished } ?? 0 }

    /// The first item after `index` (wrapping) that still has work due, or `index`.
    func nextOpenItem(after index: Int) -> Int {
        guard !due.isEmpty else { return 0 }
        let progress = allProgress
        for step in 1...due.count {
            let i = (index + step) % due.count
            if !progress[i].finished { return i }
        }
        return index
    }
}
