import HEPCore

/// A line for the patient about something that just happened, kept as what happened: the
/// words are chosen when it is drawn, in the patient's language.
public enum Notice: Equatable, Sendable {
    /// A set ended before a rep was counted or a second held.
    case nothingSaved(set: Int)
    /// A set was written to the log; `item` is its place in the day's list.
    case saved(SetRecord, set: Int, item: Int)
    /// A saved set's reps were corrected.
    case corrected(SetRecord, set: Int, item: Int)
    /// "1" was pressed on a 0-10 scale: it waits for Enter, or 0 for 10.
    case oneChosen
    /// A key a scale does not take.
    case pressANumber
    case noteFull
    /// An item done already is started again.
    case extraTime
    /// An item done already cannot be skipped.
    case alreadyDone
    case noSessionOpen
    case newDay(LocalDate)
    /// The last session of the day never ended.
    case cutShort
    /// What the log book did with a day log it could not take as it was.
    case log(LogNotice)
}

/// What changed in the program since the patient's last session, told on the list: the
/// parts of `ItemChange.compare` a patient acts on.
public struct ProgramNews: Equatable, Sendable {
    public enum Change: Equatable, Sendable {
        case dose(ProgramItem)
        case timesPerDay(ProgramItem)
        case days(ProgramItem)
        case painLimit(ProgramItem, Int)
        case added(ProgramItem)
        case removed(ProgramItem)
    }

    public var effective: LocalDate
    public var changes: [Change]
    /// The therapist's note on the new version, said when no exercise changed.
    public var note: String?

    init(from old: ProgramVersion, to new: ProgramVersion, in program: Program) {
        effective = new.effective
        note = new.note
        changes = ItemChange.compare(old, new, in: program).flatMap { change -> [Change] in
            switch change {
            case let .added(item): return [.added(item)]
            case let .removed(item): return [.removed(item)]
            case let .changed(item, fields):
                var out: [Change] = []
                if fields.contains(where: \.isDose) { out.append(.dose(item)) }
                for field in fields {
                    switch field {
                    case .timesPerDay: out.append(.timesPerDay(item))
                    case .days: out.append(.days(item))
                    case let .painLimit(_, limit): out.append(.painLimit(item, limit))
                    default: break
                    }
                }
                return out
            }
        }
    }
}

extension FieldChange {
    /// A change to what one performance asks for.
    var isDose: Bool {
        switch self {
        case .sets, .reps, .hold, .side: return true
        default: return false
        }
    }
}
