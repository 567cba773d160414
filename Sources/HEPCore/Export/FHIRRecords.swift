/// What a day log becomes in the bundle: a Procedure per exercise record, an Observation per
/// answer given. An unanswered question (null) is not an Observation: unknown is not 0.
extension FHIRBuilder {
    mutating func add(_ log: DayLog) {
        let day = ["\(log.date)"]
        let morningPlan = program.version(on: log.date).map { plan($0.version) }
        observe(.morningPain, log.morningPain, at: log.morningPainAsked?.description ?? "\(log.date)", key: day, plan: morningPlan)
        for session in log.sessions {
            let key = day + [session.id]
            let version = program.version(number: session.programVersion)
            let sessionPlan = version.map { plan($0.version) }
            observe(.painBefore, session.painBefore, at: session.started.description, key: key, plan: sessionPlan)
            if let version, let sessionPlan {
                for (index, record) in session.exercises.enumerated() {
                    if let item = version.item(record.item) {
                        add(record, of: item, in: session, key: key + ["\(index)"], plan: sessionPlan)
                    } else {
                        leftOut.append(.notAnItem(date: log.date, session: session.id, item: record.item, version: version.version))
                    }
                }
            } else if !session.exercises.isEmpty {
                leftOut.append(.noSuchVersion(date: log.date, session: session.id, version: session.programVersion))
            }
            let after = session.ended ?? session.exercises.compactMap(\.lastSet).max(by: Moment.earlier) ?? session.started
            observe(.painAfter, session.painAfter, at: after.description, key: key, plan: sessionPlan)
        }
    }

    /// A Procedure done by the patient at home, based on the plan. A skipped record is
    /// `not-done`, dated by its session's start, with the reason (and the patient's words).
    private mutating func add(_ record: ExerciseRecord, of item: ProgramItem, in session: Session, key: [String], plan: JSONValue) {
        let id = StableID.of(["Procedure", program.patient.id] + key)
        let note = record.note.flatMap { $0.isEmpty ? nil : $0 }
        var members: [(key: String, value: JSONValue)] = [
            ("subject", patient), ("basedOn", .array([plan])), ("code", FHIRCode.exercise(name(item))),
            ("performer", .array([.object([("actor", patient)])])),
        ]
        if record.status == .skipped {
            members += [("status", .string("not-done")), ("performedDateTime", .string(session.started.description)),
                        ("statusReason", .object([("text", .string(words.notDone(record.skipReason ?? record.stopReason, note: note)))]))]
        } else {
            // A clock set back mid-session could put the last set before the start; FHIR
            // forbids a period that ends before it starts, so such an end is left out.
            let end = (record.lastSet ?? session.ended).flatMap { $0.epochSeconds >= session.started.epochSeconds ? $0 : nil }
            let period = [("start", JSONValue.string(session.started.description))]
                + JSONValue.present([("end", end.map { .string($0.description) })])
            let reps = JSONValue.object([("text", .string(words.repsDone(record.repsDone, of: item.dose.prescribedReps, stopped: record.stopReason)))])
            let patientsWords = note.map { JSONValue.object([("authorReference", patient), ("text", .string($0))]) }
            members += [("status", .string("completed")), ("performedPeriod", .object(period)),
                        ("note", .array([reps] + (patientsWords.map { [$0] } ?? [])))]
        }
        // The sides the sets were done on; the prescribed side when none was recorded.
        let sides = Set(record.sets.map(\.side)).subtracting([.none])
        if let site = FHIRCode.laterality(sides.count == 2 ? .both : sides.first ?? item.side) {
            members.append(("bodySite", .array([site])))
        }
        entries.append(Entry(type: "Procedure", id: id, members: members))
        let during = (record.lastSet ?? session.started).description
        observe(.painDuring, record.painDuring, at: during, key: key, plan: plan, partOf: id, exercise: name(item))
        observe(.effort, record.effort, at: during, key: key, plan: plan, partOf: id, exercise: name(item))
    }

    /// An answer as a survey Observation reported by the patient; answers about one exercise
    /// are part of its Procedure, answers about the whole session or the morning of no one.
    private mutating func observe(_ question: FHIRBundle.Question, _ value: Int?, at moment: String, key: [String], plan: JSONValue?,
                                  partOf procedure: String? = nil, exercise: String? = nil) {
        guard let value else { return }
        let id = StableID.of(["Observation", program.patient.id] + key + [question.rawValue])
        entries.append(Entry(type: "Observation", id: id, members: [
            ("status", .string("final")), ("category", .array([FHIRCode.survey])),
            ("code", question == .effort ? FHIRCode.effort : FHIRCode.pain), ("subject", patient),
            ("performer", .array([patient])), ("effectiveDateTime", .string(moment)),
            ("valueInteger", .whole(value)), ("note", .array([.object([("text", .string(words.answerTo(question, exercise: exercise)))])])),
        ] + JSONValue.present([("basedOn", plan.map { .array([$0]) }), ("partOf", procedure.map { .array([Self.reference($0)]) })])))
    }
}

extension Moment {
    static func earlier(_ a: Moment, _ b: Moment) -> Bool { a.epochSeconds < b.epochSeconds }
}

extension ExerciseRecord {
    /// When the last set was completed, if any was.
    var lastSet: Moment? { sets.map(\.completed).max(by: Moment.earlier) }
}
