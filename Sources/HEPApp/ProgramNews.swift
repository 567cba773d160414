import HEPCore

/// One line on what a new program version changed, for the patient's first look at it.
enum ProgramNews {
    static func describe(from old: ProgramVersion, to new: ProgramVersion) -> String {
        var parts: [String] = []
        for item in new.items {
            if let before = old.item(item.id) {
                if before.dose != item.dose { parts.append("\(item.exercise.name) now \(item.dose.summary)") }
                if before.timesPerDay != item.timesPerDay { parts.append("\(item.exercise.name) \(times(item.timesPerDay)) a day") }
            } else {
                parts.append("new: \(item.exercise.name)")
            }
        }
        for item in old.items where new.item(item.id) == nil { parts.append("no more \(item.exercise.name)") }
        let what = parts.isEmpty ? (new.note ?? "same exercises") : parts.joined(separator: "; ")
        return "New program since \(new.effective): \(what)"
    }

    static func times(_ n: Int) -> String { n == 1 ? "once" : n == 2 ? "twice" : "\(n) times" }
}
