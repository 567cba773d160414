import HEPCore

/// How a saved set is told to the patient: reps for a rep exercise, reps and seconds held
/// for holds, and time alone for a timed exercise (a walk, a plank).
enum SetWords {
    static func saved(_ set: SetRecord, number: Int, item: ProgramItem) -> String {
        var words = "set \(number)"
        if set.side != .none { words += ", \(set.side.rawValue) side" }
        let held = set.heldSeconds ?? 0
        if item.dose.isTimed {
            let full = item.holdSeconds
            words += held >= full ? ", \(durationWords(full))" : ", \(durationWords(held)) of \(durationWords(full))"
        } else {
            words += ", \(set.reps) rep\(set.reps == 1 ? "" : "s")"
            if item.holdSeconds > 0 { words += ", held \(durationWords(held)) in all" }
        }
        return words + "."
    }
}
