import Foundation
import HEPCore
import TestSupport
import Testing

/// `hep program suggest` on small hand-made histories, each written to a data folder as a
/// patient's hep writes it and read back as the command reads it. Unless a test says
/// otherwise, today is Monday 2026-11-16 and the range the default 14 days up to it, so
/// the 13 days from 2026-11-03 to 2026-11-15 count and today does not.
@Suite struct SuggestTests {
    static let today = "2026-11-16"

    static func program(_ items: [ProgramItem], later: ProgramVersion? = nil) -> Program {
        Program(patient: Patient(id: "p-9", name: "Kim Suggest"), therapist: nil, title: "Suggest program", painLimit: 5,
                versions: [ProgramVersion(version: 1, effective: LocalDate("2026-11-01")!, note: "Start", items: items)]
                    + (later.map { [$0] } ?? []))
    }

    static func item(_ id: String, times: Int = 1, days: [Weekday] = Weekday.allCases, painLimit: Int? = nil) -> ProgramItem {
        ReportFixture.item(id, sets: 1, reps: 1, times: times, days: days, painLimit: painLimit)
    }

    static func done(_ item: String, effort: Int? = 3, pain: Int? = 2) -> ExerciseRecord {
        ExerciseRecord(item: item, status: .done, painDuring: pain, effort: effort)
    }

    static func skipped(_ item: String, _ reason: SkipReason) -> ExerciseRecord {
        ExerciseRecord(item: item, status: .skipped, skipReason: reason)
    }

    /// One session a day (two when `second` has records), with the pain answers given.
    static func day(_ date: String, _ records: [ExerciseRecord], second: [ExerciseRecord] = [], before: Int? = nil,
                    after: Int? = nil, morning: Int? = nil) -> DayLog {
        var log = DayLog(date: LocalDate(date)!, morningPain: morning)
        if !records.isEmpty || before != nil || after != nil {
            log.sessions.append(Session(id: "s-1", started: ReportFixture.at(date), ended: ReportFixture.at(date, "08:30:00"),
                                        programVersion: 1, painBefore: before, painAfter: after, exercises: records))
        }
        if !second.isEmpty {
            log.sessions.append(Session(id: "s-2", started: ReportFixture.at(date, "18:00:00"),
                                        ended: ReportFixture.at(date, "18:30:00"), programVersion: 1, exercises: second))
        }
        return log
    }

    /// `count` days from `first`, the nth with the records `records(n)` gives.
    static func days(from first: String = "2026-11-03", _ count: Int, _ records: (Int) -> [ExerciseRecord]) -> [DayLog] {
        (0..<count).map { n in day("\(LocalDate(first)!.adding(days: n))", records(n)) }
    }

    /// The history as a data folder, as ReportFixture writes its own.
    static func write(_ scratch: Scratch, _ program: Program, _ logs: [DayLog]) -> String {
        _ = scratch.write("data/program.json", String(decoding: Documents.encode(program), as: UTF8.self))
        for log in logs {
            _ = scratch.write("data/log/\(log.date).json", String(decoding: Documents.encode(log), as: UTF8.self))
        }
        return scratch.path + "/data"
    }

    /// The suggestions for the history, from the report over the range, as the command makes them.
    static func suggest(_ program: Program, _ logs: [DayLog], from: String = "2026-11-03", today: String = today) throws -> [Suggestion] {
        let scratch = Scratch()
        defer { scratch.remove() }
        let (start, end) = (LocalDate(from)!, LocalDate(today)!)
        let loaded = try ReportLoader.load(DataFolder(path: write(scratch, program, logs)), from: start, to: end)
        return Suggestion.suggest(loaded.report(from: start, to: end, today: end), program: loaded.program)
    }

    static func only(_ program: Program, _ logs: [DayLog], from: String = "2026-11-03", today: String = today) throws -> Suggestion {
        let all = try suggest(program, logs, from: from, today: today)
        try #require(all.count == 1)
        return all[0]
    }

    static func sentence(_ s: Suggestion, _ language: Language = .en) -> String { language.suggest.sentence(s) }

    // One outcome, one reason each.

    @Test func progressWhenAdherenceEffortAndPainAllAllowIt() throws {
        // 12 of the 13 days done, efforts 3 and 4 in turn; the 13th day missed.
        let s = try Self.only(Self.program([Self.item("a")]), Self.days(12) { [Self.done("a", effort: 3 + $0 % 2)] })
        #expect(s.kind == .progress)
        #expect(s.reasons == [.adherenceMet, .effortAtMostMiddle, .noPainFlags])
        #expect(s.figures.tally.due == 13 && s.figures.tally.performed == 12)
        #expect(Self.sentence(s) == "adherence 12 of 13 (92%), mean effort 3.5, no pain flags")
    }

    @Test func holdForLowAdherenceThatPainDoesNotExplain() throws {
        // 8 done, then one skip for pain, one for time, and three days with nothing: 1 of 5 missed for pain.
        let logs = Self.days(10) { n in
            n < 8 ? [Self.done("a")] : [Self.skipped("a", n == 8 ? .pain : .time)]
        }
        let s = try Self.only(Self.program([Self.item("a")]), logs)
        #expect(s.kind == .hold)
        #expect(s.reasons == [.lowAdherence])
        #expect(s.figures.painSkips == 1 && s.figures.missed == 5)
        #expect(Self.sentence(s) == "adherence 8 of 13 (62%), below 80%: 5 missed, 1 skipped for pain")
    }

    @Test func holdForEffortAboveTheMiddle() throws {
        let s = try Self.only(Self.program([Self.item("a")]), Self.days(13) { _ in [Self.done("a", effort: 7)] })
        #expect(s.kind == .hold && s.reasons == [.effortAboveMiddle])
        #expect(Self.sentence(s) == "mean effort 7.0, above the middle of the scale (5)")
    }

    @Test func holdWhenEffortWasNeverAnswered() throws {
        let s = try Self.only(Self.program([Self.item("a")]), Self.days(13) { _ in [Self.done("a", effort: nil)] })
        #expect(s.kind == .hold && s.reasons == [.noEffort])
        #expect(s.figures.effort.count == 0)
        #expect(Self.sentence(s) == "effort never answered, so hep cannot tell whether it felt manageable")
    }

    @Test func holdWhenNothingWasDueForAnItemJustAdded() throws {
        // Version 2, in force from today, adds b and drops c: the items suggested are version 2's.
        let later = ProgramVersion(version: 2, effective: LocalDate(Self.today)!, note: "Add b", items: [Self.item("a"), Self.item("b")])
        let program = Self.program([Self.item("a"), Self.item("c")], later: later)
        let all = try Self.suggest(program, Self.days(13) { _ in [Self.done("a"), Self.done("c")] })
        #expect(all.map(\.item.id) == ["a", "b"])
        #expect(all[0].kind == .progress)
        #expect(all[1].kind == .hold && all[1].reasons == [.nothingDue])
        #expect(all[1].figures.tally.due == 0)
        #expect(Self.sentence(all[1]) == "nothing was due in these days")
    }

    @Test func regressForPainDuringAboveTheItemsLimit() throws {
        // a: pain 6 once, above the program's 5. b: pain 3 every day, at its own limit of 3, which is allowed.
        let logs = Self.days(13) { n in [Self.done("a", pain: n == 7 ? 6 : 2), Self.done("b", pain: 3)] }
        let all = try Self.suggest(Self.program([Self.item("a"), Self.item("b", painLimit: 3)]), logs)
        #expect(all[0].kind == .regress && all[0].reasons == [.painOverLimit])
        #expect(Self.sentence(all[0]) == "pain during above its limit: 1 time, last on 2026-11-10 (pain 6, limit 5)")
        #expect(all[1].kind == .progress)
    }

    @Test func regressForPainNotSettledTheMorningAfterTheItemWasDone() throws {
        // On Tuesday 11-10, pain 2 before the session; 4 the next morning. a was done that day;
        // b is never due on Tuesdays and was not done, so the flag is not about it.
        var logs = Self.days(13) { n in
            LocalDate("2026-11-03")!.adding(days: n).weekday == .tue ? [Self.done("a")] : [Self.done("a"), Self.done("b")]
        }
        logs[7] = Self.day("2026-11-10", [Self.done("a")], before: 2)
        logs[8].morningPain = 4
        let all = try Self.suggest(Self.program([Self.item("a"), Self.item("b", days: [.mon, .wed, .thu, .fri, .sat, .sun])]), logs)
        #expect(all[0].kind == .regress && all[0].reasons == [.painNotSettled])
        #expect(Self.sentence(all[0]) == "pain not settled by the next morning: 1 time, last on 2026-11-11 (morning 4, before 2)")
        #expect(all[1].kind == .progress)
        #expect(all[1].figures.painFlags.isEmpty)
    }

    @Test func regressWhenPainSkipsAreAtLeastHalfOfWhatWasMissed() throws {
        // 9 done; of the 4 missed, 2 skipped for pain: exactly half.
        let half = Self.days(11) { n in n < 9 ? [Self.done("a")] : [Self.skipped("a", .pain)] }
        let s = try Self.only(Self.program([Self.item("a")]), half)
        #expect(s.kind == .regress && s.reasons == [.painSkips])
        #expect(Self.sentence(s) == "adherence 9 of 13 (69%), below 80%: 4 missed, 2 skipped for pain")
        // 8 done; 2 of the 5 missed for pain is less than half. A skip for pain on a day the
        // item was also done fills nothing that was due, so it does not count.
        var less = Self.days(10) { n in n < 8 ? [Self.done("a")] : [Self.skipped("a", .pain)] }
        less[0].sessions[0].exercises.append(Self.skipped("a", .pain))
        let held = try Self.only(Self.program([Self.item("a")]), less)
        #expect(held.kind == .hold && held.reasons == [.lowAdherence])
        #expect(held.figures.painSkips == 2)
    }

    @Test func holdForPainAfterASessionThatHeldTheItem() throws {
        // 11-10: a in the morning session, pain 6 after it (the program's limit is 5); b in the evening.
        var logs = Self.days(13) { _ in [Self.done("a"), Self.done("b")] }
        logs[7] = Self.day("2026-11-10", [Self.done("a")], second: [Self.done("b")], after: 6)
        let all = try Self.suggest(Self.program([Self.item("a"), Self.item("b")]), logs)
        #expect(all[0].kind == .hold && all[0].reasons == [.painAfterSession])
        #expect(Self.sentence(all[0]) == "pain after a session with it above the limit: 1 time, last on 2026-11-10 (pain 6, limit 5)")
        #expect(all[1].kind == .progress)
    }

    @Test func holdForMorningPainRisingInWeeksTheItemWasDone() throws {
        // Mornings of 2 in week 45, of 3 in week 46: a rise of 1.
        var logs = Self.days(13) { _ in [Self.done("a")] }
        logs[1].morningPain = 2
        logs[8].morningPain = 3
        let s = try Self.only(Self.program([Self.item("a")]), logs)
        #expect(s.kind == .hold && s.reasons == [.morningPainRising])
        #expect(Self.sentence(s) == "mean morning pain rising in weeks it was done: 1 time, last on 2026-11-09 (2.0 to 3.0)")
    }

    // The boundaries: at the threshold, on which side each falls.

    @Test func adherenceOfExactlyEightyPercentAllowsProgress() throws {
        // Five times a day for ten days (11-03 to 11-12), four of them done each day: 40 of 50.
        let s = try Self.only(Self.program([Self.item("a", times: 5)]), Self.days(10) { _ in Array(repeating: Self.done("a"), count: 4) },
                              today: "2026-11-13")
        #expect(s.figures.tally.due == 50 && s.figures.tally.performed == 40)
        #expect(s.kind == .progress)
        #expect(Self.sentence(s) == "adherence 40 of 50 (80%), mean effort 3.0, no pain flags")
    }

    @Test func thirtyNineOfFortyNineIsBelowEightyPercentAndSaysSo() throws {
        // Seven times a day for seven days (11-03 to 11-09): 6, 6, 6, 6, 5, 5, 5 done.
        let s = try Self.only(Self.program([Self.item("a", times: 7)]),
                              Self.days(7) { n in Array(repeating: Self.done("a"), count: n < 4 ? 6 : 5) }, today: "2026-11-10")
        #expect(s.figures.tally.due == 49 && s.figures.tally.performed == 39)
        #expect(s.kind == .hold && s.reasons == [.lowAdherence])
        #expect(Self.sentence(s) == "adherence 39 of 49 (79.6%), below 80%: 10 missed, none skipped for pain")
    }

    @Test func aMeanEffortOfExactlyFiveAllowsProgress() throws {
        // 4 and 6 in turn over 12 days, then a 5: 65 / 13.
        let s = try Self.only(Self.program([Self.item("a")]), Self.days(13) { n in [Self.done("a", effort: n == 12 ? 5 : 4 + n % 2 * 2)] })
        #expect(s.figures.effort == Report.Mean(sum: 65, count: 13))
        #expect(s.kind == .progress)
        #expect(Self.sentence(s) == "adherence 13 of 13 (100%), mean effort 5.0, no pain flags")
    }

    @Test func aMeanEffortOfFivePointZeroOneHoldsAndIsNotShownAsFive() throws {
        // Ten times a day for ten days, every effort 5 but one 6: 501 / 100.
        let logs = Self.days(10) { n in (0..<10).map { i in Self.done("a", effort: n == 0 && i == 0 ? 6 : 5) } }
        let s = try Self.only(Self.program([Self.item("a", times: 10)]), logs, today: "2026-11-13")
        #expect(s.figures.effort == Report.Mean(sum: 501, count: 100))
        #expect(s.kind == .hold && s.reasons == [.effortAboveMiddle])
        #expect(Self.sentence(s) == "mean effort 5.01, above the middle of the scale (5)")
        #expect(Self.sentence(s, .es) == "esfuerzo medio 5,01, por encima de la mitad de la escala (5)")
    }

    @Test func aFigureBesideItsThresholdNeverRoundsAcrossIt() {
        #expect(Suggestion.effort(5.0) == "5.0")
        #expect(Suggestion.effort(5.04) == "5.04")
        #expect(Suggestion.effort(5.001) == "5.01")
        #expect(Suggestion.effort(4.96) == "5.0")
        #expect(Suggestion.effort(5.06) == "5.1")
        #expect(Suggestion.effort(nil) == "-")
    }
}

extension SuggestTests {
    /// The command itself: its text, its JSON, in Spanish, a corrupt day, and no program.
    @Suite struct Command {
        /// a: done every day, easy: progress. b: pain 6 once: regress.
        func history(_ scratch: Scratch) -> String {
            let program = SuggestTests.program([SuggestTests.item("a"), SuggestTests.item("b")])
            let logs = SuggestTests.days(13) { n in [SuggestTests.done("a", effort: 3 + n % 2), SuggestTests.done("b", pain: n == 7 ? 6 : 2)] }
            return SuggestTests.write(scratch, program, logs)
        }

        @Test func theText() throws {
            let scratch = Scratch()
            defer { scratch.remove() }
            let result = try hep("program", "suggest", "--data", history(scratch), "--today", SuggestTests.today, "--lang", "en")
            #expect(result.status == 0)
            #expect(result.stderr == "")
            #expect(result.stdout == [
                "Suggestions for Kim Suggest (p-9): Suggest program",
                "From 2026-11-03 to 2026-11-16, 14 days; today (2026-11-16) is not counted",
                "Items of version 1, in force from 2026-11-01",
                "",
                "Item  Exercise    Suggestion",
                "a     Exercise A  progress",
                "    adherence 13 of 13 (100%), mean effort 3.5, no pain flags",
                "b     Exercise B  regress",
                "    pain during above its limit: 1 time, last on 2026-11-10 (pain 6, limit 5)",
                "",
                "These are suggestions from the figures above: the therapist decides.",
            ].joined(separator: "\n") + "\n")
        }

        @Test func theJSON() throws {
            let scratch = Scratch()
            defer { scratch.remove() }
            let result = try hep("program", "suggest", "--data", history(scratch), "--today", SuggestTests.today, "--last", "1w",
                                 "--format", "json")
            #expect(result.status == 0)
            #expect(result.stdout.hasSuffix("}\n") && result.stdout.contains("\n  \"from\": \"2026-11-10\",\n"))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(json["schema"] as? String == "hep.suggest/1")
            #expect(json["from"] as? String == "2026-11-10" && json["to"] as? String == "2026-11-16")
            let items = try #require(json["items"] as? [[String: Any]])
            #expect(items.map { $0["item"] as? String } == ["a", "b"])
            #expect(items.map { $0["suggestion"] as? String } == ["progress", "regress"])
            #expect(items[0]["reasons"] as? [String] == ["adherence-met", "effort-at-most-middle", "no-pain-flags"])
            #expect(items[1]["reasons"] as? [String] == ["pain-over-limit"])
            // 11-10 to 11-15 count: six days, efforts 4, 3, 4, 3, 4, 3.
            let a = try #require(items[0]["figures"] as? [String: Any])
            #expect(a["due"] as? Int == 6 && a["performed"] as? Int == 6 && a["missed"] as? Int == 0)
            #expect(a["adherence"] as? Double == 1 && a["effortMean"] as? Double == 3.5 && a["effortAnswers"] as? Int == 6)
            #expect(a["painSkips"] as? Int == 0 && (a["painFlags"] as? [Any])?.isEmpty == true)
            let b = try #require(items[1]["figures"] as? [String: Any])
            let flag = try #require((b["painFlags"] as? [[String: Any]])?.first)
            #expect(flag["kind"] as? String == "pain-over-limit" && flag["date"] as? String == "2026-11-10")
            #expect(flag["item"] as? String == "b" && flag["pain"] as? Int == 6 && flag["limit"] as? Int == 5)
        }

        @Test func inSpanish() throws {
            let scratch = Scratch()
            defer { scratch.remove() }
            let result = try hep("program", "suggest", "--data", history(scratch), "--today", SuggestTests.today, "--lang", "es")
            #expect(result.status == 0)
            // The space before % does not break: "100 %" stays on one line.
            #expect(result.outLines == [
                "Sugerencias para Kim Suggest (p-9): Suggest program",
                "Del 2026-11-03 al 2026-11-16, 14 días; hoy (2026-11-16) no cuenta",
                "Ejercicios de la versión 1, en vigor desde el 2026-11-01",
                "Id  Ejercicio   Sugerencia",
                "a   Exercise A  progresar",
                "    adherencia 13 de 13 (100\u{00A0}%), esfuerzo medio 3,5, sin alertas de dolor",
                "b   Exercise B  retroceder",
                "    dolor durante el ejercicio por encima de su límite: 1 vez, la última el",
                "    2026-11-10 (dolor 6, límite 5)",
                "Son sugerencias a partir de estas cifras: la decisión es del fisioterapeuta.",
            ])
        }

        @Test func anUnreadableDayIsSaidOnStandardErrorAndTheSuggestionsStillCome() throws {
            let scratch = Scratch()
            defer { scratch.remove() }
            let data = history(scratch)
            _ = scratch.write("data/log/2026-11-12.json", "{\"schema\": \"hep.log/1\", \"date\": ")
            let result = try hep("program", "suggest", "--data", data, "--today", SuggestTests.today, "--lang", "en")
            #expect(result.status == 0)
            #expect(result.errLines == ["hep: \(data)/log/2026-11-12.json:1:33: unexpected end of file, expected a value; that day is left out"])
            // Unknown is not missed: a is 12 of 12, its efforts without 11-12's 4 are 41 / 12.
            #expect(result.outLines[4...5] == ["a     Exercise A  progress", "    adherence 12 of 12 (100%), mean effort 3.4, no pain flags"])
        }

        @Test func withoutAProgramItIsExit66() throws {
            let scratch = Scratch()
            defer { scratch.remove() }
            let result = try hep("program", "suggest", "--data", scratch.path + "/none")
            #expect(result.status == 66)
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("hep: there is no exercise program in \(scratch.path)/none"))
        }
    }
}
