/// The keys of each screen, most important first, and what the screen is for: the bottom
/// line shows the keys that fit, `?` shows the page of help. Every screen means the same
/// by the same key: Enter chooses or goes on, Esc goes back, Space counts, q leaves the
/// current thing after asking. Vim's h/j/k/l work where the arrows do, but are not listed.
extension AppState {
    public var keys: [KeyHint] {
        let (ud, lr) = words.arrows(glyphs)
        func hint(_ key: String, _ action: KeyAction) -> KeyHint {
            let text = words.key(action)
            return KeyHint(key, text.does, short: text.short)
        }
        let help = hint("?", .help)
        let stop = hint("q", .stopExercise)
        let correct = hint("+/-", .correct)
        let yesNo = [hint(words.yesKey, .yes), hint("n", .no)]
        switch screen {
        case .offerExample:
            return [hint(words.yesKey, .tryExample), hint("n", .leave)]
        case .today:
            var keys = [hint("Enter", .start), hint("q", .quit), hint("s", .skipToday), help, hint(ud, .chooseExercise)]
            if sessionID != nil { keys.insert(hint("e", .endSession), at: 1) }
            return keys
        case .question(let q):
            var keys = [hint("0-9", .answer), hint("n", .notSay), help, hint(lr, .moveOnScale), hint("Enter", .chooseOnScale)]
            switch q.purpose {
            case .before: keys.append(hint("Esc", .backToList))
            case let .effort(run), let .during(run): if canCorrect(run) { keys.append(correct) }
            default: keys.append(hint("Esc", .leaveUnanswered))
            }
            return keys
        case .exercise(let run):
            let correcting = canCorrect(run) ? [correct] : []
            let pause = hint("p", run.countdown?.isPaused == true ? .resume : .pause)
            switch run.phase {
            case .intro:
                return [hint("Enter", .begin), hint("s", .skipToday), hint("Esc", .backToList), help, hint(ud, .scrollInstructions)]
            case .counting:
                return [hint(words.spaceKey, .countRep), hint("f", .finishKeepingReps), stop, help,
                        hint(words.backspaceKey, .undoRep)] + correcting
            case .ready:
                return [hint("Enter", .startNextHold), hint("f", .finishNow), stop, help] + correcting
            case .getReady, .hold:
                return [hint(words.spaceKey, .endHoldEarly), hint("f", .finishNow), stop, help, pause]
            case .switchSide:
                return [hint("Enter", .otherSide), stop, help] + correcting
            case .rest:
                return [hint("Enter", .endRest), stop, help, pause] + correcting
            }
        case .reason(let prompt):
            var keys = [hint("1-\(prompt.reasons.count)", .chooseReason), hint("Enter", .chooseMarkedReason), help, hint(ud, .move)]
            if case .skip = prompt.purpose { keys.insert(hint("Esc", .backToList), at: 2) }
            return keys
        case .note:
            return [hint("Enter", .keepWords), hint("Esc", .leaveWordsOut), hint(words.backspaceKey, .deleteLetter)]
        case .painWarning:
            return [hint("Enter", .continueToList)]
        case .confirmStop, .confirmQuit, .confirmAgain:
            return yesNo
        case .summary:
            return [hint("Enter", .backToList), hint("q", .quit), help]
        case .failed:
            return [hint("q", .leaveHep)]
        }
    }

    /// What the screen is for, in a sentence or two, for the help page.
    public var purpose: String {
        let page: HelpPage
        switch screen {
        case .offerExample: page = .offer
        case .today: page = .today
        case .question(let q):
            switch q.purpose {
            case .effort: page = .effort
            case .morning: page = .morning
            default: page = .pain
            }
        case .exercise(let run):
            switch run.phase {
            case .intro: page = .intro
            case .counting: page = .counting
            case .ready: page = .ready
            case .getReady, .hold: page = .hold
            case .switchSide: page = .switchSide
            case .rest: page = .rest
            }
        case .reason: page = .reason
        case .note: page = .note
        case .painWarning: page = .painWarning
        case .confirmStop, .confirmQuit, .confirmAgain: page = .confirm
        case .summary: page = .summary
        case .failed: page = .failed
        }
        return words.purpose(page)
    }
}
