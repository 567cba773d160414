import Foundation
import HEPCore
import TestSupport
import Testing

/// Every problem hep finds in a file, said in Spanish: the same file, place and value as in
/// English, and no English sentence around them.
@Suite struct ProblemWordsTests {
    /// Words that, in a Spanish message, mean a sentence was left in English. The codes a file
    /// holds (skipped, done, left, null, other ...) are not among them: they stay as written; nor
    /// are words Spanish shares (escape, control, decimal).
    static let englishWords: Set<String> = [
        "must", "missing", "field", "whole", "number", "string", "object", "array", "empty", "expected", "unexpected",
        "duplicate", "version", "versions", "item", "session", "file", "not", "only", "when", "the", "of", "or", "and",
        "after", "before", "got", "cannot", "open", "read", "is", "be", "from", "to", "more", "entry", "least", "date",
        "written", "moment", "like", "for", "this", "than", "previous", "letters", "digits", "digit", "starting", "with",
        "day", "listed", "twice", "given", "keyed", "language", "tag", "such", "already", "used", "by", "match", "name",
        "fall", "started", "has", "takes", "effect", "unless", "dose", "was", "absent", "hold", "folder", "regular",
        "too", "large", "limit", "key", "value", "character", "characters", "inside", "found", "nested",
        "deeper", "levels", "white", "space", "text", "end", "quotes", "double", "hex", "exponent", "point", "unpaired",
        "surrogate", "invalid", "in", "at", "first", "line", "breaks", "lower", "joined", "single", "hyphens", "schema",
        "reads", "model", "numbered", "order", "later", "as", "prescribes", "sides", "an", "directory",
    ]

    /// The cases of `ValidateTests`, checked here by the library rather than by the binary.
    static func problems(_ c: ValidateTests.Case) throws -> [Problem] {
        let programText = readText(Repo.example)!
        let base = try JSONParser.parse(Array((c.target == .program ? programText : validLog).utf8))
        let bytes = c.edit.apply(to: base)
        guard c.target == .log else { return Documents.check(bytes, display: "P", expected: .program).problems }
        let program = try Documents.decodeProgram(Array(programText.utf8), display: "program.json")
        return Documents.check(bytes, display: "L", expected: .log, program: program, fileDate: LocalDate("2026-11-24")).problems
    }

    /// Problems the cases of `ValidateTests` do not meet, so that together they hold every kind.
    static func moreProblems() throws -> [Problem] {
        let programText = readText(Repo.example)!
        let program = try JSONParser.parse(Array(programText.utf8))
        let log = try JSONParser.parse(Array(validLog.utf8))
        func checkProgram(_ edit: Edit) -> [Problem] { Documents.check(edit.apply(to: program), display: "P", expected: .program).problems }
        func syntax(_ text: String) -> [Problem] { Documents.check(Array(text.utf8), display: "S").problems }
        func fileProblem(_ path: String) -> Problem? {
            do { _ = try FileReader.read(path, display: path); return nil } catch { return error }
        }
        let early = validLog.replacingOccurrences(of: "2026-11-24", with: "2026-11-20")
        let model = try Documents.decodeProgram(Array(programText.utf8), display: "program.json")
        return [
            checkProgram(.set("title", "5")),
            checkProgram(.set("versions.0.items.0.id", "\"../knee\"")),
            checkProgram(.set("title", "\"a\\u0007b\"")),
            checkProgram(.set("versions.0.note", "\"\\u001b[2J\"")),
            Documents.check(Edit.set("sessions.0.ended", "\"soon\"").apply(to: log), display: "L").problems,
            Documents.check(Array(early.utf8), display: "L", program: model, fileDate: LocalDate("2026-11-20")).problems,
            Documents.check(Array("{\"schema\": \"hep.program/2\"}".utf8), display: "N").problems,
            syntax("{\"a\" 1}"), syntax("[1 2]"), syntax("[\"\\u12\"]"), syntax("[1.]"), syntax("[1e]"), syntax("{\"a\": \u{01}}"),
            [fileProblem("/nonexistent/program.json"), fileProblem(Repo.data), fileProblem("/dev/null")].compactMap { $0 },
            [Problem(file: "big.json", place: .file, .tooLarge(bytes: 52_428_800, limitMiB: 16)),
             Problem(file: "bad.json", place: .file, .cannotRead(errno: EIO)),
             Problem(file: "x.json", place: .path("$"), .notReadIntoModel),
             Problem(file: "lib/b.json", place: .path("$.id"), .exerciseIDUsed(by: "lib/a.json"), got: "\"quad-set\"")],
        ].flatMap { $0 }
    }

    /// The name of a problem's case (a syntax error's kind named after `syntax.`).
    static func kind(_ what: ProblemMessage) -> String {
        if case let .syntax(kind) = what { return "syntax." + caseName(kind) }
        return caseName(what)
    }

    private static func caseName(_ value: Any) -> String {
        Mirror(reflecting: value).children.first?.label ?? String(describing: value)
    }

    /// The Spanish line keeps the English line's file, place and value, and its own words are Spanish.
    func expectSpanish(_ problem: Problem, sourceLocation: SourceLocation = #_sourceLocation) {
        let english = problem.description
        let spanish = problem.description(in: .es)
        #expect(spanish.hasPrefix(english.dropLast(problem.message.count)), "\(spanish)", sourceLocation: sourceLocation)
        if let got = problem.got {
            #expect(spanish.hasSuffix(" (valor: \(got))"), "\(spanish)", sourceLocation: sourceLocation)
        }
        // The sentence alone, without what it quotes from the file.
        let sentence = Spanish().problem(problem.what).replacing(/"[^"]*"|'[^']*'/, with: "")
        let words = sentence.split { !$0.isLetter }.map { $0.lowercased() }
        let left = words.filter(Self.englishWords.contains)
        #expect(left.isEmpty, "English words \(left) in: \(spanish)", sourceLocation: sourceLocation)
    }

    @Test(arguments: ValidateTests.cases)
    func everyValidateCaseInSpanish(_ c: ValidateTests.Case) throws {
        let problems = try Self.problems(c)
        #expect(problems.map(\.description) == c.expected, "the library says what the binary prints")
        problems.forEach { expectSpanish($0) }
    }

    @Test func theOtherProblemsInSpanish() throws {
        try Self.moreProblems().forEach { expectSpanish($0) }
    }

    @Test func theProblemsTogetherHoldEveryKind() throws {
        let problems = try ValidateTests.cases.flatMap(Self.problems) + Self.moreProblems()
        let kinds = Set(problems.map { Self.kind($0.what) })
        // 40 kinds of ProblemMessage besides `syntax`, and 19 of JSONSyntaxError.Kind.
        #expect(kinds.count == 59, "\(kinds.sorted())")
    }

    @Test func spanishLines() throws {
        let c = ValidateTests.cases
        func spanish(_ expected: String) throws -> [String] {
            let found = try #require(c.first { $0.expected.first == expected })
            return try Self.problems(found).map { $0.description(in: .es) }
        }
        #expect(try spanish("P: $.versions[0].items[0].sets: must be a whole number from 1 to 20 (got 21)")
            == ["P: $.versions[0].items[0].sets: debe ser un número entero del 1 al 20 (valor: 21)"])
        #expect(try spanish("P: $: missing field \"schema\"") == ["P: $: falta el campo \"schema\""])
        #expect(try spanish("P:3:3: duplicate key \"title\" (first at 2:3)") == ["P:3:3: clave \"title\" repetida (la primera está en 2:3)"])
        #expect(try spanish("P:1:13: unexpected ']', expected a value") == ["P:1:13: se esperaba un valor, pero se encontró ']'"])
        #expect(try spanish("L: $.sessions[0].exercises[0].sets[0].side: must be right as item slr-r prescribes (got \"left\")")
            == ["L: $.sessions[0].exercises[0].sets[0].side: como indica el ejercicio slr-r, debe ser right (valor: \"left\")"])
        #expect(try spanish("L: $.sessions[0].exercises[1].skipReason: must be one of pain, time, equipment, forgot, unwell, other"
                                + " when the status is skipped (got null)")
            == ["L: $.sessions[0].exercises[1].skipReason: si status es skipped, debe ser uno de estos: pain, time, equipment, forgot,"
                    + " unwell, other (valor: null)"])
        #expect(try spanish("L: $.sessions[0].programVersion: must be a whole number 1 or more (got 0)")
            == ["L: $.sessions[0].programVersion: debe ser un número entero de 1 o más (valor: 0)"])
        let missing = Problem(file: "/nonexistent/program.json", place: .file, .cannotOpen(errno: ENOENT))
        #expect(missing.description(in: .es) == "/nonexistent/program.json: no se puede abrir: no existe")
        #expect(missing.description(in: .en) == "/nonexistent/program.json: cannot open: No such file or directory")
    }

    @Test func invalidDataIsOneLinePerProblemInEitherLanguage() throws {
        let both = try #require(ValidateTests.cases.first { $0.expected.count == 2 && $0.target == .log })
        let invalid = InvalidData(try Self.problems(both))
        #expect(invalid.description == both.expected.joined(separator: "\n"))
        #expect(invalid.description(in: .en) == invalid.description)
        #expect(invalid.description(in: .es) == invalid.problems.map { $0.description(in: .es) }.joined(separator: "\n"))
    }

    @Test func aSpanishLineIsSafeForTheTerminal() {
        let problem = Problem(file: "evil\u{1B}[2J.json", place: .path("$.title"), .empty, got: "\"\"")
        #expect(!problem.description(in: .es).unicodeScalars.contains { $0.value == 0x1B })
    }
}
