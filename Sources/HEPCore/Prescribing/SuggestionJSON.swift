/// `hep program suggest --format json` (`hep.suggest/1`): for each item, the suggestion as
/// a code, the reasons as codes and the report's figures behind them, never sentences.
public enum SuggestionJSON {
    public static let schemaID = "hep.suggest/1"

    public static func render(_ report: Report, program: Program) -> String {
        let items: [JSONValue] = Suggestion.suggest(report, program: program).map { s in
            let f = s.figures
            let figures: JSONValue = .object([
                ("due", .whole(f.tally.due)), ("performed", .whole(f.tally.performed)), ("missed", .whole(f.missed)),
                ("adherence", f.tally.adherence.map { ReportJSON.number($0, places: 4) } ?? .null),
                ("painSkips", .whole(f.painSkips)),
                ("effortMean", f.effort.value.map { ReportJSON.number($0, places: 2) } ?? .null),
                ("effortAnswers", .whole(f.effort.count)),
                ("painFlags", .array(f.painFlags.map(ReportJSON.flag))),
            ])
            return .object([("item", .string(s.item.id)), ("name", .string(s.item.exercise.name)),
                            ("suggestion", .string(s.kind.rawValue)), ("reasons", .strings(s.reasons.map(\.rawValue))),
                            ("figures", figures)])
        }
        return JSONWriter.pretty(.object([
            ("schema", .string(schemaID)), ("from", .string("\(report.from)")), ("to", .string("\(report.to)")),
            ("version", .whole(program.version(on: report.to)?.version)), ("items", .array(items)),
        ]))
    }
}
