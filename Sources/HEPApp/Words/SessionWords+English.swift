import HEPCore

extension English: SessionWords {
    public var spaceKey: String { "Space" }
    public var backspaceKey: String { "Backspace" }
    public var upDownKeys: String { "Up/Down" }
    public var leftRightKeys: String { "Left/Right" }
    public var yesKey: String { "y" }

    public func key(_ action: KeyAction) -> (does: String, short: String) {
        switch action {
        case .help: return ("this help page", "help")
        case .stopExercise: return ("stop this exercise (asks first; what you did is kept)", "stop")
        case .correct: return ("add or take away a rep of the set just saved", "correct")
        case .tryExample: return ("try hep with the example program", "try the example")
        case .leave: return ("leave", "leave")
        case .start: return ("start the chosen exercise", "start")
        case .quit: return ("quit hep (asks first)", "quit")
        case .skipToday: return ("skip it today", "skip")
        case .chooseExercise: return ("choose an exercise", "move")
        case .endSession: return ("end this session", "end")
        case .answer: return ("answer with that number", "answer")
        case .notSay: return ("rather not say", "not say")
        case .moveOnScale: return ("move along the scale (the way to 10)", "move")
        case .chooseOnScale: return ("give the number chosen with the arrows", "choose")
        case .backToList: return ("back to the list", "back")
        case .leaveUnanswered: return ("leave the question unanswered", "skip")
        case .begin: return ("begin the first set", "begin")
        case .scrollInstructions: return ("scroll the instructions", "scroll")
        case .countRep: return ("count one rep", "rep")
        case .finishKeepingReps: return ("finish this set now, keeping its reps", "finish")
        case .undoRep: return ("take back one rep", "undo")
        case .startNextHold: return ("start the next hold", "start")
        case .finishNow: return ("finish this set now", "finish")
        case .endHoldEarly: return ("end this hold early (it is not a rep, but its seconds are kept)", "end")
        case .pause: return ("pause", "pause")
        case .resume: return ("go on", "go on")
        case .otherSide: return ("go on with the other side", "go on")
        case .endRest: return ("end the rest now", "skip rest")
        case .chooseReason: return ("choose that reason", "reason")
        case .chooseMarkedReason: return ("choose the marked reason", "choose")
        case .move: return ("move", "move")
        case .keepWords: return ("keep these words", "keep")
        case .leaveWordsOut: return ("leave the words out", "leave out")
        case .deleteLetter: return ("delete a letter", "delete")
        case .continueToList: return ("back to the list", "go on")
        case .yes: return ("yes", "yes")
        case .no: return ("no", "no")
        case .leaveHep: return ("leave hep", "leave hep")
        }
    }

    public func purpose(_ page: HelpPage) -> String {
        switch page {
        case .offer:
            return "There is no exercise program here yet. You can try hep with an example program, or leave and install the program your therapist gave you."
        case .today:
            return "These are the exercises your therapist prescribed for today. Choose one to start it: hep walks you through it and saves every set as you go."
        case .effort:
            return "Say how hard the exercise was for you, from 0 (easy) to 10 (as hard as you can). Your therapist uses it to plan the next step."
        case .morning:
            return "Say how your pain has been since you woke up, from 0 (none) to 10 (the worst you can imagine). It shows your therapist how yesterday's exercises settled."
        case .pain:
            return "Say how much pain you have, from 0 (none) to 10 (the worst you can imagine). You may also rather not say."
        case .intro: return "How to do this exercise. Read it through, then begin: hep counts the sets with you."
        case .counting: return "Count each rep as you do it. When the set is complete, hep saves it and starts your rest."
        case .ready: return "The last hold was ended early, so it did not count as a rep; the seconds you held are kept."
        case .hold: return "Hold the position while the timer counts down; a bell rings at the end, and each full hold counts as a rep."
        case .switchSide: return "The set is done on one side: now do it on the other."
        case .rest: return "Rest before the next set. A bell rings when it is time to go on."
        case .reason: return "Choose the reason; your therapist will see it."
        case .note: return "Type a few words about the reason; your therapist will read them."
        case .painWarning: return "Your pain went above the limit your therapist set for this exercise."
        case .confirm: return "Answer y for yes or n for no."
        case .summary: return "What you have done today, and what is still due."
        case .failed: return "hep could not write to the disk. What was shown as saved before is safe."
        }
    }

    public var help: String { "Help" }
    public var anyKeyClosesHelp: String { "Any key closes this help." }
    public func questionsAboutProgram(_ contact: String) -> String { "Questions about your program: " + contact }
    public var enlarge: [String] { ["Please enlarge the window", "(hep needs 40 x 12)", "", "Ctrl-C leaves; what was saved is kept"] }

    public func version(_ number: Int) -> String { "version \(number)" }
    public func programStarts(_ date: LocalDate) -> String { "Your program starts on \(date). Nothing is due today." }
    public var restDay: String { "Nothing is due today. Enjoy the rest day." }

    public func listMore(above: Int, below: Int) -> String {
        [above > 0 ? "\(above) above" : nil, below > 0 ? "\(below) more below" : nil].compactMap { $0 }.joined(separator: ", ")
    }

    public func session(since: String, recorded: Int) -> String { "Session since \(since), \(recorded) recorded. e ends it." }

    public func times(performed: Int, due: Int) -> String {
        performed > due ? "\(performed) times today" : "\(performed) of \(due) today"
    }

    public func mark(_ look: ItemLook) -> String {
        switch look {
        case .due: return ""
        case let .painTooHigh(pain): return "pain \(pain), too high"
        case let .stopped(reason): return "stopped: \(self.reason(reason).lowercased())"
        case .moreToDo: return "more to do"
        case .fewerReps: return "fewer reps"
        case .done: return "done"
        case .doneFewerReps: return "done, fewer reps"
        case .skipped: return "skipped"
        }
    }

    public func reason(_ reason: SkipReason) -> String {
        switch reason {
        case .pain: return "Pain"
        case .time: return "No time"
        case .equipment: return "No equipment"
        case .forgot: return "Forgot"
        case .unwell: return "Feeling unwell"
        case .other: return "Other reason"
        }
    }

    public func news(_ news: ProgramNews) -> String {
        let parts = news.changes.map { change -> String in
            switch change {
            case let .dose(item): return "\(item.exercise.name) now \(dose(item.dose))"
            case let .timesPerDay(item):
                let n = item.timesPerDay
                return "\(item.exercise.name) \(n == 1 ? "once" : n == 2 ? "twice" : "\(n) times") a day"
            case let .days(item):
                let days = DaysNotation.text(item.days)
                return "\(item.exercise.name) " + (days == "daily" ? "every day" : "on " + days)
            case let .painLimit(item, limit): return "\(item.exercise.name): pain limit now \(limit)"
            case let .added(item): return "new: \(item.exercise.name)"
            case let .removed(item): return "no more \(item.exercise.name)"
            }
        }
        return "New program since \(news.effective): " + (parts.isEmpty ? news.note ?? "same exercises" : parts.joined(separator: "; "))
    }

    public func set(_ set: Int, of sets: Int) -> String { "Set \(set) of \(sets)" }
    public func sideHeading(_ side: Side) -> String { side == .left ? "Left side" : "Right side" }
    public func reps(_ reps: Int, of target: Int) -> String { "\(reps) of \(target) reps" }
    public func rep(_ rep: Int, of reps: Int) -> String { "rep \(rep) of \(reps)" }
    public var holdEndedEarly: String {
        "That hold was ended early: it does not count as a rep, but the seconds you held are kept. Press Enter to start the next hold."
    }
    public var getReady: String { "Get ready" }
    public var hold: String { "Hold" }
    public var rest: String { "Rest" }
    public func paused(_ title: String) -> String { "\(title) - PAUSED (p resumes)" }
    public func seconds(_ n: Int) -> String { n == 1 ? "1 second" : "\(n) seconds" }
    public func nextSet(_ set: Int, of sets: Int) -> String { "Next: set \(set) of \(sets)" }
    public var switchSides: String { "Switch sides" }
    public func nextSide(_ words: String) -> String { "Next: \(words)." }
    public func nowTheSide(_ side: Side) -> String { "Now the \(side == .left ? "LEFT" : "RIGHT") side." }
    public var pressEnterWhenReady: String { "Press Enter when you are ready." }
    public func restSeconds(_ n: Int) -> String { ", rest \(n) s" }
    public func stopIfPainAbove(_ limit: Int) -> String { "Stop if your pain goes above \(limit) out of 10." }
    public var youNeed: String { "You need: " }
    public var yourTherapist: String { "Your therapist: " }
    public var cues: String { "Cues: " }
    public var safety: String { "Safety: " }
    public var more: String { "more" }

    public func question(_ purpose: Question.Purpose, exercise: String?) -> String {
        let name = exercise ?? ""
        switch purpose {
        case .morning: return "How has your pain been since you woke up?"
        case .before: return "Before you start: how is your pain right now?"
        case .after: return "All done for now. How is your pain right now?"
        case .effort: return "How hard was \(name)?"
        case .during: return "How much pain did you have during \(name)?"
        case .stopped: return "How is your pain right now?"
        }
    }

    public var painEnds: (String, String) { ("0 no pain", "10 worst imaginable") }
    public var effortEnds: (String, String) { ("0 easy", "10 as hard as you can") }
    public var scaleHint: String {
        "Press a number to answer: 1 and then 0 for 10, or move with the arrows and press Enter. Press n if you would rather not say."
    }

    public var welcome: String { "Welcome to hep" }
    public func noProgram(in folder: String) -> String { "There is no exercise program in \(folder)." }
    public var haveAProgramFile: String { "Have a program file from your therapist? Press n, then install it with:" }
    public var tryTheExample: String { "To try hep with an example program instead, press y." }
    public func whySkip(_ exercise: String) -> String { "Why are you skipping \(exercise) today?" }
    public func whyStop(_ exercise: String) -> String { "Why did you stop \(exercise)?" }
    public var noteTitle: String { "In a few words, what was the reason?" }
    public var noteHint: String { "Your therapist will read this. Enter keeps it; Esc leaves it out." }
    public func painDuring(_ pain: Int, _ exercise: String) -> String { "Pain \(pain) during \(exercise)" }
    public func aboveLimit(_ limit: Int) -> String { "That is more than your therapist set as acceptable (\(limit) out of 10)." }
    public var doNoMore: String { "Do no more of this exercise today. Your answer is saved for your therapist." }
    public func callIfSevere(_ contact: String) -> String { "If the pain is severe or does not settle, call \(contact)." }
    public var pressEnterToContinue: String { "Press Enter to continue." }
    public func stopHere(_ exercise: String) -> String { "Stop \(exercise) here?" }
    public var repsSoFarSaved: String { "The reps of this set so far will be saved, with the sets before it." }
    public var nothingDoneYet: String { "Nothing of it is done yet." }
    public var finishedSetsSaved: String { "The sets you finished are saved." }
    public var stopChoices: String { "y: stop and say why, n: carry on" }
    public func startAgain(_ exercise: String) -> String { "Start \(exercise) again?" }
    public func earlierPain(_ pain: Int, limit: Int) -> String {
        "Earlier today your pain during it was \(pain), above the limit of \(limit) your therapist set."
    }
    public var adviceToStop: String { "Their advice is to stop this exercise for today." }
    public var againChoices: String { "y: start anyway, n: leave it for today" }
    public var leaveHep: String { "Leave hep?" }
    public var everythingSaved: String { "Everything you did is saved." }
    public var everythingSavedSessionClosed: String { "Everything you did so far is saved, and the session is closed." }
    public var leaveChoices: String { "y: leave, n: stay" }
    public var couldNotInstall: String { "hep could not install the example program" }
    public var exampleNotInstalled: String { "The example was not installed. Press q to leave." }
    public var couldNotSave: String { "hep could not save your last step" }
    public var savedBeforeIsSafe: String { "What was shown as saved before is safe. Press q to leave." }

    public var todaySoFar: String { "Today so far" }
    public var skipped: String { "skipped" }
    public func held(_ times: String, held: Int, of target: Int) -> String { "\(times), \(duration(held)) of \(duration(target))" }
    public func reps(_ times: String, reps: Int, of target: Int) -> String { "\(times), \(reps) of \(target) reps" }
    public func painSuffix(_ pain: Int) -> String { ", pain \(pain)" }
    public var nothingMoreDue: String { "Nothing more is due today." }
    public func stillDue(_ names: [String]) -> String { "Still due: " + names.joined(separator: ", ") }
    public func andMore(_ n: Int) -> String { "and \(n) more" }

    public func painOfTheDay(morning: Int?, sessions: [(time: String, before: Int?, after: Int?)]) -> String? {
        var parts = morning.map { ["\($0) since you woke up"] } ?? []
        for s in sessions {
            let answers = [s.before.map { "\($0) before" }, s.after.map { "\($0) after" }].compactMap { $0 }
            if !answers.isEmpty { parts.append(answers.joined(separator: " and ") + " the session at \(s.time)") }
        }
        return parts.isEmpty ? nil : "Pain out of 10: " + parts.joined(separator: "; ") + "."
    }

    public func encouragement(_ cheer: Cheer) -> String {
        switch cheer {
        case let .allDone(days):
            return days > 1 ? "Everything due today is done: \(days) days in a row now." : "Everything due today is done. Well done."
        case .stoppedForPain: return "Stopping when it hurts is the right thing; your therapist will see why."
        case let .worked(on, of): return "You worked on \(on) of \(of) exercises today. Every one counts."
        case .nothingYet: return "Nothing is done yet today. Even a short session helps."
        }
    }

    public func notice(_ notice: Notice, items: [DueItem]) -> String {
        switch notice {
        case let .nothingSaved(set): return "Set \(set) ended with nothing done, so nothing is saved for it."
        case let .saved(record, set, item): return "Saved: " + setWords(record, set, items[item].item)
        case let .corrected(record, set, item): return "Corrected: " + setWords(record, set, items[item].item)
        case .oneChosen: return "1 is chosen: press Enter to give it, or 0 for 10."
        case .pressANumber: return "Press a number from 0 to 10, or n if you would rather not say."
        case .noteFull: return "That is as long as a note can be; press Enter to keep it."
        case .extraTime: return "Done today already: this will be an extra time."
        case .alreadyDone: return "Done today already: there is nothing to skip."
        case .noSessionOpen: return "No session is open yet: press Enter to start an exercise."
        case let .newDay(date): return "A new day has begun: \(weekday(date.weekday)) \(date)."
        case .cutShort: return "Your last session was cut short; everything it saved is kept."
        case let .log(notice): return log(notice)
        }
    }

    /// A saved set: reps for a rep exercise, reps and seconds held for holds, time alone
    /// for a timed exercise.
    private func setWords(_ set: SetRecord, _ number: Int, _ item: ProgramItem) -> String {
        var words = "set \(number)"
        if set.side != .none { words += ", \(side(set.side)) side" }
        let held = set.heldSeconds ?? 0
        if item.dose.isTimed {
            let full = item.holdSeconds
            words += held >= full ? ", \(duration(full))" : ", \(duration(held)) of \(duration(full))"
        } else {
            words += ", \(set.reps) \(plural(set.reps, "rep", "reps"))"
            if item.holdSeconds > 0 { words += ", held \(duration(held)) in all" }
        }
        return words + "."
    }
}
