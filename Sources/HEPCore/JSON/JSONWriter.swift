/// Writes JSON the way the data contract asks: 2-space indent, keys sorted, `"key": value`,
/// `[]` and `{}` for empty containers, a newline at the end. Same text for the same value,
/// so a patient's folder diffs cleanly under version control.
public enum JSONWriter {
    public static func pretty(_ value: JSONValue) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        out += "\n"
        return out
    }

    /// One line, for quoting a value in an error message; cut to `limit` characters.
    public static func compact(_ value: JSONValue, limit: Int = 40) -> String {
        var out = ""
        writeCompact(value, into: &out)
        return out.count > limit ? String(out.prefix(limit - 3)) + "..." : out
    }

    private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
        switch value {
        case let .array(items) where !items.isEmpty:
            out += "[\n"
            for (i, item) in items.enumerated() {
                pad(indent + 1, &out)
                write(item, indent: indent + 1, into: &out)
                out += i < items.count - 1 ? ",\n" : "\n"
            }
            pad(indent, &out)
            out += "]"
        case let .object(members) where !members.isEmpty:
            out += "{\n"
            let sorted = members.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
            for (i, member) in sorted.enumerated() {
                pad(indent + 1, &out)
                quote(member.key, into: &out)
                out += ": "
                write(member.value, indent: indent + 1, into: &out)
                out += i < sorted.count - 1 ? ",\n" : "\n"
            }
            pad(indent, &out)
            out += "}"
        default:
            writeCompact(value, into: &out)
        }
    }

    private static func writeCompact(_ value: JSONValue, into out: inout String) {
        switch value {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .number(text): out += text
        case let .string(s): quote(s, into: &out)
        case let .array(items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                writeCompact(item, into: &out)
            }
            out += "]"
        case let .object(members):
            out += "{"
            for (i, member) in members.enumerated() {
                if i > 0 { out += ", " }
                quote(member.key, into: &out)
                out += ": "
                writeCompact(member.value, into: &out)
            }
            out += "}"
        }
    }

    private static func pad(_ level: Int, _ out: inout String) {
        out += String(repeating: "  ", count: level)
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
