import HEPApp
import HEPCore
import TestSupport
import Testing

/// The session screen's day so far, the report, its CSV and the review screen count the
/// same hand-worked history the same way, record by record (one rule: `DayJudgement`).
@Suite struct AgreementTests {
    static let program = ReportFixture.program
    static let report = ReportBuilder.build(program: program, from: ReportFixture.from, to: ReportFixture.to,
                                            today: ReportFixture.to.adding(days: 1), logs: ReportFixture.byDate)

    @Test(arguments: ReportFixture.logs.filter { !$0.sessions.isEmpty })
    func theSessionScreenCountsADayAsTheReportDoes(_ log: DayLog) {
        let state = AppState(folder: "/data", program: Self.program, date: log.date, log: log, askMorningPain: false,
                             lastSessionVersion: nil)
        let rows = Self.report.performances.filter { $0.date == log.date }
        #expect(!state.due.isEmpty)
        for (index, due) in state.due.enumerated() {
            let p = state.progress(of: index)
            let mine = rows.filter { $0.item == due.item.id }
            let dueRows = mine.filter { $0.time != nil }
            #expect(p.timesDue == dueRows.count, "\(log.date) \(due.item.id)")
            #expect(p.reps == dueRows.reduce(0) { $0 + $1.repsCounted }, "\(log.date) \(due.item.id): reps")
            #expect(p.prescribedReps == dueRows.reduce(0) { $0 + $1.repsPrescribed }, "\(log.date) \(due.item.id): prescribed")
            let performed = mine.filter { $0.record.map { $0.status != .skipped } ?? false }.count
            #expect(p.performed == performed, "\(log.date) \(due.item.id): performed")
        }
    }

    @Test func theCSVHoldsEveryRecordWithTheRepsItDid() throws {
        let csv = ReportCSV.render(Self.report, logs: ReportFixture.byDate)
        let lines = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        let col = { (name: String) in header.firstIndex(of: name)! }
        let recorded = lines.dropFirst().filter { !$0[col("session")].isEmpty }
        let all = ReportFixture.logs.flatMap { log in log.sessions.flatMap { s in s.exercises.map { (log.date, s, $0) } } }
        // A record that fits no item of its session's version is in no row; every other is in one.
        let records = all.filter { Self.program.item(judging: $0.2, in: $0.1) != nil }.map { ($0.0, $0.2) }
        #expect(all.count - records.count == 1, "the fixture's one record of an item its version lacks")
        #expect(recorded.count == records.count)
        for (date, record) in records {
            let rows = recorded.filter { $0[col("date")] == "\(date)" && $0[col("item")] == record.item }
            #expect(rows.contains { Int($0[col("repsDone")]) == record.repsDone }, "\(date) \(record.item)")
        }
    }

    @Test(arguments: ReportFixture.logs.filter { !$0.sessions.isEmpty })
    func theReviewShowsEachRecordWithItsRepsAgainstItsOwnVersion(_ log: DayLog) {
        var review = ReviewState(report: Self.report, program: Self.program, logs: ReportFixture.byDate, width: 100, height: 40)
        while review.cursor > log.date { _ = review.handle(.key(.left), now: .system()) }
        _ = review.handle(.key(.enter), now: .system())
        let text = render(review).text
        for session in log.sessions {
            for record in session.exercises where record.status != .skipped {
                // A record its version does not hold was prescribed nothing.
                let prescribed = Self.program.item(judging: record, in: session)?.dose.prescribedReps ?? 0
                #expect(text.contains("\(record.status.rawValue), \(record.repsDone)/\(prescribed) reps"),
                        "\(log.date) \(record.item)")
            }
        }
    }
}
