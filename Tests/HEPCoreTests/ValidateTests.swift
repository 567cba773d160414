import Foundation
import HEPCore
import TestSupport
import Testing

/// `hep validate` on broken files: the exact line it prints, exit status 65, and a data
/// folder left exactly as it was.
@Suite struct ValidateTests {
    enum Target: String, Sendable { case program, log }

    struct Case: Sendable, CustomTestStringConvertible {
        var target: Target
        var edit: Edit
        /// `P` stands for the program's path, `L` for the log's.
        var expected: [String]
        var testDescription: String { expected.first ?? "" }

        init(_ target: Target, _ edit: Edit, _ expected: String...) {
            self.target = target
            self.edit = edit
            self.expected = expected
        }
    }

    static let item = "versions.0.items.0"
    static let record = "sessions.0.exercises.0"
    static let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)

    static let cases: [Case] = [
        // Files that are not JSON at all.
        Case(.program, .text(""), "P:1:1: empty file, expected a JSON object"),
        Case(.program, .text("  \n "), "P:2:2: no JSON value, only white space"),
        Case(.program, .text("{\"schema\": \"hep.program/1\", \"title\": \"Kne"), "P:1:38: unexpected end of file inside a string"),
        Case(.program, .text("{\"schema\": \"hep.program/1\",\n"), "P:2:1: expected a key in double quotes, found end of file"),
        Case(.program, .bytes([0x7B, 0x00, 0x01, 0xFF, 0xFE]), "P:1:4: not UTF-8 text (byte 0xFF)"),
        Case(.program, .bytes([0x7B, 0x22, 0xC3, 0x28, 0x22]), "P:1:3: not UTF-8 text (byte 0xC3)"),
        Case(.program, .text("{}\n}"), "P:2:1: unexpected text after the end of the JSON value"),
        Case(.program, .text(deep), "P:1:513: nested deeper than 512 levels"),
        Case(.program, .text("{\n  \"title\": \"a\",\n  \"title\": \"b\"\n}"), "P:3:3: duplicate key \"title\" (first at 2:3)"),
        Case(.program, .text("{'schema': 1}"), "P:1:2: expected a key in double quotes, found '''"),
        Case(.program, .text("{\"a\": [1, 2,]}"), "P:1:13: unexpected ']', expected a value"),
        Case(.program, .text("{\"a\": \"\\x\"}"), "P:1:8: invalid escape '\\x' in a string"),
        Case(.program, .text("{\"a\": \"tab\there\"}"), "P:1:11: control character in a string (escape it)"),
        Case(.program, .text("{\"a\": 012}"), "P:1:8: expected ',' or '}' in an object, found '1'"),
        Case(.program, .text("{\"a\": NaN}"), "P:1:7: unexpected 'N', expected a value"),
        Case(.program, .text("{\"a\": \"\\ud800\"}"), "P:1:8: unpaired surrogate in \\u escape"),
        Case(.program, .text("{\"a\": -}"), "P:1:8: expected a digit in a number"),
        // JSON, but not a program.
        Case(.program, .text("[]"), "P: $: must be an object (got [])"),
        Case(.program, .remove("schema"), "P: $: missing field \"schema\""),
        Case(.program, .set("schema", "\"hep.program/2\""), "P: $.schema: must be hep.program/1 for this file (got \"hep.program/2\")"),
        Case(.program, .set("schema", "\"hep.log/1\""), "P: $.schema: must be hep.program/1 for this file (got \"hep.log/1\")"),
        Case(.program, .remove("title"), "P: $: missing field \"title\""),
        Case(.program, .set("title", "\"  \""), "P: $.title: must not be empty (got \"  \")"),
        Case(.program, .remove("patient.name"), "P: $.patient: missing field \"name\""),
        Case(.program, .set("patient", "\"Alex\""), "P: $.patient: must be an object (got \"Alex\")"),
        Case(.program, .set("painLimit", "11"), "P: $.painLimit: must be a whole number from 0 to 10 (got 11)"),
        Case(.program, .set("versions", "[]"), "P: $.versions: must have at least one entry (got [])"),
        Case(.program, .set("versions.1.version", "3"),
             "P: $.versions[1].version: must be 2: versions are numbered 1, 2, 3 ... in order (got 3)"),
        Case(.program, .set("versions.1.effective", "\"2026-11-02\""),
             "P: $.versions[1].effective: must be later than the previous version's 2026-11-02 (got \"2026-11-02\")"),
        Case(.program, .set("versions.0.effective", "\"2026-11-31\""),
             "P: $.versions[0].effective: must be a date written YYYY-MM-DD (got \"2026-11-31\")"),
        // Every range of a program item.
        Case(.program, .set("\(item).sets", "0"), "P: $.versions[0].items[0].sets: must be a whole number from 1 to 20 (got 0)"),
        Case(.program, .set("\(item).sets", "21"), "P: $.versions[0].items[0].sets: must be a whole number from 1 to 20 (got 21)"),
        Case(.program, .set("\(item).sets", "1e400"), "P: $.versions[0].items[0].sets: must be a whole number from 1 to 20 (got 1e400)"),
        Case(.program, .set("\(item).reps", "201"), "P: $.versions[0].items[0].reps: must be a whole number from 1 to 200 (got 201)"),
        Case(.program, .set("\(item).reps", "\"10\""), "P: $.versions[0].items[0].reps: must be a whole number from 1 to 200 (got \"10\")"),
        Case(.program, .set("\(item).reps", "10.5"), "P: $.versions[0].items[0].reps: must be a whole number from 1 to 200 (got 10.5)"),
        Case(.program, .set("\(item).reps", "99999999999999999999"),
             "P: $.versions[0].items[0].reps: must be a whole number from 1 to 200 (got 99999999999999999999)"),
        Case(.program, .set("\(item).holdSeconds", "-1"),
             "P: $.versions[0].items[0].holdSeconds: must be a whole number from 0 to 3600 (got -1)"),
        Case(.program, .set("\(item).holdSeconds", "3601"),
             "P: $.versions[0].items[0].holdSeconds: must be a whole number from 0 to 3600 (got 3601)"),
        Case(.program, .set("\(item).restSeconds", "601"),
             "P: $.versions[0].items[0].restSeconds: must be a whole number from 0 to 600 (got 601)"),
        Case(.program, .set("\(item).timesPerDay", "0"),
             "P: $.versions[0].items[0].timesPerDay: must be a whole number from 1 to 10 (got 0)"),
        Case(.program, .set("\(item).timesPerDay", "11"),
             "P: $.versions[0].items[0].timesPerDay: must be a whole number from 1 to 10 (got 11)"),
        Case(.program, .set("\(item).painLimit", "-1"), "P: $.versions[0].items[0].painLimit: must be a whole number from 0 to 10 (got -1)"),
        Case(.program, .set("\(item).side", "\"up\""), "P: $.versions[0].items[0].side: must be one of left, right, both, none (got \"up\")"),
        Case(.program, .set("\(item).days", "[]"), "P: $.versions[0].items[0].days: must have at least one entry (got [])"),
        Case(.program, .set("\(item).days", "[\"monday\"]"),
             "P: $.versions[0].items[0].days[0]: must be one of mon, tue, wed, thu, fri, sat, sun (got \"monday\")"),
        Case(.program, .set("\(item).days", "[\"mon\", \"mon\"]"), "P: $.versions[0].items[0].days[1]: day listed twice (got \"mon\")"),
        Case(.program, .set("versions.0.items.1.id", "\"quad-set-r\""),
             "P: $.versions[0].items[1].id: duplicate item id within version 1 (got \"quad-set-r\")"),
        Case(.program, .remove("\(item).timesPerDay"), "P: $.versions[0].items[0]: missing field \"timesPerDay\""),
        Case(.program, .set("\(item).exercise.id", "\"Quad_Set\""),
             "P: $.versions[0].items[0].exercise.id: must be kebab-case: lower-case letters and digits joined by single hyphens (got \"Quad_Set\")"),
        Case(.program, .set("\(item).exercise.instructions", "[]"),
             "P: $.versions[0].items[0].exercise.instructions: must have at least one entry (got [])"),
        Case(.program, .set("\(item).exercise.equipment", "\"towel\""),
             "P: $.versions[0].items[0].exercise.equipment: must be an array (got \"towel\")"),
        Case(.program, .set("\(item).exercise.defaults.side", "\"both-ways\""),
             "P: $.versions[0].items[0].exercise.defaults.side: must be one of left, right, both, none (got \"both-ways\")"),
        Case(.program, .set("\(item).exercise.sideWords", "{\"up\": \"Lift your arm\", \"left\": \"\"}"),
             "P: $.versions[0].items[0].exercise.sideWords.left: must not be empty (got \"\")",
             "P: $.versions[0].items[0].exercise.sideWords.up: must be left or right (got \"Lift your arm\")"),
        Case(.program, .set("\(item).exercise.translations", "{\"Spanish\": {}, \"es\": {\"name\": \"Cuádriceps\", \"instructions\": [],"
                                + " \"cues\": \"Lento\", \"sideWords\": {\"up\": \"Arriba\"}}, \"pt-BR\": []}"),
             "P: $.versions[0].items[0].exercise.translations.Spanish: must be keyed by a language tag such as es or pt-BR (got {})",
             "P: $.versions[0].items[0].exercise.translations.es: missing field \"safety\"",
             "P: $.versions[0].items[0].exercise.translations.es.instructions: must have at least one entry (got [])",
             "P: $.versions[0].items[0].exercise.translations.es.cues: must be an array (got \"Lento\")",
             "P: $.versions[0].items[0].exercise.translations.es.sideWords.up: must be left or right (got \"Arriba\")",
             "P: $.versions[0].items[0].exercise.translations.pt-BR: must be an object (got [])"),
        Case(.program, .set("\(item).exercise.schema", "\"hep.exercise/9\""),
             "P: $.versions[0].items[0].exercise.schema: must be hep.exercise/1 when given (got \"hep.exercise/9\")"),
        // Day logs, alone and against the program.
        Case(.log, .set("schema", "\"hep.log/7\""), "L: $.schema: must be hep.log/1 for this file (got \"hep.log/7\")"),
        Case(.log, .set("morningPain", "\"2\""), "L: $.morningPain: must be a whole number from 0 to 10 (got \"2\")"),
        Case(.log, .set("sessions.0.painBefore", "11"), "L: $.sessions[0].painBefore: must be a whole number from 0 to 10 (got 11)"),
        Case(.log, .set("\(record).painDuring", "3.5"),
             "L: $.sessions[0].exercises[0].painDuring: must be a whole number from 0 to 10 (got 3.5)"),
        Case(.log, .set("\(record).effort", "-1"), "L: $.sessions[0].exercises[0].effort: must be a whole number from 0 to 10 (got -1)"),
        Case(.log, .set("\(record).status", "\"finished\""),
             "L: $.sessions[0].exercises[0].status: must be one of done, partial, skipped (got \"finished\")"),
        Case(.log, .set("sessions.0.exercises.1.skipReason", "null"),
             "L: $.sessions[0].exercises[1].skipReason: must be one of pain, time, equipment, forgot, unwell, other when the status is skipped (got null)"),
        Case(.log, .set("sessions.0.exercises.1.skipReason", "\"tired\""),
             "L: $.sessions[0].exercises[1].skipReason: must be one of pain, time, equipment, forgot, unwell, other when the status is skipped (got \"tired\")"),
        Case(.log, .set("\(record).skipReason", "\"pain\""),
             "L: $.sessions[0].exercises[0].skipReason: must be null unless the status is skipped (got \"pain\")"),
        Case(.log, .set("sessions.0.exercises.1.sets", "[{\"side\": \"none\", \"reps\": 10, \"completed\": \"2026-11-24T08:05:00+01:00\"}]"),
             "L: $.sessions[0].exercises[1].sets: must be empty when the status is skipped (got [{\"completed\": \"2026-11-24T08:05:00+0...)"),
        Case(.log, .set("\(record).stopReason", "\"bored\""),
             "L: $.sessions[0].exercises[0].stopReason: must be one of pain, time, equipment, forgot, unwell, other (got \"bored\")"),
        Case(.log, .set("\(record).stopReason", "\"pain\""),
             "L: $.sessions[0].exercises[0].stopReason: must be null when the status is done (the whole dose was done) (got \"pain\")"),
        Case(.log, .set("\(record).sets.0.heldSeconds", "12"),
             "L: $.sessions[0].exercises[0].sets[0].heldSeconds: must be absent: item slr-r has no hold (got 12)"),
        Case(.log, .set("sessions.0.exercises.1.sets", "[{\"side\": \"none\", \"reps\": 1, \"heldSeconds\": -3, \"completed\": \"2026-11-24T08:05:00+01:00\"}]"),
             "L: $.sessions[0].exercises[1].sets: must be empty when the status is skipped (got [{\"completed\": \"2026-11-24T08:05:00+0...)",
             "L: $.sessions[0].exercises[1].sets[0].heldSeconds: must be a whole number from 0 to 720000 (got -3)"),
        Case(.log, .set("\(record).item", "\"ankle-pumps\""),
             "L: $.sessions[0].exercises[0].item: not an item of program version 2 (got \"ankle-pumps\")"),
        Case(.log, .set("sessions.0.programVersion", "3"), "L: $.sessions[0].programVersion: the program has no such version (got 3)"),
        Case(.log, .set("sessions.0.programVersion", "0"),
             "L: $.sessions[0].programVersion: must be a whole number 1 or more (got 0)"),
        Case(.log, .set("date", "\"2026-11-25\""),
             "L: $.date: must match the file name 2026-11-24.json (got \"2026-11-25\")",
             "L: $.sessions[0].started: must fall on the log's date 2026-11-25 (got \"2026-11-24T08:00:00+01:00\")"),
        Case(.log, .set("sessions.0.started", "\"2026-11-23T23:59:00+01:00\""),
             "L: $.sessions[0].started: must fall on the log's date 2026-11-24 (got \"2026-11-23T23:59:00+01:00\")"),
        Case(.log, .set("sessions.0.ended", "\"2026-11-24T07:59:59+01:00\""),
             "L: $.sessions[0].ended: must not be before the session started (got \"2026-11-24T07:59:59+01:00\")"),
        Case(.log, .set("sessions.0.started", "\"2026-11-24T08:00:00\""),
             "L: $.sessions[0].started: must be a moment written like 2026-11-29T08:02:11+01:00 (got \"2026-11-24T08:00:00\")"),
        Case(.log, .set("\(record).sets.0.side", "\"left\""),
             "L: $.sessions[0].exercises[0].sets[0].side: must be right as item slr-r prescribes (got \"left\")"),
        Case(.log, .text(validLog.replacingOccurrences(of: "\"slr-r\"", with: "\"single-leg-balance\"")
                .replacingOccurrences(of: "\"right\"", with: "\"both\"")),
             "L: $.sessions[0].exercises[0].sets[0].side: must be one of left, right for a both-sides item (got \"both\")"),
        Case(.log, .set("\(record).sets.0.reps", "201"),
             "L: $.sessions[0].exercises[0].sets[0].reps: must be a whole number from 0 to 200 (got 201)"),
        Case(.log, .set("sessions.1", "{\"id\": \"s-080000\", \"started\": \"2026-11-24T18:00:00+01:00\", \"programVersion\": 2, \"exercises\": []}"),
             "L: $.sessions[1].id: duplicate session id in this day (got \"s-080000\")"),
        Case(.log, .set("sessions", "{}"), "L: $.sessions: must be an array (got {})"),
    ]

    @Test(arguments: cases)
    func invalidInput(_ c: Case) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/data"
        let program = data + "/program.json"
        let log = data + "/log/2026-11-24.json"
        let programText = readText(Repo.example)!
        let base = try JSONParser.parse(Array((c.target == .program ? programText : validLog).utf8))
        _ = scratch.write("data/program.json", c.target == .program ? "" : programText)
        _ = scratch.write("data/log/2026-11-24.json", c.target == .log ? "" : validLog)
        _ = FileManager.default.createFile(atPath: c.target == .program ? program : log, contents: Data(c.edit.apply(to: base)))

        let before = snapshot(data)
        let result = try hep("validate", "--data", data)
        #expect(result.outLines == c.expected.map { $0.replacingOccurrences(of: "P:", with: program + ":", options: .anchored)
            .replacingOccurrences(of: "L:", with: log + ":", options: .anchored) })
        #expect(result.status == 65)
        #expect(result.stderr == "2 files checked: 1 invalid\n")
        #expect(snapshot(data) == before)
    }

    @Test func theCasesCoverAtLeastFortyInputs() {
        #expect(Self.cases.count >= 40)
    }

    @Test func theExampleFolderIsValid() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = scratch.write("program.json", readText(Repo.example)!)
        _ = scratch.write("log/2026-11-24.json", validLog)
        let result = try hep("validate", "--data", scratch.path)
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "2 files checked: all valid\n")
    }

    @Test func aLogWrittenForAVersionNotYetInForceIsRefused() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = scratch.write("program.json", readText(Repo.example)!)
        let log = scratch.write("log/2026-11-20.json", validLog.replacingOccurrences(of: "2026-11-24", with: "2026-11-20"))
        let result = try hep("validate", "--data", scratch.path)
        #expect(result.outLines == ["\(log): $.sessions[0].programVersion: version 2 takes effect on 2026-11-23, after this log's date (got 2)"])
        #expect(result.status == 65)
    }

    @Test func aByteOrderMarkIsAccepted() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let file = scratch.path + "/program.json"
        _ = FileManager.default.createFile(atPath: file, contents: Data([0xEF, 0xBB, 0xBF] + Array(readText(Repo.example)!.utf8)))
        let result = try hep("validate", file)
        #expect(result.status == 0)
        #expect(result.stderr == "1 file checked: all valid\n")
    }

    @Test func aSchemaFromTheFutureIsNamed() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let file = scratch.write("next.json", "{\"schema\": \"hep.program/2\", \"anything\": true}")
        let result = try hep("validate", file)
        #expect(result.outLines == ["\(file): $.schema: is not a schema this hep reads (hep.program/1, hep.log/1, hep.exercise/1) (got \"hep.program/2\")"])
        #expect(result.status == 65)
    }

    @Test func aSymlinkLoopIsAProblemNotAHang() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let file = scratch.path + "/program.json"
        symlink(file, file)
        let result = try hep("validate", "--data", scratch.path)
        #expect(result.outLines == ["\(file): cannot open: Too many levels of symbolic links"])
        #expect(result.status == 65)
        // A folder given to validate, with a link pointing back at itself, is walked without looping.
        symlink(scratch.path, scratch.path + "/again")
        let walked = try hep("validate", scratch.path)
        #expect(walked.outLines == ["\(file): cannot open: Too many levels of symbolic links"])
    }

    @Test func fiftyMegabytesOfJSONAreRefusedQuickly() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let file = scratch.path + "/program.json"
        let chunk = "{\"schema\": \"hep.program/1\", \"padding\": [" + String(repeating: "1234567890, ", count: 10) + "0]}\n"
        var big = Data(capacity: 50 << 20)
        while big.count < 50 << 20 { big.append(contentsOf: chunk.utf8) }
        big = big.prefix(50 << 20)
        _ = FileManager.default.createFile(atPath: file, contents: big)
        let result = try hep("validate", file)
        #expect(result.outLines == ["\(file): too large for a hep file (52428800 bytes; the limit is 16 MiB)"])
        #expect(result.status == 65)
    }

    @Test func aMissingFileIsNamed() throws {
        let result = try hep("validate", "/nonexistent/program.json")
        #expect(result.outLines == ["/nonexistent/program.json: cannot open: No such file or directory"])
        #expect(result.status == 65)
    }

    @Test func libraryIDsMustBeUniqueAcrossFiles() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let first = scratch.write("lib/a.json", readText(Repo.data + "/exercises/quad-set.json")!)
        let second = scratch.write("lib/b.json", readText(Repo.data + "/exercises/quad-set.json")!)
        let result = try hep("validate", scratch.path + "/lib")
        #expect(result.outLines == ["\(second): $.id: exercise id already used by \(first) (got \"quad-set\")"])
        #expect(result.status == 65)
        #expect(try hep("validate", Repo.data + "/exercises", Repo.data + "/programs").status == 0)
    }

    @Test func everyCommandRefusesABadProgramWithTheSameLine() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let bad = Array(readText(Repo.example)!.replacingOccurrences(of: "\"sets\": 3", with: "\"sets\": 30").utf8)
        let program = scratch.path + "/program.json"
        _ = FileManager.default.createFile(atPath: program, contents: Data(bad))
        let line = "$.versions[0].items[0].exercise.defaults.sets: must be a whole number from 1 to 20 (got 30)"

        let validate = try hep("validate", "--data", scratch.path)
        #expect(validate.outLines.first == "\(program): \(line)")
        let today = try hep("today", "--data", scratch.path)
        #expect(today.errLines.first == "\(program): \(line)")
        #expect(today.status == 65)

        let target = scratch.path + "/target"
        let install = try hep("init", "--data", target, "--program", program)
        #expect(install.errLines.first == "\(program): \(line)")
        #expect(install.status == 65)
        #expect(!FileManager.default.fileExists(atPath: target), "a refused program leaves no trace, not even the folder")
    }
}
