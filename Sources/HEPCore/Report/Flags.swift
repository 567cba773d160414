/// The pain-monitoring model's flags (after Silbernagel et al. 2007) and the adherence
/// flags, as the data contract defines them.
enum Flags {
    static func find(_ report: Report, program: Program, logs: [LocalDate: DayLog]) -> [Report.Flag] {
        var flags: [Report.Flag] = []
        let programLimit = program.effectivePainLimit
        for day in report.days {
            let date = day.date
            let inForce = program.version(on: date)
            for session in logs[date]?.sessions ?? [] {
                let named = program.version(number: session.programVersion)
                for record in session.exercises {
                    guard let pain = record.painDuring,
                          let item = inForce?.item(record.item) ?? named?.item(record.item) else { continue }
                    let limit = program.painLimit(for: item)
                    if pain > limit {
                        flags.append(.init(date: date, kind: .painOverLimit, item: item.id,
                                           detail: "\(item.exercise.name): pain \(pain) during, above the limit of \(limit)"))
                    }
                }
                if let after = session.painAfter, after > programLimit {
                    flags.append(.init(date: date, kind: .painOverLimit, item: nil,
                                       detail: "pain \(after) after the session, above the limit of \(programLimit)"))
                }
            }
            // Pain that has not settled by the next morning.
            let next = date.adding(days: 1)
            if next <= report.to, let morning = logs[next]?.morningPain,
               let before = logs[date]?.sessions.first(where: { $0.painBefore != nil })?.painBefore, morning > before {
                flags.append(.init(date: next, kind: .painNotSettled, item: nil,
                                   detail: "morning pain \(morning), higher than the \(before) before the session of \(date)"))
            }
        }
        flags += missedDays(report.days)
        for (i, week) in report.weeks.enumerated() {
            if let adherence = week.tally.adherence, adherence < 0.8 {
                flags.append(.init(date: week.from, kind: .lowAdherence, item: nil,
                                   detail: "\(week.week): \(week.tally.performed) of \(week.tally.due) performances done (\(Report.percent(adherence)))"))
            }
            if i > 0, let now = week.morningPain.value, let before = report.weeks[i - 1].morningPain.value, now - before >= 1 {
                flags.append(.init(date: week.from, kind: .morningPainRising, item: nil,
                                   detail: "mean morning pain rose from \(Report.decimal(before)) in \(report.weeks[i - 1].week) to \(Report.decimal(now)) in \(week.week)"))
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
                                   detail: "\(run.count) days in a row with exercises due and none done (\(run[0]) to \(run.last!))"))
            }
            run = []
        }
        for day in days {
            if day.tally.due > 0 && day.tally.performed == 0 { run.append(day.date) } else { close() }
        }
        close()
        return flags
    }
}

extension Report {
    /// `0.857` as `86%`, `nil` as `-`.
    public static func percent(_ fraction: Double?) -> String {
        fraction.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
    }

    /// `2.333` as `2.3`, `nil` as `-`.
    public static func decimal(_ value: Double?) -> String {
        guard let value else { return "-" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
