/// One item due on a day, and how many times.
public struct DueItem: Equatable, Sendable {
    public var item: ProgramItem
    public var timesPerDay: Int
}

/// What the program asks for on one date, under the version in force that day.
public struct DaySchedule: Equatable, Sendable {
    public var date: LocalDate
    /// `nil` before the program's first version takes effect.
    public var version: ProgramVersion?
    public var due: [DueItem]
}

/// The items of the version in force on `date` whose `days` include its weekday, in program
/// order; nothing before the day the patient got the program (`installed`).
public func schedule(_ program: Program, _ date: LocalDate) -> DaySchedule {
    guard let version = program.version(on: date) else { return DaySchedule(date: date, version: nil, due: []) }
    if let installed = program.installed, date < installed { return DaySchedule(date: date, version: version, due: []) }
    let weekday = date.weekday
    let due = version.items
        .filter { $0.days.contains(weekday) }
        .map { DueItem(item: $0, timesPerDay: $0.timesPerDay) }
    return DaySchedule(date: date, version: version, due: due)
}
