/// A parsed JSON document, kept close to its text: numbers keep their literal
/// spelling (so `1e400` or `5.0` can be judged, not silently rounded) and objects
/// keep their members in file order.
public indirect enum JSONValue: Equatable, Sendable {
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

    /// The value as a whole number, when its literal is one (no fraction, no exponent)
    /// and fits an `Int`.
    public var integer: Int? {
        guard case let .number(text) = self else { return nil }
        return Int(text)
    }
}
