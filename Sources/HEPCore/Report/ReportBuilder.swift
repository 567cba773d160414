/// Computes a report from a program and the day logs of a range.
public enum ReportBuilder {
    public static func build(program: Program, from: LocalDate, to: LocalDate, logs: [LocalDate: DayLog],
                             problems: [String] = []) -> Report {
        var report = Report(patient: program.patient, title: program.title, from: from, to: to,
                            versions: versions(program, from, to), problems: problems)
        var rows: [String: Report.ItemRow] = [:]
        var order: [String] = []
        func row(_ id: String, _ name: String) -> String {
            if rows[id] == nil {
                rows[id] = Report.ItemRow(item: id, name: name)
                order.append(id)
            }
            return id
        }
        // Items in program order of the versions in range, latest first, so the table reads
        // like today's prescription.
        for version in report.versions.reversed() {
            for item in version.items { _ = row(item.id, item.exercise.name) }
        }

        for n in from.dayNumber...to.dayNumber {
            let date = LocalDate(dayNumber: n)
            let version = program.version(on: date)
            let log = logs[date]
            var day = Report.Day(date: date, sessions: log?.sessions.count ?? 0)
            // What was due, per item.
            var dueToday: [String: (times: Int, dose: Int)] = [:]
            for item in version?.items ?? [] where item.days.contains(date.weekday) {
                dueToday[item.id] = (item.timesPerDay, item.dose.prescribedReps)
                let t = Report.Tally(due: item.timesPerDay, prescribedReps: item.timesPerDay * item.dose.prescribedReps)
                rows[item.id]!.tally = rows[item.id]!.tally + t
                day.tally = day.tally + t
            }
            // What was done, in the order it was recorded; the first `due` performances count.
            var counted: [String: Int] = [:]
            for session in log?.sessions ?? [] {
                let named = program.version(number: session.programVersion)
                if named == nil {
                    report.problems.append("\(date) session \(session.id): the program has no version \(session.programVersion)")
                }
                for record in session.exercises {
                    guard let named, let item = named.item(record.item) else {
                        if named != nil {
                            report.problems.append("\(date) session \(session.id): \(record.item) is not an item of version \(session.programVersion); not counted")
                        }
                        continue
                    }
                    let id = row(record.item, item.exercise.name)
                    switch record.status {
                    case .skipped:
                        rows[id]!.skipped[record.skipReason ?? .other, default: 0] += 1
                    case .done, .partial:
                        rows[id]!.painDuring.add(record.painDuring)
                        rows[id]!.effort.add(record.effort)
                        if let due = dueToday[id], counted[id, default: 0] < due.times {
                            counted[id, default: 0] += 1
                            let reps = min(record.sets.reduce(0) { $0 + $1.reps }, due.dose)
                            let t = Report.Tally(performed: 1, reps: reps)
                            rows[id]!.tally = rows[id]!.tally + t
                            day.tally = day.tally + t
                        }
                    }
                }
            }
            report.days.append(day)
        }
        report.items = order.map { rows[$0]! }.filter { $0.tally.due > 0 || $0.tally.performed > 0 || !$0.skipped.isEmpty
            || $0.painDuring.count + $0.painDuring.missing > 0 }
        report.total = report.days.reduce(Report.Tally()) { $0 + $1.tally }
        report.sessions = report.days.reduce(0) { $0 + $1.sessions }
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

    /// Pain before, after and in the morning, over the range and per week.
    private static func answers(_ report: inout Report, _ logs: [LocalDate: DayLog]) {
        var weekIndex: [String: Int] = [:]
        for day in report.days {
            let name = day.date.isoWeek
            if weekIndex[name] == nil {
                weekIndex[name] = report.weeks.count
                report.weeks.append(Report.Week(week: name, from: day.date, to: day.date))
            }
            let w = weekIndex[name]!
            report.weeks[w].to = day.date
            report.weeks[w].tally = report.weeks[w].tally + day.tally
            let log = logs[day.date]
            for session in log?.sessions ?? [] {
                report.painBefore.add(session.painBefore)
                report.painAfter.add(session.painAfter)
                report.weeks[w].painBefore.add(session.painBefore)
                report.weeks[w].painAfter.add(session.painAfter)
            }
            // The morning question is due the day after a day with a session (both in range).
            let yesterday = day.date.adding(days: -1)
            let asked = yesterday >= report.from && !(logs[yesterday]?.sessions.isEmpty ?? true)
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
