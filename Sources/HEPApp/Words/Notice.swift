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

/// What changed in the program since the patient's last session, told on the list.
public struct ProgramNews: Equatable, Sendable {
    public enum Change: Equatable, Sendable {
        case dose(ProgramItem)
        case timesPerDay(ProgramItem)
        case added(ProgramItem)
        case removed(ProgramItem)
    }

    public var effective: LocalDate
    public var changes: [Change]
    /// The therapist's note on the new version, said when no exercise changed.
    public var note: String?

    init(from old: ProgramVersion, to new: ProgramVersion) {
        effective = new.effective
        note = new.note
        changes = []
        for item in new.items {
            if let before = old.item(item.id) {
                if before.dose != item.dose { changes.append(.dose(item)) }
                if before.timesPerDay != item.timesPerDay { changes.append(.timesPerDay(item)) }
            } else {
                changes.append(.added(item))
            }
        }
        for item in old.items where new.item(item.id) == nil { changes.append(.removed(item)) }
    }
}
