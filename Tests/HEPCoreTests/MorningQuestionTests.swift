import HEPCore
import Testing

/// The next-morning question waits for the morning: the edges of 04:00 and of six hours
/// after the last session, each way.
@Suite struct MorningQuestionTests {
    static let today = LocalDate("2026-11-25")!

    func yesterday(ended: String?, started: String = "2026-11-24T18:00:00+01:00") -> DayLog {
        DayLog(date: Self.today.adding(days: -1), sessions: [
            Session(id: "s-1", started: Moment(started)!, ended: ended.flatMap(Moment.init), programVersion: 1),
        ])
    }

    func due(_ now: String, yesterday: DayLog?, today: DayLog = DayLog(date: today)) -> Bool {
        MorningQuestion.isDue(today: today, yesterday: yesterday, now: Moment(now)!)
    }

    @Test func notBeforeFourInTheMorning() {
        let late = yesterday(ended: "2026-11-24T20:00:00+01:00")
        #expect(!due("2026-11-25T03:59:59+01:00", yesterday: late))
        #expect(due("2026-11-25T04:00:00+01:00", yesterday: late))
    }

    @Test func notSoonerThanSixHoursAfterTheLastSession() {
        let lateNight = yesterday(ended: "2026-11-24T23:30:00+01:00", started: "2026-11-24T23:00:00+01:00")
        #expect(!due("2026-11-25T05:29:59+01:00", yesterday: lateNight))
        #expect(due("2026-11-25T05:30:00+01:00", yesterday: lateNight))
        // An interrupted session counts from its last set, or its start.
        #expect(!due("2026-11-25T04:30:00+01:00", yesterday: yesterday(ended: nil, started: "2026-11-24T23:00:00+01:00")))
        #expect(due("2026-11-25T05:00:00+01:00", yesterday: yesterday(ended: nil, started: "2026-11-24T23:00:00+01:00")))
    }

    @Test func onlyAfterADayWithASessionAndOnlyOnce() {
        #expect(!due("2026-11-25T09:00:00+01:00", yesterday: nil))
        #expect(!due("2026-11-25T09:00:00+01:00", yesterday: DayLog(date: Self.today.adding(days: -1))))
        var twoDaysAgo = yesterday(ended: "2026-11-24T20:00:00+01:00")
        twoDaysAgo.date = Self.today.adding(days: -2)
        #expect(!due("2026-11-25T09:00:00+01:00", yesterday: twoDaysAgo))
        var asked = DayLog(date: Self.today)
        asked.morningPainAsked = Moment("2026-11-25T07:00:00+01:00")
        #expect(!due("2026-11-25T09:00:00+01:00", yesterday: yesterday(ended: "2026-11-24T20:00:00+01:00"), today: asked))
    }
}
