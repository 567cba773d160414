/// Writes JSON the way the data contract asks: 2-space indent, keys sorted, `"key": value`,
/// `[]` and `{}` for empty containers, a newline at the end. Same text for the same value,
/// so a patient's folder diffs cleanly under version control.
///
/// It writes bytes, not a growing String: a report's JSON of five years is a third of a
/// megabyte, and appending to a String piece by piece was a quarter of the report's time.
public enum JSONWriter {
    public static func pretty(_ value: JSONValue) -> String { String(decoding: bytes(value), as: UTF8.self) }

    /// The contract's form as the bytes of a file.
    public static func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        write(value, indent: 0, into: &out)
        out.append(newline)
        return out
    }

    /// One line, for quoting a value in an error message; cut to `limit` characters.
    public static func compact(_ value: JSONValue, limit: Int = 40) -> String {
        var bytes: [UInt8] = []
        writeCompact(value, into: &bytes)
        let out = String(decoding: bytes, as: UTF8.self)
        return out.count > limit ? String(out.prefix(limit - 3)) + "..." : out
    }

    private static let newline = UInt8(ascii: "\n")

    private static func write(_ value: JSONValue, indent: Int, into out: inout [UInt8]) {
        switch value {
        case let .array(items) where !items.isEmpty:
            out += "[\n".utf8
            for (i, item) in items.enumerated() {
                pad(indent + 1, &out)
                write(item, indent: indent + 1, into: &out)
                out += (i < items.count - 1 ? ",\n" : "\n").utf8
            }
            pad(indent, &out)
            out.append(UInt8(ascii: "]"))
        case let .object(members) where !members.isEmpty:
            out += "{\n".utf8
            // UTF-8's byte order is the order of code points.
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (i, member) in sorted.enumerated() {
                pad(indent + 1, &out)
                quote(member.key, into: &out)
                out += ": ".utf8
                write(member.value, indent: indent + 1, into: &out)
                out += (i < sorted.count - 1 ? ",\n" : "\n").utf8
            }
            pad(indent, &out)
            out.append(UInt8(ascii: "}"))
        default:
            writeCompact(value, into: &out)
        }
    }

    private static func writeCompact(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: out += "null".utf8
        case let .bool(b): out += (b ? "true" : "false").utf8
        case let .number(text): out += text.utf8
        case let .string(s): quote(s, into: &out)
        case let .array(items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", ".utf8 }
                writeCompact(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let .object(members):
            out.append(UInt8(ascii: "{"))
            for (i, member) in members.enumerated() {
                if i > 0 { out += ", ".utf8 }
                quote(member.key, into: &out)
                out += ": ".utf8
                writeCompact(member.value, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func pad(_ level: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case 0x0A: out += "\\n".utf8
            case 0x0D: out += "\\r".utf8
            case 0x09: out += "\\t".utf8
            case 0x08: out += "\\b".utf8
            case 0x0C: out += "\\f".utf8
            case ..<0x20:
                let hex = String(byte, radix: 16)
                out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
