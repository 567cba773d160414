/// The keys of each screen, most important first, and what the screen is for: the bottom
/// line shows the keys that fit, `?` shows the page of help. Every screen means the same
/// by the same key: Enter chooses or goes on, Esc goes back, Space counts, q leaves the
/// current thing after asking. Vim's h/j/k/l work where the arrows do, but are not listed.
extension AppState {
    public var keys: [KeyHint] {
        let ud = glyphs.upDown, lr = glyphs.leftRight
        let help = KeyHint("?", "this help page", short: "help")
        let stop = KeyHint("q", "stop this exercise (asks first; what you did is kept)", short: "stop")
        let correct = KeyHint("+/-", "add or take away a rep of the set just saved", short: "correct")
        switch screen {
        case .offerExample:
            return [KeyHint("y", "try hep with the example program", short: "try the example"), KeyHint("n", "leave", short: "leave")]
        case .today:
            var keys = [KeyHint("Enter", "start the chosen exercise", short: "start"), KeyHint("q", "quit hep (asks first)", short: "quit"),
                        KeyHint("s", "skip it today", short: "skip"), help, KeyHint(ud, "choose an exercise", short: "move")]
            if sessionID != nil { keys.insert(KeyHint("e", "end this session", short: "end"), at: 1) }
            return keys
        case .question(let q):
            var keys = [KeyHint("0-9", "answer with that number", short: "answer"),
                        KeyHint("n", "rather not say", short: "not say"), help,
                        KeyHint(lr, "move along the scale (the way to 10)", short: "move"),
                        KeyHint("Enter", "give the number chosen with the arrows", short: "choose")]
            switch q.purpose {
            case .before: keys.append(KeyHint("Esc", "back to the list", short: "back"))
            case let .effort(run), let .during(run): if canCorrect(run) { keys.append(correct) }
            default: keys.append(KeyHint("Esc", "leave the question unanswered", short: "skip"))
            }
            return keys
        case .exercise(let run):
            let correcting = canCorrect(run) ? [correct] : []
            let pause = KeyHint("p", run.countdown?.isPaused == true ? "go on" : "pause", short: run.countdown?.isPaused == true ? "go on" : "pause")
            switch run.phase {
            case .intro:
                return [KeyHint("Enter", "begin the first set", short: "begin"), KeyHint("s", "skip it today", short: "skip"),
                        KeyHint("Esc", "back to the list", short: "back"), help, KeyHint(ud, "scroll the instructions", short: "scroll")]
            case .counting:
                return [KeyHint("Space", "count one rep", short: "rep"), KeyHint("f", "finish this set now, keeping its reps", short: "finish"),
                        stop, help, KeyHint("Backspace", "take back one rep", short: "undo")] + correcting
            case .ready:
                return [KeyHint("Enter", "start the next hold", short: "start"), KeyHint("f", "finish this set now", short: "finish"),
                        stop, help] + correcting
            case .getReady, .hold:
                return [KeyHint("Space", "end this hold early (it is not a rep, but its seconds are kept)", short: "end"),
                        KeyHint("f", "finish this set now", short: "finish"), stop, help, pause]
            case .switchSide:
                return [KeyHint("Enter", "go on with the other side", short: "go on"), stop, help] + correcting
            case .rest:
                return [KeyHint("Enter", "end the rest now", short: "skip rest"), stop, help, pause] + correcting
            }
        case .reason(let prompt):
            var keys = [KeyHint("1-\(prompt.reasons.count)", "choose that reason", short: "reason"),
                        KeyHint("Enter", "choose the marked reason", short: "choose"), help, KeyHint(ud, "move", short: "move")]
            if case .skip = prompt.purpose { keys.insert(KeyHint("Esc", "back to the list", short: "back"), at: 2) }
            return keys
        case .note:
            return [KeyHint("Enter", "keep these words", short: "keep"), KeyHint("Esc", "leave the words out", short: "leave out"),
                    KeyHint("Backspace", "delete a letter", short: "delete")]
        case .painWarning:
            return [KeyHint("Enter", "back to the list", short: "go on")]
        case .confirmStop, .confirmQuit, .confirmAgain:
            return [KeyHint("y", "yes"), KeyHint("n", "no")]
        case .summary:
            return [KeyHint("Enter", "back to the list", short: "back"), KeyHint("q", "quit hep (asks first)", short: "quit"), help]
        case .failed:
            return [KeyHint("q", "leave hep")]
        }
    }

    /// What the screen is for, in a sentence or two, for the help page.
    public var purpose: String {
        switch screen {
        case .offerExample:
            return "There is no exercise program here yet. You can try hep with an example program, or leave and install the program your therapist gave you."
        case .today:
            return "These are the exercises your therapist prescribed for today. Choose one to start it: hep walks you through it and saves every set as you go."
        case .question(let q):
            switch q.purpose {
            case .effort:
                return "Say how hard the exercise was for you, from 0 (easy) to 10 (as hard as you can). Your therapist uses it to plan the next step."
            case .morning:
                return "Say how your pain has been since you woke up, from 0 (none) to 10 (the worst you can imagine). It shows your therapist how yesterday's exercises settled."
            default:
                return "Say how much pain you have, from 0 (none) to 10 (the worst you can imagine). You may also rather not say."
            }
        case .exercise(let run):
            switch run.phase {
            case .intro: return "How to do this exercise. Read it through, then begin: hep counts the sets with you."
            case .counting: return "Count each rep as you do it. When the set is complete, hep saves it and starts your rest."
            case .ready: return "The last hold was ended early, so it did not count as a rep; the seconds you held are kept."
            case .getReady, .hold: return "Hold the position while the timer counts down; a bell rings at the end, and each full hold counts as a rep."
            case .switchSide: return "The set is done on one side: now do it on the other."
            case .rest: return "Rest before the next set. A bell rings when it is time to go on."
            }
        case .reason: return "Choose the reason; your therapist will see it."
        case .note: return "Type a few words about the reason; your therapist will read them."
        case .painWarning: return "Your pain went above the limit your therapist set for this exercise."
        case .confirmStop, .confirmQuit, .confirmAgain: return "Answer y for yes or n for no."
        case .summary: return "What you have done today, and what is still due."
        case .failed: return "hep could not write to the disk. What was shown as saved before is safe."
        }
    }
}
