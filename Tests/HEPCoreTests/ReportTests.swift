import Foundation
import HEPCore
import TestSupport
import Testing

/// The report's figures against ones worked out by hand.
@Suite struct ReportTests {
    let report = ReportBuilder.build(program: ReportFixture.program, from: ReportFixture.from, to: ReportFixture.to,
                                     today: ReportFixture.to.adding(days: 1), logs: ReportFixture.byDate)

    func row(_ id: String) -> Report.ItemRow { report.items.first { $0.item == id }! }

    @Test func versionsInTheRangeAreNamed() {
        #expect(report.versions.map(\.version) == [1, 2])
        #expect(ReportBuilder.build(program: ReportFixture.program, from: LocalDate("2026-11-09")!, to: ReportFixture.to,
                                    today: ReportFixture.to, logs: [:]).versions.map(\.version) == [2])
    }

    @Test func eachDayIsJudgedByTheVersionInForce() {
        // A: 5 days x 10 reps under version 1, 3 days x 15 under version 2.
        #expect(row("a").tally == Report.Tally(due: 8, performed: 3, reps: 30, prescribedReps: 95))
        // B: both sides (8 reps a performance), twice on Wednesday and Friday; only under version 1.
        #expect(row("b").tally == Report.Tally(due: 4, performed: 2, reps: 12, prescribedReps: 32))
        // C: a 12-rep set is capped at the 10 prescribed.
        #expect(row("c").tally == Report.Tally(due: 3, performed: 1, reps: 10, prescribedReps: 30))
        #expect(report.total == Report.Tally(due: 15, performed: 6, reps: 52, prescribedReps: 157))
        #expect(report.total.adherence == 0.4)
        #expect(report.items.map(\.item) == ["a", "c", "b"])
        #expect(report.sessions == 4)
    }

    @Test func anExtraPerformanceCountsForPainButNotForAdherence() {
        #expect(row("a").painDuring == Report.Mean(sum: 9, count: 3, missing: 1))
        #expect(row("a").effort == Report.Mean(sum: 15, count: 3, missing: 1))
    }

    @Test func unansweredQuestionsAreMissingNeverZero() {
        #expect(row("b").painDuring == Report.Mean(sum: 1, count: 1, missing: 1))
        #expect(report.painBefore == Report.Mean(sum: 6, count: 3, missing: 1))
        #expect(report.painAfter == Report.Mean(sum: 11, count: 3, missing: 1))
        // Morning: expected on 11-05, 11-07 and 11-11 (each after a day with a session); answered once.
        #expect(report.morningPain == Report.Mean(sum: 4, count: 1, missing: 2))
    }

    @Test func skipsAreCountedByReason() {
        #expect(row("c").skipped == [.time: 1])
        #expect(row("a").skipped.isEmpty)
    }

    @Test func weeksAreCutToTheRange() {
        #expect(report.weeks.map(\.week) == ["2026-W45", "2026-W46"])
        #expect(report.weeks[0].from == LocalDate("2026-11-04") && report.weeks[0].to == LocalDate("2026-11-08"))
        #expect(report.weeks[0].tally == Report.Tally(due: 9, performed: 4, reps: 27, prescribedReps: 82))
        #expect(report.weeks[1].tally == Report.Tally(due: 6, performed: 2, reps: 25, prescribedReps: 75))
        #expect(report.weeks[0].morningPain == Report.Mean(sum: 4, count: 1, missing: 1))
        #expect(report.weeks[1].morningPain.value == nil)
    }

    @Test func theFlagsOfTheFixture() {
        #expect(report.flags.map { "\($0.date) \($0.kind.rawValue) \($0.item ?? "-")" } == [
            "2026-11-04 pain-over-limit a",
            "2026-11-04 low-adherence -",
            "2026-11-07 pain-not-settled -",
            "2026-11-07 missed-days -",
            "2026-11-09 low-adherence -",
            "2026-11-10 pain-over-limit -",
        ])
        #expect(English().flag(report.flags[0].facts) == "Exercise A: pain 4 during the session at 08:00, above the limit of 3")
        #expect(report.flags[0].session == "s-1")
        #expect(English().flag(report.flags[3].facts) == "3 days in a row with exercises due and none performed (2026-11-07 to 2026-11-09)")
    }

    @Test func aRecordThatFitsNoItemIsADataProblemNotDropped() {
        #expect(report.problems == [.notAnItem(date: LocalDate("2026-11-11")!, session: "s-1", item: "b", version: 2)])
        #expect(report.problems.map(English().dataProblem) == ["2026-11-11 session s-1: b is not an item of version 2; not counted"])
    }

    // Each flag at its threshold: one side fires, the other does not.

    func build(_ logs: [DayLog], from: String = "2026-11-02", to: String = "2026-11-08", program: Program = ReportFixture.program) -> Report {
        ReportBuilder.build(program: program, from: LocalDate(from)!, to: LocalDate(to)!, today: LocalDate(to)!.adding(days: 1),
                            logs: Dictionary(uniqueKeysWithValues: logs.map { ($0.date, $0) }))
    }

    func day(_ date: String, morning: Int? = nil, before: Int? = nil, after: Int? = nil, records: [ExerciseRecord] = []) -> DayLog {
        var log = DayLog(date: LocalDate(date)!, morningPain: morning)
        if before != nil || after != nil || !records.isEmpty {
            log.sessions = [Session(id: "s", started: ReportFixture.at(date), programVersion: 1, painBefore: before,
                                    painAfter: after, exercises: records)]
        }
        return log
    }

    func kinds(_ r: Report) -> [String] { r.flags.map(\.kind.rawValue) }

    @Test func painOverLimitIsAboveNotAt() {
        let at = build([day("2026-11-02", after: 5, records: [ExerciseRecord(item: "a", status: .done, painDuring: 3)])])
        #expect(!kinds(at).contains("pain-over-limit"))
        let above = build([day("2026-11-02", after: 6, records: [ExerciseRecord(item: "a", status: .done, painDuring: 4)])])
        #expect(above.flags.filter { $0.kind == .painOverLimit }.map(\.item) == ["a", nil])
    }

    @Test func painNotSettledIsHigherNotEqual() {
        #expect(!kinds(build([day("2026-11-02", before: 3), day("2026-11-03", morning: 3)])).contains("pain-not-settled"))
        let higher = build([day("2026-11-02", before: 3), day("2026-11-03", morning: 4)])
        #expect(higher.flags.filter { $0.kind == .painNotSettled }.map(\.date) == [LocalDate("2026-11-03")])
        // The next morning must be in the range too.
        #expect(!kinds(build([day("2026-11-02", before: 3), day("2026-11-03", morning: 4)], to: "2026-11-02")).contains("pain-not-settled"))
    }

    @Test func morningPainRisingIsByOneOrMore() {
        let week1 = [day("2026-11-03", morning: 2), day("2026-11-04", morning: 2)]
        let risesByOne = build(week1 + [day("2026-11-10", morning: 3)], to: "2026-11-15")
        #expect(risesByOne.flags.filter { $0.kind == .morningPainRising }.map(\.date) == [LocalDate("2026-11-09")])
        let risesLess = build([day("2026-11-03", morning: 2), day("2026-11-04", morning: 3), day("2026-11-10", morning: 3)], to: "2026-11-15")
        #expect(!kinds(risesLess).contains("morning-pain-rising"))
    }

    @Test func missedDaysNeedThreeInARowAndEndOnADayWithNothingDue() {
        let done = { (date: String) in day(date, records: [ExerciseRecord(item: "a", status: .done)]) }
        // Nothing done on 11-03 and 11-04: two days, no flag.
        #expect(!kinds(build([done("2026-11-02"), done("2026-11-05")], to: "2026-11-05")).contains("missed-days"))
        #expect(kinds(build([done("2026-11-02"), done("2026-11-06")], to: "2026-11-06")).filter { $0 == "missed-days" }.count == 1)
        // A program with nothing due on Thursdays: a day with nothing due ends a run.
        var weekdays = ReportFixture.program
        weekdays.versions[0].items = [ReportFixture.item("a", sets: 1, reps: 1, days: [.mon, .tue, .wed, .fri, .sat, .sun])]
        #expect(!kinds(build([], from: "2026-11-03", to: "2026-11-06", program: weekdays)).contains("missed-days"))
        #expect(kinds(build([], from: "2026-11-02", to: "2026-11-06", program: weekdays)).contains("missed-days"))
    }

    @Test func lowAdherenceIsBelowEightyPercent() {
        var program = ReportFixture.program
        program.versions[0].items = [ReportFixture.item("a", sets: 1, reps: 1, days: [.mon, .tue, .wed, .thu, .fri])]
        let done = { (date: String) in day(date, records: [ExerciseRecord(item: "a", status: .done)]) }
        let four = build(["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05"].map(done), program: program)
        #expect(four.weeks[0].tally.adherence == 0.8)
        #expect(!kinds(four).contains("low-adherence"))
        let three = build(["2026-11-02", "2026-11-03", "2026-11-04"].map(done), program: program)
        #expect(kinds(three).contains("low-adherence"))
    }

    @Test func aRangeWithNothingDueCountsNowhere() {
        var program = ReportFixture.program
        program.versions[0].items = [ReportFixture.item("a", sets: 1, reps: 1, days: [.mon])]
        let r = build([], from: "2026-11-03", to: "2026-11-08", program: program)
        #expect(r.total.adherence == nil && r.total.dose == nil)
        #expect(r.flags.isEmpty)
        #expect(ReportJSON.render(r).contains("\"sessions\": null"))
    }
}

/// `hep report` itself: golden text, JSON field by field, CSV read back, and a corrupt day.
@Suite struct ReportCommandTests {
    func report(_ data: String, _ format: String) throws -> Run {
        try hep("report", "--data", data, "--from", "2026-11-04", "--to", "2026-11-11", "--today", "2026-11-12", "--format", format)
    }

    @Test func theTextMatchesTheGoldenFile() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let result = try report(ReportFixture.folder(scratch), "text")
        #expect(result.status == 0)
        if let difference = Golden.difference(result.stdout, Repo.root + "/Tests/HEPCoreTests/Golden/report.txt") {
            Issue.record(Comment(rawValue: difference))
        }
        #expect(result.outLines.allSatisfy { $0.count <= 80 }, "a line wider than 80 columns")
    }

    @Test func theTextInSpanishMatchesItsGoldenFile() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = ReportFixture.folder(scratch)
        let result = try hep("report", "--data", data, "--from", "2026-11-04", "--to", "2026-11-11", "--today", "2026-11-12", "--lang", "es")
        #expect(result.status == 0)
        if let difference = Golden.difference(result.stdout, Repo.root + "/Tests/HEPCoreTests/Golden/report-es.txt") {
            Issue.record(Comment(rawValue: difference))
        }
        #expect(result.outLines.allSatisfy { TextWidth.of($0) <= 80 }, "a line wider than 80 columns")
    }

    @Test func theJSONFieldByField() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let result = try report(ReportFixture.folder(scratch), "json")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(json["schema"] as? String == "hep.report/1")
        #expect(json["from"] as? String == "2026-11-04" && json["to"] as? String == "2026-11-11")
        let adherence = json["adherence"] as! [String: Any]
        #expect(adherence["sessions"] as? Double == 0.4)
        #expect(adherence["dose"] as? Double == 0.3312)
        let items = json["items"] as! [[String: Any]]
        #expect(items.map { $0["item"] as! String } == ["a", "c", "b"])
        let a = items[0]
        #expect(a["name"] as? String == "Exercise A")
        #expect(a["due"] as? Int == 8 && a["performed"] as? Int == 3)
        #expect(a["adherence"] as? Double == 0.375)
        #expect(a["dose"] as? Double == 0.3158)
        #expect(a["painDuringMean"] as? Double == 3)
        #expect(a["effortMean"] as? Double == 5)
        #expect((a["skipped"] as? [String: Any])?.isEmpty == true)
        let c = items[1]
        #expect(c["skipped"] as? [String: Int] == ["time": 1])
        #expect(c["adherence"] as? Double == 0.3333)
        let pain = json["pain"] as! [String: Any]
        #expect(pain["beforeMean"] as? Double == 2)
        #expect(pain["afterMean"] as? Double == 3.67)
        #expect(pain["morningMean"] as? Double == 4)
        #expect(pain["missing"] as? [String: Int] == ["before": 1, "after": 1, "morning": 2])
        let weeks = json["weeks"] as! [[String: Any]]
        #expect(weeks.map { $0["week"] as! String } == ["2026-W45", "2026-W46"])
        #expect(weeks[0]["adherence"] as? Double == 0.4444)
        #expect(weeks[1]["morningMean"] is NSNull)
        let flags = json["flags"] as! [[String: Any]]
        #expect(flags.count == 6)
        #expect(flags[0]["item"] as? String == "a")
        #expect(flags[1]["item"] is NSNull)
        #expect(flags.map { $0["kind"] as! String }.contains("missed-days"))
        // Figures, not sentences: each flag carries what its sentence in the text says.
        #expect(flags[0]["pain"] as? Int == 4 && flags[0]["limit"] as? Int == 3 && flags[0]["exercise"] as? String == "Exercise A")
        #expect(flags[0]["sessionStarted"] as? String == "2026-11-04T08:00:00+01:00")
        let missed = try #require(flags.first { $0["kind"] as? String == "missed-days" })
        #expect(missed["days"] as? Int == 3 && missed["from"] as? String == "2026-11-07" && missed["to"] as? String == "2026-11-09")
        #expect(flags.allSatisfy { $0["detail"] == nil }, "no sentence in the JSON")
        #expect(json["summary"] == nil)
        #expect((json["versions"] as! [[String: Any]]).map { $0["effective"] as! String } == ["2026-11-02", "2026-11-09"])
    }

    @Test func aCorruptDayIsNamedAndTheRestIsReported() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = ReportFixture.folder(scratch)
        let whole = try JSONSerialization.jsonObject(with: Data(try report(data, "json").stdout.utf8)) as! [String: Any]
        _ = scratch.write("data/log/2026-11-05.json", "{\"schema\": \"hep.log/1\", \"date\": ")
        let result = try report(data, "json")
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        // In the JSON, a code and its figures; the validator's own line as the detail.
        let problem = try #require((json["problems"] as? [[String: Any]])?.first as? [String: String])
        #expect(problem == ["kind": "unreadable", "date": "2026-11-05", "file": "\(data)/log/2026-11-05.json",
                            "detail": "\(data)/log/2026-11-05.json:1:33: unexpected end of file, expected a value"])
        let csv = try report(data, "csv")
        #expect(csv.stderr.contains("hep: \(data)/log/2026-11-05.json:1:33: unexpected end of file, expected a value; that day is left out"))
        // Unknown is not missed: the day is due for nothing (it was 0.4, as if nothing had been done).
        let before = whole["adherence"] as! [String: Any], after = json["adherence"] as! [String: Any]
        let dueThatDay = ReportFixture.program.versions[0].items.filter { $0.days.contains(LocalDate("2026-11-05")!.weekday) }
            .reduce(0) { $0 + $1.timesPerDay }
        #expect(after["due"] as? Int == (before["due"] as! Int) - dueThatDay)
        #expect(after["sessions"] as? Double == 0.4286)
        #expect((json["days"] as! [String: Any])["unreadable"] as? [String] == ["2026-11-05"])
    }

    @Test func theRangeOptions() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = ReportFixture.folder(scratch)
        let last = try hep("report", "--data", data, "--today", "2026-11-11", "--last", "1w", "--format", "json")
        #expect(last.stdout.contains("\"from\": \"2026-11-05\""))
        let byDefault = try hep("report", "--data", data, "--today", "2026-11-11", "--format", "json")
        #expect(byDefault.stdout.contains("\"from\": \"2026-10-29\""))
        let bad = try hep("report", "--data", data, "--from", "2026-11-12", "--to", "2026-11-11")
        #expect(bad.status == 64)
        #expect(bad.errLines.first == "Error: --from 2026-11-12 is after the end of the range 2026-11-11")
        let out = scratch.path + "/report.txt"
        #expect(try hep("report", "--data", data, "--today", "2026-11-11", "--out", out).status == 0)
        #expect(mode(out) == 0o600)
        let nowhere = try hep("report", "--data", data, "--today", "2026-11-11", "--out", scratch.path + "/no/such/folder/r.txt")
        #expect(nowhere.stderr == "hep: cannot write \(scratch.path)/no/such/folder/r.txt: No such file or directory\n")
        #expect(nowhere.status == 74)
        let noProgram = try hep("report", "--data", scratch.path + "/none")
        #expect(noProgram.status == 66)
    }
}

/// RFC 4180: fields separated by commas, rows by CRLF, quoted fields with doubled quotes.
func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text)
    var i = 0
    while i < chars.count {
        let c = chars[i]
        if quoted {
            if c == "\"" && i + 1 < chars.count && chars[i + 1] == "\"" { field.append("\""); i += 1 }
            else if c == "\"" { quoted = false }
            else { field.append(c) }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            row.append(field); field = ""
        } else if c == "\r\n" || c == "\n" {
            row.append(field); rows.append(row); row = []; field = ""
        } else {
            field.append(c)
        }
        i += 1
    }
    chars = []
    return rows
}
