import HEPCore

extension Painter {
    mutating func offerExample() {
        dialog([(words.welcome, .title), ("", .normal), (words.noProgram(in: state.folder), .normal),
                ("", .normal), (words.haveAProgramFile, .normal),
                ("hep init --program FILE" + (state.dataArgument.map { " --data " + shellQuoted($0) } ?? ""), .accent),
                ("", .normal),
                (words.tryTheExample, .accent)])
    }

    mutating func reason(_ prompt: ReasonPrompt) {
        let title: String
        switch prompt.purpose {
        case let .skip(item): title = words.whySkip(exerciseName(item))
        case let .stop(run): title = words.whyStop(exerciseName(run.item))
        }
        var y = paragraph(title, y: 3, indent: 2, style: .title) + (height < 14 ? 0 : 1)
        for (i, reason) in prompt.reasons.enumerated() where y < body.upperBound {
            let text = " \(i + 1)  \(words.reason(reason))"
            canvas.put((i == prompt.choice ? g.pointer : " ") + TextWidth.pad(text, 30), x: 2, y: y, style: i == prompt.choice ? .selected : .normal)
            y += 1
        }
    }

    mutating func note(_ entry: NoteEntry) {
        var y = paragraph(words.noteTitle, y: 3, indent: 2, style: .title) + 1
        let field = width - 6
        let shown = TextWidth.tail(entry.text, field - 1)
        canvas.put(g.pointer + " ", x: 2, y: y, style: .accent)
        let end = canvas.put(shown, x: 4, y: y)
        canvas.put("_", x: end, y: y, style: .accent)
        y += 2
        if y < body.upperBound {
            paragraph(words.noteHint, y: y, indent: 2, style: .dim)
        }
    }

    mutating func painWarning(item: Int, pain: Int, limit: Int) {
        var lines: [(String, Style)] = [(words.painDuring(pain, exerciseName(item)), .warn), ("", .normal),
                                        (words.aboveLimit(limit), .normal), (words.doNoMore, .normal)]
        if let therapist = state.program?.therapist {
            let contact = [therapist.name, therapist.contact].compactMap { $0 }.joined(separator: ", ")
            lines.append((words.callIfSevere(contact), .accent))
        }
        dialog(lines + [("", .normal), (words.pressEnterToContinue, .dim)])
    }

    mutating func confirmStop(_ run: ExerciseRun) {
        let kept: String
        if run.setBegun {
            kept = words.repsSoFarSaved
        } else {
            kept = run.record == nil ? words.nothingDoneYet : words.finishedSetsSaved
        }
        dialog([(words.stopHere(exerciseName(run.item)), .title), (kept, .normal), ("", .normal), (words.stopChoices, .accent)])
    }

    mutating func confirmAgain(_ item: Int) {
        let pain = state.progress(of: item).painOverLimit ?? 0
        let limit = state.program.map { $0.painLimit(for: state.due[item].item) } ?? Program.defaultPainLimit
        dialog([(words.startAgain(exerciseName(item)), .title), ("", .normal), (words.earlierPain(pain, limit: limit), .normal),
                (words.adviceToStop, .warn), ("", .normal), (words.againChoices, .accent)])
    }

    mutating func confirmQuit() {
        let saved = state.sessionID == nil ? words.everythingSaved : words.everythingSavedSessionClosed
        dialog([(words.leaveHep, .title), (saved, .normal), ("", .normal), (words.leaveChoices, .accent)])
    }

    mutating func failed(_ error: StorageError) {
        let message = error.description(in: state.language)
        if state.program == nil {
            dialog([(words.couldNotInstall, .warn), (message, .normal), ("", .normal), (words.exampleNotInstalled, .normal)])
        } else {
            dialog([(words.couldNotSave, .warn), (message, .normal), ("", .normal), (words.savedBeforeIsSafe, .normal)])
        }
    }
}
