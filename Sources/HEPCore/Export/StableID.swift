/// Ids that come out the same every time the same record is exported, so a server that is
/// sent a second export updates what it holds instead of adding copies: name-based UUIDs,
/// version 5 (RFC 4122, section 4.3), over hep's own namespace.
public enum StableID {
    /// hep's namespace, drawn once at random. Every exported id depends on it: never change it.
    public static let namespace = "33783b83-a71f-406d-abe8-63295515d90a"

    /// The id of the thing `parts` name (a resource type, the patient id, a date ...). Each
    /// part is prefixed with its length, so no two lists of parts give the same name.
    public static func of(_ parts: [String]) -> String {
        uuid5(namespace: namespace, name: parts.map { "\($0.utf8.count):\($0)" }.joined())
    }

    /// The version-5 UUID of `name` in `namespace` (a UUID in its usual written form), lowercase.
    public static func uuid5(namespace: String, name: String) -> String {
        let space = Array(namespace.utf8).filter { $0 != UInt8(ascii: "-") }
        let spaceBytes = stride(from: 0, to: space.count, by: 2).map { UInt8(String(decoding: space[$0...$0 + 1], as: UTF8.self), radix: 16)! }
        var bytes = Array(SHA1.digest(spaceBytes + Array(name.utf8)).prefix(16))
        bytes[6] = bytes[6] & 0x0F | 0x50
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }
        return [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }.joined(separator: "-")
    }
}

/// SHA-1 (RFC 3174), only for naming UUIDs: written here rather than taken from a crypto
/// package, whose C sources would add more than a minute to every clean build.
public enum SHA1 {
    public static func digest(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        var data = message + [0x80]
        data += [UInt8](repeating: 0, count: (120 - data.count % 64) % 64)
        let bits = UInt64(message.count) * 8
        data += (0..<8).reversed().map { UInt8(truncatingIfNeeded: bits >> (8 * UInt64($0))) }
        var w = [UInt32](repeating: 0, count: 80)
        for block in stride(from: 0, to: data.count, by: 64) {
            for t in 0..<16 {
                w[t] = (0..<4).reduce(0) { $0 << 8 | UInt32(data[block + 4 * t + $1]) }
            }
            for t in 16..<80 { w[t] = rotate(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1) }
            var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
            for t in 0..<80 {
                let f: UInt32, k: UInt32
                switch t {
                case 0..<20: (f, k) = (b & c | ~b & d, 0x5A82_7999)
                case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9_EBA1)
                case 40..<60: (f, k) = (b & c | b & d | c & d, 0x8F1B_BCDC)
                default: (f, k) = (b ^ c ^ d, 0xCA62_C1D6)
                }
                (a, b, c, d, e) = (rotate(a, 5) &+ f &+ e &+ k &+ w[t], a, rotate(b, 30), c, d)
            }
            for (i, v) in [a, b, c, d, e].enumerated() { h[i] &+= v }
        }
        return h.flatMap { v in (0..<4).reversed().map { UInt8(truncatingIfNeeded: v >> (8 * UInt32($0))) } }
    }

    private static func rotate(_ x: UInt32, _ n: UInt32) -> UInt32 { x << n | x >> (32 - n) }
}
