import Foundation
import HEPCore
import TestSupport
import Testing

/// The CSV adds up to the report: every adherence figure of the JSON, recomputed from the
/// rows alone, on the hand-worked history and on a generated year; and nothing a patient
/// typed runs as a spreadsheet formula.
@Suite struct ReportCSVTests {
    /// The figures a spreadsheet would compute from the performances table.
    struct Sums: Equatable {
        var due = 0, performed = 0, reps = 0, prescribed = 0

        init(_ rows: [[String: String]]) {
            for row in rows where row["day"] == "counted" && row["status"] != "extra" {
                due += 1
                if row["status"] == "done" || row["status"] == "partial" { performed += 1 }
                reps += Int(row["repsCounted"]!)!
                prescribed += Int(row["repsPrescribed"]!)!
            }
        }

        init(json: [String: Any]) {
            due = json["due"] as! Int
            performed = json["performed"] as! Int
            reps = json["reps"] as! Int
            prescribed = json["prescribedReps"] as! Int
        }
    }

    func table(_ csv: String) -> [[String: String]] {
        let rows = parseCSV(csv)
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(rows[0], $0)) }
    }

    func reports(_ data: String, _ range: [String]) throws -> (json: [String: Any], rows: [[String: String]], csv: String) {
        let json = try hep(["report", "--data", data, "--format", "json"] + range)
        let csv = try hep(["report", "--data", data, "--format", "csv"] + range)
        #expect(json.status == 0 && csv.status == 0, "\(json.stderr) \(csv.stderr)")
        return (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any], table(csv.stdout), csv.stdout)
    }

    func hep(_ arguments: [String]) throws -> Run { try run(Repo.hep, arguments) }

    func expectSameFigures(_ json: [String: Any], _ rows: [[String: String]]) {
        #expect(Sums(rows) == Sums(json: json["adherence"] as! [String: Any]), "the whole range")
        for item in json["items"] as! [[String: Any]] {
            let id = item["item"] as! String
            #expect(Sums(rows.filter { $0["item"] == id }) == Sums(json: item), "item \(id)")
        }
        for week in json["weeks"] as! [[String: Any]] {
            let name = week["week"] as! String
            #expect(Sums(rows.filter { $0["week"] == name }) == Sums(json: week), "week \(name)")
        }
    }

    @Test func theHandWorkedHistoryAddsUp() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let (json, rows, csv) = try reports(ReportFixture.folder(scratch), ["--from", "2026-11-04", "--to", "2026-11-11", "--today", "2026-11-12"])
        #expect(csv.hasSuffix("\r\n"))
        #expect(parseCSV(csv)[0] == ReportCSV.headers[.performances])
        expectSameFigures(json, rows)
        // A missed time, an extra performance, a skip with its reason, a note with a quote and a comma.
        #expect(rows.contains { $0["date"] == "2026-11-05" && $0["status"] == "missed" && $0["repsPrescribed"] == "10" })
        #expect(rows.filter { $0["date"] == "2026-11-04" && $0["item"] == "a" }.map { $0["status"]! } == ["done", "extra"])
        #expect(rows.first { $0["status"] == "skipped" }?["reason"] == "time")
        #expect(csv.contains("\"felt \"\"easy\"\", did more\""))
    }

    @Test func aGeneratedYearAddsUp() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/year"
        #expect(try hep(["demo-history", "--years", "1", "--seed", "4", "--today", "2026-11-29", "--data", data]).status == 0)
        let (json, rows, _) = try reports(data, ["--from", "2025-11-29", "--to", "2026-11-29", "--today", "2026-11-29"])
        #expect(Sums(rows).due > 1000)
        expectSameFigures(json, rows)
        // Today is in its own rows, in no figure.
        #expect(rows.filter { $0["date"] == "2026-11-29" }.allSatisfy { $0["day"] == "today" })
    }

    @Test func theSessionAndDayTables() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = ReportFixture.folder(scratch)
        let range = ["--from", "2026-11-04", "--to", "2026-11-11", "--today", "2026-11-12"]
        let sessions = table(try hep(["report", "--data", data, "--format", "csv", "--table", "sessions"] + range).stdout)
        #expect(sessions.first == ["date": "2026-11-04", "session": "s-1", "started": "2026-11-04T08:00:00+01:00",
                                   "ended": "2026-11-04T08:30:00+01:00", "version": "1", "painBefore": "2", "painAfter": "3",
                                   "day": "counted"])
        let days = table(try hep(["report", "--data", data, "--format", "csv", "--table", "days"] + range).stdout)
        #expect(days.count == 8)
        #expect(days.first { $0["date"] == "2026-11-07" }?["morningPain"] == "4")
    }

    @Test(arguments: ["=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"])
    func aNoteNeverRunsAsAFormula(note: String) {
        var log = DayLog(date: LocalDate("2026-11-04")!)
        log.sessions = [Session(id: "s-1", started: ReportFixture.at("2026-11-04"), programVersion: 1, exercises: [
            ExerciseRecord(item: "a", status: .skipped, skipReason: .other, note: note),
        ])]
        let report = ReportBuilder.build(program: ReportFixture.program, from: log.date, to: log.date, today: log.date.adding(days: 1),
                                         logs: [log.date: log])
        let rows = parseCSV(ReportCSV.render(report, logs: [log.date: log]))
        let written = rows[1].last!
        #expect(written == "'" + note, "a leading ' keeps a spreadsheet from running it")
    }
}
