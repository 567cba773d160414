/// The report as `hep.report/1` JSON: fractions 0..1, means null when nothing was
/// answered, `item` null on flags about a day or a week.
public enum ReportJSON {
    public static let schemaID = "hep.report/1"

    public static func render(_ r: Report) -> String {
        func mean(_ m: Report.Mean) -> JSONValue { m.value.map { number($0, places: 2) } ?? .null }
        func fraction(_ f: Double?) -> JSONValue { f.map { number($0, places: 4) } ?? .null }
        func tally(_ t: Report.Tally) -> [(String, JSONValue)] {
            [("due", .number("\(t.due)")), ("performed", .number("\(t.performed)")),
             ("adherence", fraction(t.adherence)), ("dose", fraction(t.dose)),
             ("reps", .number("\(t.reps)")), ("prescribedReps", .number("\(t.prescribedReps)"))]
        }
        let items: [JSONValue] = r.items.map { row in
            .object([("item", .string(row.item)), ("name", .string(row.name)),
                     ("skipped", .object(SkipReason.allCases.compactMap { reason in
                         row.skipped[reason].map { (reason.rawValue, .number("\($0)")) } })),
                     ("painDuringMean", mean(row.painDuring)), ("effortMean", mean(row.effort)),
                     ("missing", .object([("painDuring", .number("\(row.painDuring.missing)")),
                                          ("effort", .number("\(row.effort.missing)"))]))] + tally(row.tally))
        }
        let weeks: [JSONValue] = r.weeks.map { w in
            .object([("week", .string(w.week)), ("from", .string("\(w.from)")), ("to", .string("\(w.to)")),
                     ("painBeforeMean", mean(w.painBefore)), ("painAfterMean", mean(w.painAfter)),
                     ("morningMean", mean(w.morningPain))] + tally(w.tally))
        }
        let versions: [JSONValue] = r.versions.map { v in
            .object([("version", .number("\(v.version)")), ("effective", .string("\(v.effective)")),
                     ("note", v.note.map(JSONValue.string) ?? .null)])
        }
        let report: JSONValue = .object([
            ("schema", .string(schemaID)),
            ("patient", .object([("id", .string(r.patient.id)), ("name", .string(r.patient.name))])),
            ("title", .string(r.title)),
            ("from", .string("\(r.from)")), ("to", .string("\(r.to)")),
            ("versions", .array(versions)),
            ("sessions", .number("\(r.sessions)")),
            ("adherence", .object([("sessions", fraction(r.total.adherence))] + tally(r.total))),
            ("today", r.today.map { day in
                .object([("date", .string("\(day.date)")), ("sessions", .number("\(day.sessions)"))] + tally(day.tally))
            } ?? .null),
            ("days", .object(Report.Day.Standing.allCases.filter { $0 != .counted }.map { standing in
                (standing.rawValue, .array(r.days.filter { $0.standing == standing }.map { .string("\($0.date)") }))
            })),
            ("items", .array(items)),
            ("pain", .object([("beforeMean", mean(r.painBefore)), ("afterMean", mean(r.painAfter)),
                              ("morningMean", mean(r.morningPain)),
                              ("missing", .object([("before", .number("\(r.painBefore.missing)")),
                                                   ("after", .number("\(r.painAfter.missing)")),
                                                   ("morning", .number("\(r.morningPain.missing)"))]))])),
            ("weeks", .array(weeks)),
            ("flags", .array(r.flags.map(flag))),
            ("problems", .array(r.problems.map(problem))),
        ])
        return JSONWriter.pretty(report)
    }

    /// A flag as its date, kind, item and session, with the figures that raised it.
    static func flag(_ f: Report.Flag) -> JSONValue {
        .object([("date", .string("\(f.date)")), ("kind", .string(f.kind.rawValue)),
                 ("item", f.item.map(JSONValue.string) ?? .null), ("session", f.session.map(JSONValue.string) ?? .null)]
                + figures(f.facts))
    }

    /// A flag's figures, so a reader of the JSON has what the sentence of the text says.
    static func figures(_ facts: Report.Flag.Facts) -> [(key: String, value: JSONValue)] {
        let n = JSONValue.whole
        switch facts {
        case let .painDuring(exercise, pain, limit, started):
            return [("exercise", .string(exercise.name)), ("pain", n(pain)), ("limit", n(limit)), ("sessionStarted", .string(started.description))]
        case let .painAfter(pain, limit, started):
            return [("pain", n(pain)), ("limit", n(limit)), ("sessionStarted", .string(started.description))]
        case let .notSettled(morning, before, day):
            return [("morningPain", n(morning)), ("painBefore", n(before)), ("sessionDate", .string("\(day)"))]
        case let .lowAdherence(week, performed, due, adherence):
            return [("week", .string(week)), ("performed", n(performed)), ("due", n(due)),
                    ("adherence", adherence.map { number($0, places: 4) } ?? .null)]
        case let .morningRising(fromWeek, from, toWeek, to):
            return [("fromWeek", .string(fromWeek)), ("fromMean", number(from, places: 2)), ("toWeek", .string(toWeek)),
                    ("toMean", number(to, places: 2))]
        case let .missedDays(count, from, to):
            return [("days", n(count)), ("from", .string("\(from)")), ("to", .string("\(to)"))]
        }
    }

    /// A JSON number rounded to `places` decimals, without trailing zeros.
    static func number(_ value: Double, places: Int) -> JSONValue { .number(numberText(value, places: places)) }

    /// The text of `number`, for another form that marks its figures as the JSON gives them.
    static func numberText(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        var text = "\(scaled / Int(scale))"
        var rest = abs(scaled % Int(scale))
        if rest > 0 {
            var digits = String(rest)
            digits = String(repeating: "0", count: places - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            rest = 0
            text += "." + digits
        }
        if value < 0 && scaled / Int(scale) == 0 && scaled != 0 { text = "-" + text }
        return text
    }

    /// A data problem as its code and figures; the validator's own line where a log broke a rule.
    private static func problem(_ p: Report.DataProblem) -> JSONValue {
        let date = { (d: LocalDate) in ("date", JSONValue.string("\(d)")) }
        switch p {
        case let .setAside(file, d): return .object([("kind", .string("set-aside")), date(d), ("file", .string(file))])
        case let .unreadable(problem, d):
            return .object([("kind", .string("unreadable")), date(d), ("file", .string(problem.file)),
                            ("detail", .string(problem.description))])
        case let .future(d, today): return .object([("kind", .string("future")), date(d), ("today", .string("\(today)"))])
        case let .noSuchVersion(d, session, version):
            return .object([("kind", .string("no-such-version")), date(d), ("session", .string(session)), ("version", .whole(version))])
        case let .notAnItem(d, session, item, version):
            return .object([("kind", .string("not-an-item")), date(d), ("session", .string(session)), ("item", .string(item)),
                            ("version", .whole(version))])
        }
    }
}
