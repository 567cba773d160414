/// What changed from one version of a program to the next, item by item: the one
/// comparison that `hep program history`, the commands' confirmations and the patient's
/// Today screen all tell.
public enum ItemChange: Equatable, Sendable {
    case added(ProgramItem)
    case removed(ProgramItem)
    case changed(ProgramItem, [FieldChange])

    public var item: ProgramItem {
        switch self {
        case let .added(item), let .removed(item), let .changed(item, _): return item
        }
    }

    /// `new`'s items against `old`'s (nil before the first version): changed and added
    /// items in `new`'s order, then the removed ones in `old`'s.
    public static func compare(_ old: ProgramVersion?, _ new: ProgramVersion, in program: Program) -> [ItemChange] {
        var changes: [ItemChange] = []
        for item in new.items {
            if let before = old?.item(item.id) {
                let fields = FieldChange.between(before, item, in: program)
                if !fields.isEmpty { changes.append(.changed(item, fields)) }
            } else {
                changes.append(.added(item))
            }
        }
        for item in old?.items ?? [] where new.item(item.id) == nil { changes.append(.removed(item)) }
        return changes
    }
}

/// One part of an item's prescription, before and after.
public enum FieldChange: Equatable, Sendable {
    case exercise(from: String, to: String)
    case sets(Int, Int)
    case reps(Int, Int)
    case hold(Int, Int)
    case rest(Int, Int)
    case side(Side, Side)
    case timesPerDay(Int, Int)
    case days([Weekday], [Weekday])
    /// The limit that applies, the item's own or the program's.
    case painLimit(Int, Int)
    case notes(String?, String?)

    static func between(_ a: ProgramItem, _ b: ProgramItem, in program: Program) -> [FieldChange] {
        var changes: [FieldChange] = []
        func add<T: Equatable>(_ x: T, _ y: T, _ change: (T, T) -> FieldChange) { if x != y { changes.append(change(x, y)) } }
        add(a.exercise.id, b.exercise.id) { .exercise(from: $0, to: $1) }
        add(a.sets, b.sets, FieldChange.sets)
        add(a.reps, b.reps, FieldChange.reps)
        add(a.holdSeconds, b.holdSeconds, FieldChange.hold)
        add(a.restSeconds, b.restSeconds, FieldChange.rest)
        add(a.side, b.side, FieldChange.side)
        add(a.timesPerDay, b.timesPerDay, FieldChange.timesPerDay)
        add(Set(a.days), Set(b.days)) { _, _ in .days(a.days, b.days) }
        add(program.painLimit(for: a), program.painLimit(for: b), FieldChange.painLimit)
        add(a.notes ?? "", b.notes ?? "") { _, _ in .notes(a.notes, b.notes) }
        return changes
    }
}
