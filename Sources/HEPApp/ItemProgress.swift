import HEPCore

/// How far today's work on one item has come, from the log.
public struct ItemProgress: Equatable, Sendable {
    public enum Mark: Sendable { case due, partial, done, skipped }

    /// Records with status done or partial (performances), and skipped ones.
    public var performed = 0
    public var completed = 0
    public var skipped = 0
    public var timesDue: Int

    public var mark: Mark {
        if completed >= timesDue { return .done }
        if performed > 0 { return .partial }
        if skipped > 0 { return .skipped }
        return .due
    }

    public var finished: Bool { mark == .done || mark == .skipped }
}

extension AppState {
    public func progress(of index: Int) -> ItemProgress {
        let due = self.due[index]
        var p = ItemProgress(timesDue: due.timesPerDay)
        for session in log.sessions {
            for record in session.exercises where record.item == due.item.id {
                switch record.status {
                case .done: p.performed += 1; p.completed += 1
                case .partial: p.performed += 1
                case .skipped: p.skipped += 1
                }
            }
        }
        return p
    }

    /// The first item after `index` (wrapping) that still has work due, or `index`.
    func nextOpenItem(after index: Int) -> Int {
        guard !due.isEmpty else { return 0 }
        for step in 1...due.count {
            let i = (index + step) % due.count
            if !progress(of: i).finished { return i }
        }
        return index
    }
}
