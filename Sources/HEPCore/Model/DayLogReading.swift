/// Builds the log model straight from a parsed document that `LogRules` accepted, instead
/// of parsing the text a second time with `JSONDecoder`: a report reads every log of the
/// range, and this halves its time. Fields the rules allow to be absent become nil.
extension DayLog {
    init(checked v: JSONValue) {
        self.init(date: LocalDate(v["date"]!.text!)!, morningPain: v["morningPain"]?.integer,
                  sessions: v["sessions"]!.items!.map(Session.init(checked:)))
        schema = v["schema"]!.text!
        morningPainAsked = v["morningPainAsked"]?.text.flatMap(Moment.init)
    }
}

extension Session {
    init(checked v: JSONValue) {
        self.init(id: v["id"]!.text!, started: Moment(v["started"]!.text!)!, ended: v["ended"]?.text.flatMap(Moment.init),
                  programVersion: v["programVersion"]!.integer!, painBefore: v["painBefore"]?.integer,
                  painAfter: v["painAfter"]?.integer, exercises: v["exercises"]!.items!.map(ExerciseRecord.init(checked:)))
    }
}

extension ExerciseRecord {
    init(checked v: JSONValue) {
        self.init(item: v["item"]!.text!, status: RecordStatus(rawValue: v["status"]!.text!)!,
                  skipReason: v["skipReason"]?.text.flatMap(SkipReason.init(rawValue:)),
                  stopReason: v["stopReason"]?.text.flatMap(SkipReason.init(rawValue:)),
                  sets: v["sets"]!.items!.map { SetRecord(side: Side(rawValue: $0["side"]!.text!)!, reps: $0["reps"]!.integer!,
                                                          heldSeconds: $0["heldSeconds"]?.integer,
                                                          completed: Moment($0["completed"]!.text!)!) },
                  painDuring: v["painDuring"]?.integer, effort: v["effort"]?.integer, note: v["note"]?.text)
    }
}
