/// One press, one action. A key that moves the patient to another screen, set or side is
/// not taken again for `seconds`; when a timer moves them on (a hold or a rest ends), Space
/// and Enter are not taken for as long. So a press meant for the screen that just ended, a
/// double press or a key bounce cannot act on the next screen.
///
/// A time guard knows nothing of the screens. The other way, a rule per pair of screens
/// ("the rest ignores Space"), would have to be kept right for every pair, and would still
/// let a double Enter through wherever both screens use Enter.
struct KeyGuard: Equatable, Sendable {
    static let seconds = 0.3

    let keys: [Key]
    let until: Double

    func blocks(_ key: Key, at now: Double) -> Bool { now < until && keys.contains(key) }
}

extension AppState {
    /// Where the patient is, coarsely: a change of it is what the guard watches for.
    var stage: String {
        switch screen {
        case .offerExample: return "offer"
        case .today: return "today"
        case let .question(q): return "question \(q.purpose.name)"
        case let .exercise(run): return "exercise \(run.item) \(run.phase.name) set \(run.set) side \(run.sideIndex)"
        case let .reason(prompt): return "reason \(prompt.item)"
        case .note: return "note"
        case .painWarning: return "pain warning"
        case .confirmStop: return "confirm stop"
        case .confirmAgain: return "confirm again"
        case .confirmQuit: return "confirm quit"
        case .summary: return "summary"
        case .failed: return "failed"
        }
    }
}

extension Question.Purpose {
    var name: String {
        switch self {
        case .morning: return "morning"
        case .before: return "before"
        case .after: return "after"
        case .effort: return "effort"
        case .during: return "during"
        case .stopped: return "stopped"
        }
    }
}

extension ExerciseRun.Phase {
    var name: String {
        switch self {
        case .intro: return "intro"
        case .counting: return "counting"
        case .ready: return "ready"
        case .getReady: return "get ready"
        case .hold: return "hold"
        case .switchSide: return "switch side"
        case .rest: return "rest"
        }
    }
}
