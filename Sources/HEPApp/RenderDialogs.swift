import HEPCore

extension Painter {
    mutating func offerExample() {
        dialog([("Welcome to hep", .title), ("", .normal), ("There is no exercise program in \(state.folder).", .normal),
                ("", .normal), ("Have a program file from your therapist? Press n, then install it with:", .normal),
                ("hep init --program FILE" + (state.dataArgument.map { " --data " + shellQuoted($0) } ?? ""), .accent),
                ("", .normal),
                ("To try hep with an example program instead, press y.", .accent)])
    }

    mutating func reason(_ prompt: ReasonPrompt) {
        let title: String
        switch prompt.purpose {
        case let .skip(item): title = "Why are you skipping \(exerciseName(item)) today?"
        case let .stop(run): title = "Why did you stop \(exerciseName(run.item))?"
        }
        var y = paragraph(title, y: 3, indent: 2, style: .title) + (height < 14 ? 0 : 1)
        for (i, reason) in prompt.reasons.enumerated() where y < body.upperBound {
            let text = " \(i + 1)  \(skipWords[reason]!)"
            canvas.put((i == prompt.choice ? g.pointer : " ") + TextWidth.pad(text, 30), x: 2, y: y, style: i == prompt.choice ? .selected : .normal)
            y += 1
        }
    }

    mutating func note(_ entry: NoteEntry) {
        var y = paragraph("In a few words, what was the reason?", y: 3, indent: 2, style: .title) + 1
        let field = width - 6
        let shown = TextWidth.tail(entry.text, field - 1)
        canvas.put(g.pointer + " ", x: 2, y: y, style: .accent)
        let end = canvas.put(shown, x: 4, y: y)
        canvas.put("_", x: end, y: y, style: .accent)
        y += 2
        if y < body.upperBound {
            paragraph("Your therapist will read this. Enter keeps it; Esc leaves it out.", y: y, indent: 2, style: .dim)
        }
    }

    mutating func painWarning(item: Int, pain: Int, limit: Int) {
        var lines: [(String, Style)] = [("Pain \(pain) during \(exerciseName(item))", .warn), ("", .normal),
                ("That is more than your therapist set as acceptable (\(limit) out of 10).", .normal),
                ("Do no more of this exercise today. Your answer is saved for your therapist.", .normal)]
        if let therapist = state.program?.therapist {
            let contact = [therapist.name, therapist.contact].compactMap { $0 }.joined(separator: ", ")
            lines.append(("If the pain is severe or does not settle, call \(contact).", .accent))
        }
        dialog(lines + [("", .normal), ("Press Enter to continue.", .dim)])
    }

    mutating func confirmStop(_ run: ExerciseRun) {
        let kept: String
        if run.setBegun {
            kept = "The reps of this set so far will be saved, with the sets before it."
        } else {
            kept = run.record == nil ? "Nothing of it is done yet." : "The sets you finished are saved."
        }
        dialog([("Stop \(exerciseName(run.item)) here?", .title), (kept, .normal), ("", .normal),
                ("y: stop and say why, n: carry on", .accent)])
    }

    mutating func confirmAgain(_ item: Int) {
        let pain = state.progress(of: item).painOverLimit ?? 0
        let limit = state.program.map { $0.painLimit(for: state.due[item].item) } ?? Program.defaultPainLimit
        dialog([("Start \(exerciseName(item)) again?", .title), ("", .normal),
                ("Earlier today your pain during it was \(pain), above the limit of \(limit) your therapist set.", .normal),
                ("Their advice is to stop this exercise for today.", .warn), ("", .normal),
                ("y: start anyway, n: leave it for today", .accent)])
    }

    mutating func confirmQuit() {
        let saved = state.sessionID == nil ? "Everything you did is saved." : "Everything you did so far is saved, and the session is closed."
        dialog([("Leave hep?", .title), (saved, .normal), ("", .normal), ("y: leave, n: stay", .accent)])
    }

    mutating func failed(_ message: String) {
        if state.program == nil {
            dialog([("hep could not install the example program", .warn), (message, .normal), ("", .normal),
                    ("The example was not installed. Press q to leave.", .normal)])
        } else {
            dialog([("hep could not save your last step", .warn), (message, .normal), ("", .normal),
                    ("What was shown as saved before is safe. Press q to leave.", .normal)])
        }
    }
}

let skipWords: [SkipReason: String] = [
    .pain: "Pain", .time: "No time", .equipment: "No equipment", .forgot: "Forgot", .unwell: "Feeling unwell", .other: "Other reason",
]
