/// The keys of each screen, most important first: the bottom line shows as many as fit,
/// `?` shows them all. Vim's h/j/k/l work wherever the arrows do, but are not listed.
extension AppState {
    public var keys: [(key: String, does: String)] {
        let ud = glyphs.upDown, lr = glyphs.leftRight
        switch screen {
        case .offerExample:
            return [("y", "try the example"), ("n", "leave")]
        case .today:
            var keys = [("Enter", "start"), ("s", "skip"), ("q", "quit"), ("?", "help"), (ud, "move")]
            if sessionID != nil { keys.insert(("e", "end session"), at: 2) }
            return keys
        case .question(let q):
            var keys = [("0-9", "answer"), ("n", "rather not say"), ("?", "help"), (lr, "move"), ("Enter", "choose")]
            if case .before = q.purpose { keys.append(("Esc", "back")) }
            if case .effort = q.purpose { keys.append(("+/-", "correct the last set")) }
            if case .during = q.purpose { keys.append(("+/-", "correct the last set")) }
            return keys
        case .exercise(let run):
            let correcting = run.lastSaved != nil && !run.setBegun ? [("+/-", "correct the last set")] : []
            switch run.phase {
            case .intro:
                return [("Enter", "begin"), ("s", "skip"), ("Esc", "back"), ("?", "help"), (ud, "scroll")]
            case .counting:
                return [("Space", "count a rep"), ("f", "finish set"), ("q", "stop"), ("?", "help"), ("Bksp", "take one back")]
                    + correcting
            case .ready:
                return [("Enter", "start the hold"), ("f", "finish set"), ("q", "stop"), ("?", "help")] + correcting
            case .getReady, .hold:
                return [("Space", "end this hold"), ("f", "finish set"), ("q", "stop"), ("p", "pause"), ("?", "help")]
            case .switchSide:
                return [("Enter", "continue"), ("q", "stop"), ("?", "help")] + correcting
            case .rest:
                return [("Enter", "skip the rest"), ("q", "stop"), ("p", "pause"), ("?", "help")] + correcting
            }
        case .reason:
            return [("1-6", "reason"), ("Enter", "choose"), ("Esc", "back"), (ud, "move")]
        case .note:
            return [("Enter", "keep"), ("Esc", "leave out"), ("Bksp", "delete")]
        case .painWarning:
            return [("Enter", "continue")]
        case .confirmStop, .confirmQuit, .confirmAgain:
            return [("y", "yes"), ("n", "no")]
        case .summary:
            return [("Enter", "back to today"), ("q", "quit")]
        case .failed:
            return [("q", "leave")]
        }
    }
}
