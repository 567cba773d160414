import Foundation
import HEPCore
import Testing
import TestSupport

/// `hep export --format fhir`: every bundle passes a real FHIR validator and the checks it
/// leaves out (scripts/check-fhir.py); the hand-worked history becomes the resources it
/// should; ids stay the same from one export to the next; the file is the patient's alone.
@Suite struct FHIRExportTests {
    /// A Python with fhir.resources 8 (scripts/test installs it and sets HEP_PYTHON).
    static let python = ProcessInfo.processInfo.environment["HEP_PYTHON"]
    static let noValidator: Comment = "HEP_PYTHON is not set, so the FHIR validator is not run: use scripts/test, or set it to a Python with fhir.resources 8"

    func export(_ data: String, _ out: String, _ more: [String] = []) throws -> Run {
        try run(Repo.hep, ["export", "--format", "fhir", "--data", data, "--out", out] + more + (more.contains("--lang") ? [] : ["--lang", "en"]))
    }

    func load(_ path: String) throws -> JSONValue { try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path)))) }

    /// scripts/check-fhir.py on `files`: one line per bundle when all are valid.
    func check(_ files: [String]) throws -> Run {
        try run(try #require(Self.python), [Repo.root + "/scripts/check-fhir.py"] + files)
    }

    static let fixtureRange = ["--from", "2026-11-04", "--to", "2026-11-11"]

    // MARK: The validator

    @Test(.enabled(if: FHIRExportTests.python != nil, FHIRExportTests.noValidator)) func theExampleHistoryIsValidFHIR() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/demo"
        #expect(try hep("demo-history", "--years", "1", "--seed", "1", "--today", "2026-11-29", "--data", data).status == 0)
        let range = ["--from", "2025-11-29", "--to", "2026-11-29"]
        let files = [scratch.path + "/collection.json", scratch.path + "/transaction.json"]
        let summary = try export(data, files[0], range)
        #expect(summary.status == 0 && summary.stderr == "", "\(summary.stderr)")
        #expect(try export(data, files[1], range + ["--type", "transaction"]).status == 0)
        let verdict = try check(files)
        print("check-fhir.py on the example history:\n" + verdict.stdout + verdict.stderr)
        #expect(verdict.status == 0, "\(verdict.stdout)\(verdict.stderr)")
        // The validator counts what hep said the file holds.
        let counts = try #require(summary.outLines.first { $0.hasPrefix("  resources") }?
            .firstMatch(of: /1 Patient, 2 CarePlans, (\d+) Procedures, (\d+) Observations/), "both versions of the year, each a plan")
        #expect(verdict.outLines == ["collection", "transaction"].enumerated().map { i, kind in
            "\(files[i]): valid FHIR \(kind) bundle: 1 Patient, 2 CarePlan, \(counts.1) Procedure, \(counts.2) Observation"
        })
        #expect(Int(counts.1)! > 1000 && Int(counts.2)! > 1000)
    }

    @Test(.enabled(if: FHIRExportTests.python != nil, FHIRExportTests.noValidator)) func theEdgeCasesAreValidFHIR() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = ReportFixture.folder(scratch)
        Self.writeEdgeCases(data)
        var files: [String] = []
        func exported(_ name: String, _ more: [String]) throws {
            files.append(scratch.path + "/" + name)
            let result = try export(data, files.last!, more)
            #expect(result.status == 0, "\(name): \(result.stderr)")
        }
        try exported("fixture.json", Self.fixtureRange)
        try exported("fixture-es.json", Self.fixtureRange + ["--lang", "es"])
        try exported("fixture-transaction.json", Self.fixtureRange + ["--type", "transaction"])
        try exported("edges.json", ["--from", "2026-11-20", "--to", "2026-11-22"])
        try exported("before-the-program.json", ["--from", "2026-10-01", "--to", "2026-10-05"])
        try exported("everything.json", ["--from", "2026-10-01", "--to", "2026-11-30"])
        let verdict = try check(files)
        #expect(verdict.status == 0, "\(verdict.stdout)\(verdict.stderr)")
        #expect(verdict.outLines.count == files.count)
        #expect(verdict.outLines.last == "\(files.last!): valid FHIR collection bundle: 1 Patient, 2 CarePlan, 10 Procedure, 21 Observation")
    }

    @Test(.enabled(if: FHIRExportTests.python != nil, FHIRExportTests.noValidator)) func theCheckerFindsWhatTheValidatorLeavesOut() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let good = scratch.path + "/good.json"
        #expect(try export(ReportFixture.folder(scratch), good, Self.fixtureRange + ["--type", "transaction"]).status == 0)
        var text = try #require(readText(good))
        for (from, to) in [("\"status\": \"final\"", "\"status\": \"finished\""), ("\"valueInteger\": 6", "\"valueInteger\": 11"),
                           ("\"method\": \"PUT\"", "\"method\": \"POST\""), ("\"text\": \"Sam Fixture\"", "\"text\": \"\"")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        let patientID = StableID.of(["Patient", "p-7"])
        text = text.replacingOccurrences(of: "\"fullUrl\": \"urn:uuid:\(patientID)\"", with: "\"fullUrl\": \"urn:uuid:somewhere-else\"")
        let bad = scratch.write("bad.json", text)
        let verdict = try check([bad])
        #expect(verdict.status == 1)
        for problem in ["'finished' is not in the value set", "score 11 is not a whole number 0..10", "a transaction entry needs request PUT",
                        "name[0].text: empty element", "reference urn:uuid:\(patientID) resolves to no entry", "does not match id"] {
            #expect(verdict.stdout.contains(problem), "\(problem) not found in \(verdict.stdout)")
        }
    }

    // MARK: What the records become

    @Test func theHandWorkedHistoryBecomesTheRightResources() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let out = scratch.path + "/bundle.json"
        let result = try export(ReportFixture.folder(scratch), out, Self.fixtureRange)
        #expect(result.status == 0)
        // The record of an item its version does not hold is named, and left out.
        #expect(result.stderr == "hep: 2026-11-11 session s-1: b is not an item of version 2; left out of the export\n")
        let bundle = try load(out)
        #expect(bundle["type"] == .string("collection"))
        let resources = bundle["entry"]?.items?.compactMap { $0["resource"] } ?? []
        func id(_ parts: String...) -> JSONValue { .string(StableID.of(parts)) }
        func resource(_ id: JSONValue) throws -> JSONValue { try #require(resources.first { $0["id"] == id }) }

        // Each version is a plan: version 1, completed when version 2 took over, and version 2,
        // in force on the range's last day; a record is based on its own session's version.
        let plans = resources.filter { $0["resourceType"] == .string("CarePlan") }
        #expect(plans.map { $0["status"]?.text } == ["completed", "active"])
        #expect(plans.map { $0["title"]?.text } == ["Fixture program, version 1", "Fixture program, version 2"])
        #expect(plans[0]["period"]?["start"] == .string("2026-11-02") && plans[0]["period"]?["end"] == .string("2026-11-08"))
        #expect(plans[0]["description"] == .string("Start"))
        let plan = plans[1]
        #expect(plan["intent"] == .string("plan") && plan["period"]?["start"] == .string("2026-11-09"))
        #expect(try resource(id("Procedure", "p-7", "2026-11-04", "s-1", "0"))["basedOn"] == .array([.object([("reference",
            .string("urn:uuid:" + StableID.of(["CarePlan", "p-7", "2026-11-02", "1"])))])]))
        let activities = plan["activity"]?.items?.compactMap { $0["detail"] } ?? []
        #expect(activities.map { $0["code"]?["text"]?.text } == ["Exercise A", "Exercise C"])
        #expect(activities.map { $0["description"]?.text } == ["3 x 5", "1 x 10"])
        #expect(activities[0]["scheduledTiming"]?["repeat"]?["frequency"] == .number("1"))

        let procedures = resources.filter { $0["resourceType"] == .string("Procedure") }
        let observations = resources.filter { $0["resourceType"] == .string("Observation") }
        #expect(procedures.count == 8)
        #expect(observations.count == 17)

        // Done on both sides, then only on the left.
        let both = try resource(id("Procedure", "p-7", "2026-11-04", "s-1", "1"))
        #expect(both["bodySite"]?.items?.first?["coding"]?.items?.first?["code"] == .string("51440002"))
        #expect(both["note"]?.items?.first?["text"] == .string("8 of 8 reps"))
        let left = try resource(id("Procedure", "p-7", "2026-11-04", "s-1", "2"))
        #expect(left["bodySite"]?.items?.first?["coding"]?.items?.first?["code"] == .string("7771000"))
        #expect(left["note"]?.items?.first?["text"] == .string("4 of 8 reps"))
        #expect(try resource(id("Procedure", "p-7", "2026-11-04", "s-1", "0"))["bodySite"] == nil, "an exercise without sides")

        // An interrupted session: the record ends with its last set; no pain after was given.
        let interrupted = try resource(id("Procedure", "p-7", "2026-11-06", "s-1", "0"))
        #expect(interrupted["status"] == .string("completed"))
        #expect(interrupted["performedPeriod"]?["start"] == .string("2026-11-06T08:00:00+01:00"))
        #expect(interrupted["performedPeriod"]?["end"] == .string("2026-11-06T08:10:00+01:00"))
        #expect(!resources.contains { $0["id"] == id("Observation", "p-7", "2026-11-06", "s-1", "painAfter") })

        // A skip, with its reason; a note in the patient's own words, by the patient.
        let skipped = try resource(id("Procedure", "p-7", "2026-11-10", "s-1", "1"))
        #expect(skipped["status"] == .string("not-done"))
        #expect(skipped["statusReason"]?["text"] == .string("Skipped: no time"))
        #expect(skipped["performedDateTime"] == .string("2026-11-10T08:00:00+01:00"))
        let noted = try resource(id("Procedure", "p-7", "2026-11-11", "s-1", "0"))
        #expect(noted["note"]?.items?.map { $0["text"]?.text } == ["12 of 10 reps", "felt \"easy\", did more"])
        #expect(noted["note"]?.items?.last?["authorReference"]?["reference"] == .string("urn:uuid:" + StableID.of(["Patient", "p-7"])))
        #expect(!resources.contains { $0["id"] == id("Procedure", "p-7", "2026-11-11", "s-1", "1") }, "b is not in version 2")

        // Answers: during an exercise, part of its Procedure; unanswered, no Observation at all.
        let during = try resource(id("Observation", "p-7", "2026-11-04", "s-1", "3", "painDuring"))
        #expect(during["valueInteger"] == .number("4"))
        #expect(during["partOf"]?.items?.first?["reference"] == .string("urn:uuid:" + StableID.of(["Procedure", "p-7", "2026-11-04", "s-1", "3"])))
        #expect(during["note"]?.items?.first?["text"] == .string("Pain during Exercise A"))
        let effort = try resource(id("Observation", "p-7", "2026-11-04", "s-1", "3", "effort"))
        #expect(effort["code"]?["coding"]?.items?.first?["code"] == .string("82289-0"))
        #expect(!resources.contains { $0["id"] == id("Observation", "p-7", "2026-11-04", "s-1", "2", "painDuring") })
        #expect(!resources.contains { $0["id"] == id("Observation", "p-7", "2026-11-11", "s-1", "painBefore") })
        let before = try resource(id("Observation", "p-7", "2026-11-04", "s-1", "painBefore"))
        #expect(before["effectiveDateTime"] == .string("2026-11-04T08:00:00+01:00") && before["partOf"] == nil)
        #expect(try resource(id("Observation", "p-7", "2026-11-04", "s-1", "painAfter"))["effectiveDateTime"] == .string("2026-11-04T08:30:00+01:00"))
        let morning = try resource(id("Observation", "p-7", "2026-11-07", "morningPain"))
        #expect(morning["effectiveDateTime"] == .string("2026-11-07T07:00:00+01:00") && morning["valueInteger"] == .number("4"))
        #expect(!resources.contains { $0["id"] == id("Observation", "p-7", "2026-11-11", "morningPain") }, "asked, not answered")
    }

    @Test func theEdgeCasesBecomeTheRightResources() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = ReportFixture.folder(scratch)
        Self.writeEdgeCases(data)
        let out = scratch.path + "/edges.json"
        let result = try export(data, out, ["--from", "2026-11-20", "--to", "2026-11-22", "--lang", "es"])
        #expect(result.status == 0)
        #expect(result.errLines == ["hep: 2026-11-21, sesión s-1: el programa no tiene versión 9; sus ejercicios quedan fuera de la exportación"])
        let resources = try load(out)["entry"]?.items?.compactMap { $0["resource"] } ?? []
        func resource(_ parts: String...) throws -> JSONValue { try #require(resources.first { $0["id"] == .string(StableID.of(parts)) }) }
        // Stopped before one rep, with the patient's words; nothing was done, so no time to end on.
        let stopped = try resource("Procedure", "p-7", "2026-11-20", "s-1", "0")
        #expect(stopped["statusReason"]?["text"] == .string("No realizado: dolor; nota del paciente: me dolía la rodilla"))
        let empty = try resource("Procedure", "p-7", "2026-11-20", "s-1", "1")
        #expect(empty["performedPeriod"] == .object([("start", .string("2026-11-20T19:00:00+01:00"))]))
        #expect(empty["note"]?.items?.first?["text"] == .string("0 de 10 repeticiones; se detuvo antes: falta de tiempo"))
        // The morning answer without the moment it was asked is dated by its day; pain after an
        // interrupted session, by its last set.
        #expect(try resource("Observation", "p-7", "2026-11-22", "morningPain")["effectiveDateTime"] == .string("2026-11-22"))
        #expect(try resource("Observation", "p-7", "2026-11-20", "s-1", "painAfter")["effectiveDateTime"] == .string("2026-11-20T19:00:00+01:00"))
        // A session naming no version keeps its own answers, not its records.
        #expect(try resource("Observation", "p-7", "2026-11-21", "s-1", "painBefore")["valueInteger"] == .number("2"))
        #expect(!resources.contains { $0["resourceType"] == .string("Procedure") && $0["performedPeriod"]?["start"]?.text?.hasPrefix("2026-11-21") == true })

        // Before the program's first version, nothing was prescribed: no plan, only the patient.
        let early = scratch.path + "/early.json"
        #expect(try export(data, early, ["--from", "2026-10-01", "--to", "2026-10-05"]).status == 0)
        #expect(try load(early)["entry"]?.items?.compactMap { $0["resource"]?["resourceType"]?.text } == ["Patient"])
    }

    /// Days after the fixture's range: a record stopped before one rep with a note, one
    /// stopped with nothing done in a session that was interrupted, a session naming a
    /// version the program lacks, and a morning answer from before hep kept its moment.
    static func writeEdgeCases(_ data: String) {
        func at(_ date: String, _ time: String = "08:00:00") -> Moment { ReportFixture.at(date, time) }
        var d20 = DayLog(date: LocalDate("2026-11-20")!)
        d20.sessions = [Session(id: "s-1", started: at("2026-11-20", "19:00:00"), programVersion: 2, painBefore: 1, painAfter: 3, exercises: [
            ExerciseRecord(item: "a", status: .skipped, skipReason: .pain, stopReason: .pain, note: "me dolía la rodilla"),
            ExerciseRecord(item: "c", status: .partial, stopReason: .time),
        ])]
        var d21 = DayLog(date: LocalDate("2026-11-21")!)
        d21.sessions = [Session(id: "s-1", started: at("2026-11-21"), ended: at("2026-11-21", "08:05:00"), programVersion: 9, painBefore: 2,
                                exercises: [ExerciseRecord(item: "a", status: .done, sets: ReportFixture.sets("2026-11-21", [5, 5, 5]))])]
        let d22 = DayLog(date: LocalDate("2026-11-22")!, morningPain: 3)
        for log in [d20, d21, d22] {
            _ = FileManager.default.createFile(atPath: "\(data)/log/\(log.date).json", contents: Data(Documents.encode(log)))
        }
    }

    // MARK: Ids that do not change

    @Test func theSameRecordsGetTheSameIdsEveryTime() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = ReportFixture.folder(scratch)
        let (first, second) = (scratch.path + "/1.json", scratch.path + "/2.json")
        #expect(try export(data, first, Self.fixtureRange).status == 0)
        #expect(try export(data, second, Self.fixtureRange).status == 0)
        #expect(readText(first) == readText(second), "no timestamp: the same data gives the same bytes")

        func ids(_ path: String, _ more: [String]) throws -> [String] {
            #expect(try export(data, path, more).status == 0)
            return try load(path)["entry"]?.items?.compactMap { $0["resource"]?["id"]?.text } ?? []
        }
        let narrow = try ids(first, Self.fixtureRange)
        #expect(Set(narrow).count == narrow.count)
        #expect(try ids(second, Self.fixtureRange + ["--lang", "es"]) == narrow, "words change, ids do not")
        #expect(try ids(second, Self.fixtureRange + ["--type", "transaction"]) == narrow)
        #expect(Set(try ids(second, ["--from", "2026-11-01", "--to", "2026-11-30"])).isSuperset(of: narrow), "a wider range holds the same ids")
        #expect(narrow[0] == StableID.of(["Patient", "p-7"]) && narrow[1] == StableID.of(["CarePlan", "p-7", "2026-11-02", "1"]))
    }

    @Test func aTransactionPutsEveryEntryAtItsId() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let out = scratch.path + "/transaction.json"
        let result = try export(ReportFixture.folder(scratch), out, Self.fixtureRange + ["--type", "transaction"])
        #expect(result.status == 0)
        #expect(result.outLines.first == "Wrote \(out), a FHIR bundle (transaction) holding:")
        let bundle = try load(out)
        #expect(bundle["type"] == .string("transaction"))
        let entries = bundle["entry"]?.items ?? []
        #expect(entries.count == 28, "the patient, two plans, 8 procedures and 17 observations")
        for entry in entries {
            let type = entry["resource"]?["resourceType"]?.text ?? "", id = entry["resource"]?["id"]?.text ?? ""
            #expect(entry["request"] == .object([("method", .string("PUT")), ("url", .string("\(type)/\(id)"))]))
            #expect(entry["fullUrl"] == .string("urn:uuid:\(id)"))
        }
    }

    @Test func sha1MatchesRFC3174() {
        func hex(_ text: String, times: Int = 1) -> String {
            SHA1.digest(Array(String(repeating: text, count: times).utf8)).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
        #expect(hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        #expect(hex("a", times: 1_000_000) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
        #expect(hex("01234567", times: 80) == "dea356a2cddd90c7a7ecedc5ebb563934f460452")
        #expect(hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
    }

    @Test func uuid5MatchesRFC4122() {
        // Python's uuid.uuid5(uuid.NAMESPACE_DNS, "python.org").
        #expect(StableID.uuid5(namespace: "6ba7b810-9dad-11d1-80b4-00c04fd430c8", name: "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        #expect(StableID.of(["Patient", "p-7"]) == StableID.uuid5(namespace: StableID.namespace, name: "7:Patient3:p-7"))
        #expect(StableID.of(["a", "bc"]) != StableID.of(["ab", "c"]))
    }

    // MARK: The file and what is said about it

    @Test func theSummarySaysWhatTheFileHoldsAndOnlyThePatientCanReadIt() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let out = scratch.write("bundle.json", "an older file anyone could read")
        chmod(out, 0o644)
        let result = try export(ReportFixture.folder(scratch), out, Self.fixtureRange)
        #expect(result.status == 0)
        #expect(result.stdout == """
            Wrote \(out), a FHIR bundle (collection) holding:
              patient    Sam Fixture (id p-7)
              days       2026-11-04 to 2026-11-11
              resources  1 Patient, 2 CarePlans, 8 Procedures, 17 Observations, with the patient's own notes
              left out   1 day or record hep could not read or place (named above)

            """)
        #expect(mode(out) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted() == ["bundle.json", "data"], "no temporary left")
    }

    @Test func anUnreadableDayIsNamedAndTheRestIsExported() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = ReportFixture.folder(scratch)
        _ = scratch.write("data/log/2026-11-10.json", "{\"schema\": \"hep.log/1\", ")
        let out = scratch.path + "/bundle.json"
        let result = try export(data, out, Self.fixtureRange)
        #expect(result.status == 0)
        #expect(result.errLines.count == 2, "the unreadable day, then the record of 2026-11-11 that fits no item")
        #expect(result.errLines.first?.hasPrefix("hep: \(data)/log/2026-11-10.json") == true, "\(result.stderr)")
        #expect(result.errLines.first?.hasSuffix("; that day is left out") == true, "\(result.stderr)")
        #expect(result.outLines.suffix(2) == ["  resources  1 Patient, 2 CarePlans, 6 Procedures, 13 Observations, with the patient's own notes",
                                              "  left out   2 days or records hep could not read or place (named above)"])
        #expect(readText(out)?.contains("2026-11-10T") == false)
    }

    @Test func aLogDatedAfterTodayIsLeftOutAsTheReportLeavesItOut() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = ReportFixture.folder(scratch)
        let out = scratch.path + "/bundle.json"
        let result = try export(data, out, ["--from", "2026-11-04", "--to", "2026-11-11", "--today", "2026-11-10"])
        #expect(result.status == 0)
        #expect(result.errLines == ["hep: 2026-11-11: a log dated after the report's today 2026-11-10; not counted"])
        #expect(readText(out)?.contains("2026-11-11T") == false, "nothing of a day that has not come")
        #expect(result.outLines.last == "  left out   1 day or record hep could not read or place (named above)")
    }

    @Test func theExportIsNeverWrittenIntoTheDataFolderNorToStandardOutput() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = ReportFixture.folder(scratch)
        let before = snapshot(data)
        for out in [data + "/program.json", data + "/log/2026-11-04.json", data + "/bundle.json", scratch.path + "/./data/../data/x.json"] {
            let refused = try export(data, out)
            #expect(refused.status == 73, "\(out)")
            #expect(refused.stderr == "hep: \(out) is inside the data folder \(data); write it outside any data folder, so that no patient file can be replaced\n")
            #expect(refused.stdout == "")
        }
        #expect(snapshot(data) == before)

        let stdout = try export(data, "-")
        #expect(stdout.status == 64)
        #expect(stdout.errLines.first == "Error: --out needs a file name: an export holds health data, so hep writes it only to a file of yours (mode 0600)")
        #expect(stdout.stdout == "")
        #expect(try run(Repo.hep, ["export", "--format", "fhir", "--data", data]).status == 64, "--out is required")

        let none = try export(scratch.path + "/none", scratch.path + "/bundle.json")
        #expect(none.status == 66)
        #expect(none.stderr.hasPrefix("hep: there is no exercise program in \(scratch.path)/none"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/bundle.json"))
    }
}
