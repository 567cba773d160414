/// The keys of each screen: the bottom line shows the first ones that fit, `?` shows all.
extension AppState {
    public var keys: [(key: String, does: String)] {
        let ud = glyphs.upDown, lr = glyphs.leftRight
        switch screen {
        case .offerExample:
            return [("y", "try the example"), ("n", "leave")]
        case .today:
            var keys = [("Enter", "start"), ("s", "skip"), (ud, "move")]
            if sessionID != nil { keys.append(("e", "end session")) }
            return keys + [("?", "help"), ("q", "quit"), ("j/k", "move down/up")]
        case .question(let q):
            var keys = [("0-9", "answer"), ("n", "rather not say"), (lr, "move"), ("Enter", "choose")]
            if case .before = q.purpose { keys.append(("Esc", "back")) }
            return keys + [("?", "help")]
        case .exercise(let run):
            var keys: [(String, String)]
            switch run.phase {
            case .intro: keys = [("Enter", "begin"), ("s", "skip"), ("Esc", "back"), (ud, "scroll")]
            case .counting: keys = [("Space", "count a rep"), ("Bksp", "take one back"), ("f", "finish set")]
            case .ready: keys = [("Enter", "start the hold"), ("f", "finish set")]
            case .getReady, .hold: keys = [("Space", "stop this hold"), ("p", "pause"), ("f", "finish set")]
            case .switchSide: keys = [("Enter", "continue")]
            case .rest: keys = [("Enter", "skip the rest"), ("p", "pause")]
            }
            if run.phase != .intro { keys.append(("q", "stop exercise")) }
            return keys + [("?", "help")]
        case .skipReason:
            return [("1-6", "reason"), (ud, "move"), ("Enter", "choose"), ("Esc", "back")]
        case .painWarning:
            return [("Enter", "continue")]
        case .confirmStop, .confirmQuit:
            return [("y", "yes"), ("n", "no")]
        case .summary:
            return [("Enter", "back to today"), ("q", "quit")]
        case .failed:
            return [("q", "leave")]
        }
    }
}
