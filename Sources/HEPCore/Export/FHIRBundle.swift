/// A range of a patient's records as a FHIR R4 Bundle, for a clinic's system: the Patient,
/// the program as a CarePlan, one Procedure per exercise record and one Observation per pain
/// or effort answer. Pure: the same data, range, type and language give the same bytes, and
/// every id is derived from the record it stands for (`StableID`), whatever the language.
public enum FHIRBundle {
    /// `collection` to read; `transaction` for a server to store, each entry an upsert (PUT).
    public enum Kind: String, CaseIterable, Sendable {
        case collection, transaction
    }

    /// Which question an Observation answers; the raw value is part of the Observation's id.
    public enum Question: String, Sendable {
        case painBefore, painDuring, painAfter, morningPain, effort
    }

    public struct Export: Sendable {
        public var bundle: JSONValue
        /// How many resources of each type the bundle holds: Patient, CarePlan, Procedure, Observation.
        public var counts: [(type: String, count: Int)]
        /// Records that name no item of their session's version (or a version the program
        /// lacks): left out, as the report leaves them out of its figures.
        public var leftOut: [Report.DataProblem]
    }

    /// The bundle of `logs` (the day logs of a range); the CarePlan holds the items of the
    /// version in force on `lastDay`, the range's last day.
    public static func build(program: Program, logs: [LocalDate: DayLog], lastDay: LocalDate, kind: Kind,
                             language: Language) -> Export {
        var builder = FHIRBuilder(program: program, language: language)
        for date in logs.keys.sorted() { builder.add(logs[date]!) }
        builder.addPatientAndPlans(lastDay: lastDay)
        let counts = ["Patient", "CarePlan", "Procedure", "Observation"].map { type in
            (type: type, count: builder.entries.count { $0.type == type })
        }
        let bundle = JSONValue.object([("resourceType", .string("Bundle")), ("type", .string(kind.rawValue)),
                                       ("language", .string(language.rawValue)),
                                       ("entry", .array(builder.entries.map { $0.json(kind) }))])
        return Export(bundle: bundle, counts: counts, leftOut: builder.leftOut)
    }
}

/// Gathers the bundle's entries; each resource refers to others by their `urn:uuid:` fullUrl.
struct FHIRBuilder {
    struct Entry {
        var type: String
        var id: String
        var members: [(key: String, value: JSONValue)]

        func json(_ kind: FHIRBundle.Kind) -> JSONValue {
            let resource = JSONValue.object([("resourceType", .string(type)), ("id", .string(id))] + members)
            let request = kind == .transaction ? [("request", JSONValue.object([("method", .string("PUT")), ("url", .string("\(type)/\(id)"))]))] : []
            return .object([("fullUrl", .string("urn:uuid:" + id)), ("resource", resource)] + request)
        }
    }

    let program: Program
    let language: Language
    let words: any ExportWords
    let patientID: String
    var entries: [Entry] = []
    var leftOut: [Report.DataProblem] = []
    /// The program versions the records were done under: each is a plan of its own.
    var planned: Set<Int> = []

    init(program: Program, language: Language) {
        self.program = program
        self.language = language
        words = language.export
        patientID = StableID.of(["Patient", program.patient.id])
    }

    static func reference(_ id: String) -> JSONValue { .object([("reference", .string("urn:uuid:" + id))]) }
    var patient: JSONValue { Self.reference(patientID) }

    /// Each version of the program is a plan, so that a record refers to the dose prescribed
    /// when it was done, and an export of an older range never replaces a newer plan on a
    /// server. A program installed anew (another first version) makes other plans.
    func planID(_ version: Int) -> String {
        StableID.of(["CarePlan", program.patient.id, program.versions.first.map { "\($0.effective)" } ?? "", "\(version)"])
    }

    /// The plan of `version`, to refer to: it will be in the bundle.
    mutating func plan(_ version: Int) -> JSONValue {
        planned.insert(version)
        return Self.reference(planID(version))
    }

    /// The Patient and the plans first, then the records gathered so far: the plans of the
    /// versions they were done under, and of the version in force on `lastDay`.
    mutating func addPatientAndPlans(lastDay: LocalDate) {
        if let current = program.version(on: lastDay) { planned.insert(current.version) }
        let records = entries
        entries = [Entry(type: "Patient", id: patientID, members: [
            ("identifier", .array([.object([("value", .string(program.patient.id))])])),
            ("name", .array([.object([("text", .string(program.patient.name))])])),
        ])]
        for version in program.versions where planned.contains(version.version) { addPlan(version, lastDay: lastDay) }
        entries += records
    }

    /// A version as a plan: its items, each an activity with its schedule and dose. R4 gives
    /// an activity no body site, so its side is said in the dose's words; each Procedure
    /// carries it coded. A version followed by another by `lastDay` is completed.
    private mutating func addPlan(_ version: ProgramVersion, lastDay: LocalDate) {
        let next = program.versions.first { $0.version == version.version + 1 && $0.effective <= lastDay }
        let activities = version.items.map { item -> JSONValue in
            let timing = JSONValue.object([("repeat", .object([
                ("frequency", .whole(item.timesPerDay)), ("period", .number("1")), ("periodUnit", .string("d")),
                ("dayOfWeek", .array(item.days.map { .string($0.rawValue) })),
            ]))])
            return .object([("detail", .object([
                ("kind", .string("ServiceRequest")), ("code", FHIRCode.exercise(name(item))), ("status", .string("scheduled")),
                ("scheduledTiming", timing), ("description", .string(words.planDose(item.dose))),
            ]))])
        }
        // FHIR allows no empty array: a version with no items has no `activity`.
        let period = [("start", JSONValue.string("\(version.effective)"))]
            + JSONValue.present([("end", next.map { .string("\($0.effective.adding(days: -1))") })])
        entries.append(Entry(type: "CarePlan", id: planID(version.version), members: [
            ("status", .string(next == nil ? "active" : "completed")), ("intent", .string("plan")),
            ("title", .string(words.planTitle(program.title, version: version.version))), ("subject", patient),
            ("period", .object(period)),
        ] + JSONValue.present([
            ("description", version.note.map(JSONValue.string)),
            ("activity", activities.isEmpty ? nil : .array(activities)),
        ])))
    }

    func name(_ item: ProgramItem) -> String { item.exercise.text(in: language).name }
}
