/// A parsed JSON document, kept close to its text: numbers keep their literal
/// spelling (so `1e400` or `5.0` can be judged, not silently rounded) and objects
/// keep their members in file order.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The member named `key` of an object, if any.
    public subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var text: String? {
        if case let .string(s) = self { return s }
        return nil
    }

    public var items: [JSONValue]? {
        if case let .array(a) = self { return a }
        return nil
    }

    /// This value with the object members of `older` that it lacks, at every depth: how a
    /// rewritten file keeps the fields a newer hep or another tool added. Arrays are matched
    /// by position, which holds for hep's logs: their lists only ever grow at the end.
    public func keepingUnknownFields(of older: JSONValue) -> JSONValue {
        switch (self, older) {
        case let (.object(new), .object(old)):
            var merged = new.map { member in
                (key: member.key, value: old.first { $0.key == member.key }.map { member.value.keepingUnknownFields(of: $0.value) } ?? member.value)
            }
            merged += old.filter { o in !new.contains { $0.key == o.key } }
            return .object(merged)
        case let (.array(new), .array(old)):
            return .array(new.enumerated().map { i, item in i < old.count ? item.keepingUnknownFields(of: old[i]) : item })
        default:
            return self
        }
    }

    /// A whole number, or null for nil.
    static func whole(_ n: Int?) -> JSONValue { n.map { .number("\($0)") } ?? .null }

    static func strings(_ list: [String]) -> JSONValue { .array(list.map(JSONValue.string)) }

    /// The members whose value is given: how optional fields are left out of a document.
    static func present(_ members: [(String, JSONValue?)]) -> [(key: String, value: JSONValue)] {
        members.compactMap { key, value in value.map { (key, $0) } }
    }

    /// The value as a whole number, when its literal is one (no fraction, no exponent)
    /// and fits an `Int`.
    public var integer: Int? {
        guard case let .number(text) = self else { return nil }
        return Int(text)
    }
}
