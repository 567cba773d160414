/// Walks a parsed document and collects what is wrong, each with its JSON path.
/// Rules call its typed readers; a reader that finds a problem records it and
/// returns nil, so one pass reports every problem in a file.
final class Checker {
    private(set) var problems: [(path: String, what: ProblemMessage, got: String?)] = []

    func fail(_ path: JSONPath, _ what: ProblemMessage, got value: JSONValue? = nil) {
        problems.append((path.description, what, value.map { JSONWriter.compact($0) }))
    }

    /// The members of an object, or nil (and a problem) for anything else.
    func object(_ value: JSONValue, _ path: JSONPath) -> JSONValue? {
        guard case .object = value else { fail(path, .notObject, got: value); return nil }
        return value
    }

    /// A member that must be present.
    func field(_ object: JSONValue, _ key: String, _ path: JSONPath) -> (JSONValue, JSONPath)? {
        guard let value = object[key] else { fail(path, .missingField(key)); return nil }
        return (value, path.member(key))
    }

    /// A member that may be absent or null.
    func optional(_ object: JSONValue, _ key: String, _ path: JSONPath) -> (JSONValue, JSONPath)? {
        guard let value = object[key], value != .null else { return nil }
        return (value, path.member(key))
    }

    /// A string without control characters (a line break only where `lineBreaks`, in notes):
    /// what hep shows from a file can never drive the terminal.
    @discardableResult
    func string(_ value: JSONValue, _ path: JSONPath, allowEmpty: Bool = false, lineBreaks: Bool = false) -> String? {
        guard case let .string(s) = value else { fail(path, .notString, got: value); return nil }
        if let problem = TextRule.problem(s, lineBreaks: lineBreaks, allowEmpty: allowEmpty) {
            fail(path, problem, got: value)
            return nil
        }
        return s
    }

    @discardableResult
    func int(_ value: JSONValue, _ path: JSONPath, _ range: ClosedRange<Int>, nullable: Bool = false) -> Int? {
        if nullable && value == .null { return nil }
        if let n = value.integer, range.contains(n) { return n }
        fail(path, .notWholeNumber(range, orNull: nullable), got: value)
        return nil
    }

    @discardableResult
    func oneOf<E: RawRepresentable & CaseIterable>(_ value: JSONValue, _ path: JSONPath, _ type: E.Type,
                                                    allowed: [E]? = nil,
                                                    why: ProblemMessage.Condition? = nil) -> E? where E.RawValue == String {
        let choices = allowed ?? Array(E.allCases)
        if case let .string(s) = value, let e = E(rawValue: s), choices.contains(where: { $0.rawValue == s }) { return e }
        fail(path, .notOneOf(choices.map(\.rawValue), why), got: value)
        return nil
    }

    func array(_ value: JSONValue, _ path: JSONPath, nonEmpty: Bool = false) -> [(JSONValue, JSONPath)]? {
        guard case let .array(items) = value else { fail(path, .notArray, got: value); return nil }
        if nonEmpty && items.isEmpty { fail(path, .noEntries, got: value); return nil }
        let spelled = path.description
        return items.enumerated().map { ($1, JSONPath(spelled, index: $0)) }
    }

    @discardableResult
    func date(_ value: JSONValue, _ path: JSONPath) -> LocalDate? {
        if case let .string(s) = value, let d = LocalDate(s) { return d }
        fail(path, .notDate, got: value)
        return nil
    }

    @discardableResult
    func moment(_ value: JSONValue, _ path: JSONPath, nullable: Bool = false) -> Moment? {
        if nullable && value == .null { return nil }
        if case let .string(s) = value, let m = Moment(s) { return m }
        fail(path, .notMoment(orNull: nullable), got: value)
        return nil
    }

    /// A list of strings; nil (and a problem) when it or any entry breaks a rule.
    @discardableResult
    func strings(_ value: JSONValue, _ path: JSONPath, nonEmpty: Bool = false) -> [String]? {
        guard let items = array(value, path, nonEmpty: nonEmpty) else { return nil }
        let read = items.map { string($0, $1) }
        return read.contains(nil) ? nil : read.compactMap { $0 }
    }
}

/// Where a value sits in a document, as a problem names it: `$.sessions[0].started`. It is
/// spelled out only when a problem needs it, or once per array for the array's entries: so
/// reading a valid file builds one string per array, not one per entry or field.
struct JSONPath: CustomStringConvertible, Sendable {
    /// The path of the array or object this one is in, spelled out; then an entry of that
    /// array and a member of that entry or object.
    private let base: String
    private let index: Int?
    private let key: String?

    static let root = JSONPath(base: "$", index: nil, key: nil)

    private init(base: String, index: Int?, key: String?) {
        self.base = base
        self.index = index
        self.key = key
    }

    /// Entry `index` of the array at `array`, spelled out.
    init(_ array: String, index: Int) { self.init(base: array, index: index, key: nil) }

    var description: String {
        var text = base
        if let index { text += "[\(index)]" }
        if let key { text += "." + key }
        return text
    }

    func member(_ key: String) -> JSONPath {
        self.key == nil ? JSONPath(base: base, index: index, key: key) : JSONPath(base: description, index: nil, key: key)
    }
}
