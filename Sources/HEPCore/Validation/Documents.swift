import Foundation

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

    /// Parses and checks a document once; a day log is read into the model on the way.
    static func read(_ bytes: [UInt8], display: String, expected: DocumentKind?, program: Program? = nil, fileDate: LocalDate? = nil)
        -> (kind: DocumentKind?, value: JSONValue?, log: LogRules.Reading?, problems: [Problem]) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            return (nil, nil, nil, [Problem(file: display, place: .position(line: error.line, column: error.column), message: error.message)])
        }
        let c = Checker()
        let kind = checkSchema(value, expected: expected, c)
        var log: LogRules.Reading?
        switch kind {
        case .program?: ProgramRules.check(value, c)
        case .log?: log = LogRules.read(value, program: program, fileDate: fileDate, c)
        case .exercise?: ExerciseRules.check(value, "$", c, embedded: false)
        case nil: break
        }
        return (kind, value, log, c.problems.map { Problem(file: display, place: .path($0.path), message: $0.message) })
    }

    private static func checkSchema(_ value: JSONValue, expected: DocumentKind?, _ c: Checker) -> DocumentKind? {
        guard c.object(value, "$") != nil, let (schema, path) = c.field(value, "schema", "$") else { return nil }
        let known = DocumentKind.allCases.first { schema == .string($0.schemaID) }
        if let expected, known != expected {
            c.fail(path, "must be \(expected.schemaID) for this file", got: schema)
            return nil
        }
        if known == nil {
            let names = DocumentKind.allCases.map(\.schemaID).joined(separator: ", ")
            c.fail(path, "is not a schema this hep reads (\(names))", got: schema)
        }
        return known
    }

    public static func loadProgram(_ path: String, display: String) throws(InvalidData) -> Program {
        try load(path, display: display, kind: .program)
    }

    public static func loadLog(_ path: String, display: String, program: Program?, fileDate: LocalDate?) throws(InvalidData) -> DayLog {
        try decodeLog(read(path, display: display), display: display, program: program, fileDate: fileDate)
    }

    public static func decodeLog(_ bytes: [UInt8], display: String, program: Program? = nil,
                                 fileDate: LocalDate? = nil) throws(InvalidData) -> DayLog {
        let read = read(bytes, display: display, expected: .log, program: program, fileDate: fileDate)
        guard read.problems.isEmpty, let log = read.log?.log else { throw InvalidData(read.problems) }
        return log
    }

    public static func loadExercise(_ path: String, display: String) throws(InvalidData) -> Exercise {
        try load(path, display: display, kind: .exercise)
    }

    static func load<T: Decodable>(_ path: String, display: String, kind: DocumentKind) throws(InvalidData) -> T {
        try decode(read(path, display: display), display: display, kind: kind)
    }

    private static func read(_ path: String, display: String) throws(InvalidData) -> [UInt8] {
        do { return try FileReader.read(path, display: display) } catch { throw InvalidData([error]) }
    }

    /// A program or an exercise (day logs have `decodeLog`).
    public static func decode<T: Decodable>(_ bytes: [UInt8], display: String, kind: DocumentKind) throws(InvalidData) -> T {
        let problems = check(bytes, display: display, expected: kind).problems
        guard problems.isEmpty else { throw InvalidData(problems) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        do {
            return try JSONDecoder().decode(T.self, from: Data(body))
        } catch {
            // The checks above mirror the model; reaching here means they missed a rule.
            throw InvalidData([Problem(file: display, place: .path("$"), message: "cannot be read into hep's model: \(error)")])
        }
    }

    /// A day log in the contract's text form.
    public static func encode(_ log: DayLog) -> [UInt8] {
        Array(JSONWriter.pretty(log.json).utf8)
    }

    /// The contract's text form of a value: sorted keys, 2-space indent, newline at the end.
    public static func encode<T: Encodable>(_ value: T) -> [UInt8] {
        Array(JSONWriter.pretty(document(value)).utf8)
    }

    /// A model value as a JSON document.
    static func document<T: Encodable>(_ value: T) -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // One kind of error per do/catch: a catch that mixes the untyped error of
        // JSONEncoder with JSONParser's typed one crashes Swift 6.3's release build.
        // hep's model holds only strings, whole numbers and containers, and the encoder
        // writes valid JSON: neither can fail.
        let bytes: Data
        do {
            bytes = try encoder.encode(value)
        } catch {
            fatalError("cannot encode \(T.self): \(error)")
        }
        do {
            return try JSONParser.parse(Array(bytes))
        } catch {
            fatalError("hep's encoder wrote JSON its parser refuses: \(error.message)")
        }
    }
}
