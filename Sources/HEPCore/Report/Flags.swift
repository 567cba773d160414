/// The pain-monitoring model's flags (after Silbernagel et al. 2007) and the adherence
/// flags, as the data contract defines them.
enum Flags {
    static func find(_ report: Report, program: Program, logs: [LocalDate: DayLog]) -> [Report.Flag] {
        var flags: [Report.Flag] = []
        let programLimit = program.effectivePainLimit
        let counted = report.days.filter { $0.standing == .counted }
        let countedDates = Set(counted.map(\.date))
        for day in counted {
            let date = day.date
            for session in logs[date]?.sessions ?? [] {
                for record in session.exercises {
                    guard let pain = record.painDuring, let item = program.item(judging: record, in: session) else { continue }
                    let limit = program.painLimit(for: item)
                    if pain > limit {
                        flags.append(.init(date: date, kind: .painOverLimit, item: item.id, session: session.id,
                                           facts: .painDuring(exercise: item.exercise, pain: pain, limit: limit, started: session.started)))
                    }
                }
                if let after = session.painAfter, after > programLimit {
                    flags.append(.init(date: date, kind: .painOverLimit, item: nil, session: session.id,
                                       facts: .painAfter(pain: after, limit: programLimit, started: session.started)))
                }
            }
            // Pain that has not settled by the next morning.
            let next = date.adding(days: 1)
            if countedDates.contains(next), let morning = logs[next]?.morningPain,
               let before = logs[date]?.sessions.first(where: { $0.painBefore != nil })?.painBefore, morning > before {
                flags.append(.init(date: next, kind: .painNotSettled, item: nil,
                                   facts: .notSettled(morning: morning, before: before, sessionDay: date)))
            }
        }
        flags += missedDays(report.days)
        // A week's flags are dated its first counted day.
        let firstCounted = Dictionary(counted.map { ($0.date.isoWeek, $0.date) }, uniquingKeysWith: min)
        for (i, week) in report.weeks.enumerated() {
            let first = firstCounted[week.week] ?? week.from
            if week.tally.isBelowThreshold {
                flags.append(.init(date: first, kind: .lowAdherence, item: nil,
                                   facts: .lowAdherence(week: week.week, performed: week.tally.performed, due: week.tally.due,
                                                        adherence: week.tally.adherence)))
            }
            // Exactly, in whole numbers: a rise of 1 or more between the two weeks' means.
            let now = week.morningPain
            if i > 0, case let before = report.weeks[i - 1].morningPain, now.count > 0, before.count > 0,
               now.sum * before.count - before.sum * now.count >= now.count * before.count {
                flags.append(.init(date: first, kind: .morningPainRising, item: nil,
                                   facts: .morningRising(fromWeek: report.weeks[i - 1].week, from: before.value ?? 0, toWeek: week.week,
                                                         to: now.value ?? 0)))
            }
        }
        let rank = Dictionary(uniqueKeysWithValues: Report.Flag.Kind.allCases.enumerated().map { ($1, $0) })
        return flags.enumerated().sorted { a, b in
            (a.element.date, rank[a.element.kind]!, a.offset) < (b.element.date, rank[b.element.kind]!, b.offset)
        }.map(\.element)
    }

    /// Runs of 3 or more days in a row with something due and nothing performed.
    private static func missedDays(_ days: [Report.Day]) -> [Report.Flag] {
        var flags: [Report.Flag] = []
        var run: [LocalDate] = []
        func close() {
            if run.count >= 3 {
                flags.append(.init(date: run[0], kind: .missedDays, item: nil,
                                   facts: .missedDays(count: run.count, from: run[0], to: run.last!)))
            }
            run = []
        }
        for day in days {
            // Today's tally is its work so far, shown apart: it neither extends nor ends a run.
            if day.standing == .today { continue }
            if day.tally.due > 0 && day.tally.performed == 0 { run.append(day.date) } else { close() }
        }
        close()
        return flags
    }
}

extension Report {
    /// How much of a day's due work was done, in the four steps that the review's calendar
    /// and the printed report's calendar both draw.
    public enum DoneShare: Int, Sendable {
        case none, some, half, all

        /// Nil when nothing was due.
        public init?(_ adherence: Double?) {
            guard let share = adherence else { return nil }
            self = share >= 1 ? .all : share >= 0.5 ? .half : share > 0 ? .some : .none
        }
    }

    /// The threshold that session adherence is judged against (a low-adherence week).
    public static let adherenceThreshold = 0.8

    /// `0.857` as `86%`, `nil` as `-`. A figure is never rounded across the adherence
    /// threshold: 39 of 49 is `79.6%`, not `80%`.
    public static func percent(_ fraction: Double?) -> String {
        guard let fraction else { return "-" }
        let limit = adherenceThreshold * 100
        return figure(fraction, unit: 100, places: 0) { $0 < limit } + "%"
    }

    /// `value * unit` with `places` decimals, unless rounding would carry it to the other
    /// side of a threshold (`beyond` tells the sides apart): then with a decimal more, cut
    /// toward the side it is on. A figure read against a threshold must sit on its side.
    public static func figure(_ value: Double, unit: Double = 1, places: Int, beyond: (Double) -> Bool) -> String {
        let side = beyond(value * unit)
        var steps = 1.0
        for _ in 0..<places { steps *= 10 }
        let rounded = (value * (unit * steps)).rounded()
        if beyond(rounded / steps) == side { return digits(Int(rounded), places) }
        let finer = value * (unit * steps * 10)
        var cut = finer.rounded()
        if beyond(cut / (steps * 10)) != side { cut = cut > finer ? finer.rounded(.down) : finer.rounded(.up) }
        return digits(Int(cut), places + 1)
    }

    /// `n` in units of the last of `places` decimals: 795 with 1 place is `79.5`.
    private static func digits(_ n: Int, _ places: Int) -> String {
        guard places > 0 else { return "\(n)" }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let rest = String(n % scale)
        return "\(n / scale)." + String(repeating: "0", count: places - rest.count) + rest
    }

    /// `2.333` as `2.3`, `nil` as `-`.
    public static func decimal(_ value: Double?) -> String {
        guard let value else { return "-" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}

extension Report.Tally {
    /// Session adherence below the threshold (0.8), compared in whole numbers: 39 of 49
    /// is below, 40 of 50 is not. False when nothing was due.
    public var isBelowThreshold: Bool { due > 0 && performed * 5 < due * 4 }
}
