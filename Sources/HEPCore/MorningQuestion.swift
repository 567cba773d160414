/// The next-morning question, pain since waking: asked once, on the first start of a day
/// that follows a day with a session, no earlier than 04:00 local time and no sooner than
/// six hours after that session ended (a session at 23:00 is not "yesterday" at 01:00).
public enum MorningQuestion {
    public static let earliestHour = 4
    public static let hoursAfterSession = 6

    /// - Parameters:
    ///   - today: the day log of `now`'s date, as recorded so far.
    ///   - yesterday: the day log of the day before, when there is one.
    public static func isDue(today: DayLog, yesterday: DayLog?, now: Moment) -> Bool {
        guard today.morningPainAsked == nil, today.morningPain == nil,
              let yesterday, yesterday.date == today.date.adding(days: -1),
              let last = yesterday.sessions.last, now.hour >= earliestHour else { return false }
        let end = last.ended ?? last.exercises.flatMap(\.sets).map(\.completed).max { $0.epochSeconds < $1.epochSeconds } ?? last.started
        return now.epochSeconds - end.epochSeconds >= hoursAfterSession * 3600
    }
}
