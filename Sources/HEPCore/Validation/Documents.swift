/// The three kinds of file hep reads, by their `schema` field.
public enum DocumentKind: String, CaseIterable, Sendable {
    case program, log, exercise

    public var schemaID: String {
        switch self {
        case .program: return Program.schemaID
        case .log: return DayLog.schemaID
        case .exercise: return Exercise.schemaID
        }
    }
}

/// The one way hep reads and writes its files. Every command that loads data goes through
/// here, so every command refuses bad input with the same messages as `hep validate`.
public enum Documents {
    /// Checks bytes read from `display`. When `expected` is given, any other kind is refused.
    /// `program` enables the checks of a log against the prescription; `fileDate` those
    /// against a log's file name.
    public static func check(_ bytes: [UInt8], display: String, expected: DocumentKind? = nil, program: Program? = nil,
                             fileDate: LocalDate? = nil) -> (kind: DocumentKind?, value: JSONValue?, problems: [Problem]) {
        let checked = read(bytes, display: display, expected: expected, program: program, fileDate: fileDate)
        return (checked.kind, checked.value, checked.problems)
    }

    /// What a document was read into: the model is whole only when there is no problem.
    enum Model {
        case program(Program?)
        case log(LogRules.Reading)
        case exercise(Exercise?)
    }

    /// Parses a document once and reads it into the model, checking every rule on the way.
    static func read(_ bytes: [UInt8], display: String, expected: DocumentKind?, program: Program? = nil, fileDate: LocalDate? = nil)
        -> (kind: DocumentKind?, value: JSONValue?, model: Model?, problems: [Problem]) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            return (nil, nil, nil, [Problem(file: display, place: .position(line: error.line, column: error.column), .syntax(error.kind))])
        }
        let c = Checker()
        let kind = checkSchema(value, expected: expected, c)
        let model: Model? = switch kind {
        case .program?: .program(ProgramRules.read(value, c))
        case .log?: .log(LogRules.read(value, program: program, fileDate: fileDate, c))
        case .exercise?: .exercise(ExerciseRules.read(value, .root, c, embedded: false))
        case nil: nil
        }
        return (kind, value, model, c.problems.map { Problem(file: display, place: .path($0.path), $0.what, got: $0.got) })
    }

    private static func checkSchema(_ value: JSONValue, expected: DocumentKind?, _ c: Checker) -> DocumentKind? {
        guard c.object(value, .root) != nil, let (schema, path) = c.field(value, "schema", .root) else { return nil }
        let known = DocumentKind.allCases.first { schema == .string($0.schemaID) }
        if let expected, known != expected {
            c.fail(path, .wrongSchema(expected: expected.schemaID), got: schema)
            return nil
        }
        if known == nil {
            c.fail(path, .unknownSchema(known: DocumentKind.allCases.map(\.schemaID)), got: schema)
        }
        return known
    }

    public static func loadProgram(_ path: String, display: String) throws(InvalidData) -> Program {
        try decodeProgram(read(path, display: display), display: display)
    }

    public static func decodeProgram(_ bytes: [UInt8], display: String) throws(InvalidData) -> Program {
        let read = read(bytes, display: display, expected: .program)
        guard read.problems.isEmpty, case let .program(program?)? = read.model else { throw invalid(read.problems, display) }
        return program
    }

    public static func loadLog(_ path: String, display: String, program: Program?, fileDate: LocalDate?) throws(InvalidData) -> DayLog {
        try decodeLog(read(path, display: display), display: display, program: program, fileDate: fileDate)
    }

    public static func decodeLog(_ bytes: [UInt8], display: String, program: Program? = nil,
                                 fileDate: LocalDate? = nil) throws(InvalidData) -> DayLog {
        let read = read(bytes, display: display, expected: .log, program: program, fileDate: fileDate)
        guard read.problems.isEmpty, case let .log(reading)? = read.model, let log = reading.log else { throw invalid(read.problems, display) }
        return log
    }

    public static func loadExercise(_ path: String, display: String) throws(InvalidData) -> Exercise {
        let read = read(try read(path, display: display), display: display, expected: .exercise)
        guard read.problems.isEmpty, case let .exercise(exercise?)? = read.model else { throw invalid(read.problems, display) }
        return exercise
    }

    /// The problems, or, should a reader ever build no model without naming why, that.
    static func invalid(_ problems: [Problem], _ display: String) -> InvalidData {
        InvalidData(problems.isEmpty ? [Problem(file: display, place: .path("$"), .notReadIntoModel)] : problems)
    }

    private static func read(_ path: String, display: String) throws(InvalidData) -> [UInt8] {
        do { return try FileReader.read(path, display: display) } catch { throw InvalidData([error]) }
    }

    /// The contract's text form of a document: sorted keys, 2-space indent, newline at the end.
    public static func encode(_ log: DayLog) -> [UInt8] { encode(log.json) }
    public static func encode(_ program: Program) -> [UInt8] { encode(program.json) }
    public static func encode(_ exercise: Exercise) -> [UInt8] { encode(exercise.json) }

    private static func encode(_ document: JSONValue) -> [UInt8] { JSONWriter.bytes(document) }
}
