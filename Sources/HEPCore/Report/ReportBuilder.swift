/// Computes a report from a program and the day logs of a range: every figure, in the one
/// place the text, JSON and CSV forms and the review screen read them from.
public enum ReportBuilder {
    /// - Parameters:
    ///   - today: the report's today. It and the days after it are not due; today's work is
    ///     kept apart as "today so far".
    ///   - unreadable: days whose log hep could not read: unknown, so never due nor missed.
    public static func build(program: Program, from: LocalDate, to: LocalDate, today: LocalDate, logs: [LocalDate: DayLog],
                             unreadable: Set<LocalDate> = [], problems: [Report.DataProblem] = []) -> Report {
        var report = Report(patient: program.patient, title: program.title, from: from, to: to, asOf: today,
                            painLimit: program.effectivePainLimit, versions: versions(program, from, to), problems: problems)
        var rows: [String: Report.ItemRow] = [:]
        var order: [String] = []
        func row(_ id: String, _ exercise: Exercise) -> String {
            if rows.index(forKey: id) == nil {
                rows[id] = Report.ItemRow(item: id, exercise: exercise)
                order.append(id)
            }
            return id
        }
        // Items in program order of the versions in range, latest first, so the table reads
        // like today's prescription.
        for version in report.versions.reversed() {
            for item in version.items { _ = row(item.id, item.exercise) }
        }

        for n in from.dayNumber...to.dayNumber {
            let date = LocalDate(dayNumber: n)
            let log = logs[date]
            var day = Report.Day(date: date, sessions: log?.sessions.count ?? 0)
            day.standing = date == today ? .today : date > today ? .future : unreadable.contains(date) ? .unreadable : .counted
            if day.standing == .future, log?.sessions.isEmpty == false {
                report.problems.append(.future(date: date, today: today))
            }
            if day.standing == .counted || day.standing == .today {
                let judged = DayJudgement(date: date, log: log, program: program, counted: day.standing == .counted)
                for p in judged.performances where p.time != nil {
                    let performed = p.status == .done || p.status == .partial
                    let tally = Report.Tally(due: 1, performed: performed ? 1 : 0, reps: p.repsCounted, prescribedReps: p.repsPrescribed)
                    day.tally += tally
                    if day.standing == .counted {
                        rows[p.item]!.tally += tally
                        if p.status == .skipped { rows[p.item]!.skippedDue[p.record?.skipReason ?? .other, default: 0] += 1 }
                    }
                }
                for j in judged.records {
                    let id = row(j.item.id, j.item.exercise)
                    guard day.standing == .counted else { continue }
                    // Every answer given counts in the means; a question never asked (of a
                    // skipped or stopped exercise) is not "not given".
                    let record = j.record
                    if record.painAsked || record.painDuring != nil { rows[id]!.painDuring.add(record.painDuring) }
                    if record.effortAsked || record.effort != nil { rows[id]!.effort.add(record.effort) }
                    if record.status == .skipped { rows[id]!.skipped[record.skipReason ?? .other, default: 0] += 1 }
                }
                report.performances += judged.performances
                if day.standing == .counted {
                    report.problems += judged.problems
                } else {
                    report.today = day
                }
            }
            report.days.append(day)
        }
        let counted = report.days.filter { $0.standing == .counted }
        report.items = order.map { rows[$0]! }.filter { $0.tally.due > 0 || $0.tally.performed > 0 || !$0.skipped.isEmpty
            || $0.painDuring.count + $0.painDuring.missing > 0 }
        report.skipped = report.items.reduce(into: [:]) { total, row in total.merge(row.skipped, uniquingKeysWith: +) }
        report.total = counted.reduce(Report.Tally()) { $0 + $1.tally }
        report.sessions = counted.reduce(0) { $0 + $1.sessions }
        answers(&report, logs)
        report.flags = Flags.find(report, program: program, logs: logs)
        return report
    }

    /// The versions in force on at least one day of the range.
    static func versions(_ program: Program, _ from: LocalDate, _ to: LocalDate) -> [ProgramVersion] {
        program.versions.enumerated().filter { i, version in
            let next = i + 1 < program.versions.count ? program.versions[i + 1].effective : nil
            return version.effective <= to && (next.map { $0 > from } ?? true)
        }.map(\.element)
    }

    /// Pain before, after and in the morning, over the counted days and per week.
    private static func answers(_ report: inout Report, _ logs: [LocalDate: DayLog]) {
        var weekIndex: [String: Int] = [:]
        let countedDays = Set(report.days.filter { $0.standing == .counted }.map(\.date))
        for day in report.days {
            let name = day.date.isoWeek
            if weekIndex[name] == nil {
                weekIndex[name] = report.weeks.count
                report.weeks.append(Report.Week(week: name, from: day.date, to: day.date))
            }
            let w = weekIndex[name]!
            report.weeks[w].to = day.date
            guard day.standing == .counted else { continue }
            report.weeks[w].tally += day.tally
            let log = logs[day.date]
            for session in log?.sessions ?? [] {
                report.painBefore.add(session.painBefore)
                report.painAfter.add(session.painAfter)
                report.weeks[w].painBefore.add(session.painBefore)
                report.weeks[w].painAfter.add(session.painAfter)
            }
            // The morning question is due the day after a day with a session (both counted).
            let yesterday = day.date.adding(days: -1)
            let asked = countedDays.contains(yesterday) && !(logs[yesterday]?.sessions.isEmpty ?? true)
            if let morning = log?.morningPain {
                report.morningPain.add(morning)
                report.weeks[w].morningPain.add(morning)
            } else if asked {
                report.morningPain.missing += 1
                report.weeks[w].morningPain.missing += 1
            }
        }
    }
}
