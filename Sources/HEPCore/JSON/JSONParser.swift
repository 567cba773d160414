/// A syntax error with the place it was found, 1-based, columns in characters. What went
/// wrong is kept by meaning, so it can be said in any language (`ProblemWords`).
public struct JSONSyntaxError: Error, Equatable, Sendable {
    public var line: Int
    public var column: Int
    public var kind: Kind

    public enum Kind: Equatable, Sendable {
        case notUTF8(byte: UInt8)
        case emptyFile
        case onlyWhiteSpace
        case textAfterValue
        case unexpected(Found)
        case tooDeep(levels: Int)
        case expectedKey(found: Found)
        case duplicateKey(String, firstLine: Int, firstColumn: Int)
        case expectedColon(found: Found)
        case expectedCommaInObject(found: Found)
        case expectedCommaInArray(found: Found)
        case endInsideString
        case controlCharacterInString
        case unpairedSurrogate
        case invalidEscape(Character)
        case expectedHexDigits
        case expectedDigit
        case expectedFractionDigit
        case expectedExponentDigit
    }

    /// What stood where something else was expected.
    public enum Found: Equatable, Sendable {
        case endOfFile
        /// A printable ASCII character.
        case character(Character)
        case byte(UInt8)
    }

    /// In English.
    public var message: String { English().syntax(kind) }
}

/// A strict RFC 8259 parser. It exists because hep must refuse what Foundation's
/// parser quietly accepts or misreports: duplicate keys, numbers beyond a Double,
/// invalid UTF-8, and it must say where, by line and column.
public struct JSONParser {
    public static let maxDepth = 512

    // The document's bytes, borrowed for the length of `parse`: indexing a buffer skips the
    // array's uniqueness and bounds bookkeeping, which was most of the parser's time.
    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0
    private var depth = 0
    // The members and items of the objects and arrays being read, innermost last: each
    // container is copied out once, at its exact size, instead of growing its own array.
    private var members: [(key: String, value: JSONValue, start: Int)] = []
    private var items: [JSONValue] = []

    /// Parses a whole document. A UTF-8 byte order mark at the start is allowed and skipped.
    public static func parse(_ data: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        let result = data.withUnsafeBufferPointer { buffer -> Result<JSONValue, JSONSyntaxError> in
            var parser = JSONParser(bytes: buffer)
            return Result { () throws(JSONSyntaxError) in try parser.document() }
        }
        return try result.get()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func document() throws(JSONSyntaxError) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { at = 3 }
        if let bad = UTF8Check.firstInvalidOffset(bytes, from: at) {
            throw error(.notUTF8(byte: bytes[bad]), at: bad)
        }
        skipSpace()
        if at == bytes.count {
            throw error(bytes.isEmpty ? .emptyFile : .onlyWhiteSpace)
        }
        let value = try value()
        skipSpace()
        if at < bytes.count { throw error(.textAfterValue) }
        return value
    }

    private mutating func value() throws(JSONSyntaxError) -> JSONValue {
        guard at < bytes.count else { throw error(.unexpected(.endOfFile)) }
        switch bytes[at] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error(.unexpected(found(at)))
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maxDepth { throw error(.tooDeep(levels: Self.maxDepth)) }
    }

    private mutating func object() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        at += 1
        let base = members.count
        skipSpace()
        if peek(UInt8(ascii: "}")) { at += 1; depth -= 1; return .object([]) }
        while true {
            skipSpace()
            guard peek(UInt8(ascii: "\"")) else { throw error(.expectedKey(found: found(at))) }
            let keyStart = at
            let key = try string()
            // hep's objects have a handful of members: a scan beats hashing every key.
            if let first = members[base...].first(where: { $0.key == key }) {
                let (line, column) = position(of: first.start)
                throw error(.duplicateKey(key, firstLine: line, firstColumn: column), at: keyStart)
            }
            skipSpace()
            guard peek(UInt8(ascii: ":")) else { throw error(.expectedColon(found: found(at))) }
            at += 1
            skipSpace()
            let value = try value()
            members.append((key, value, keyStart))
            skipSpace()
            if peek(UInt8(ascii: ",")) { at += 1; continue }
            if peek(UInt8(ascii: "}")) {
                at += 1
                depth -= 1
                let object = members[base...].map { (key: $0.key, value: $0.value) }
                members.removeSubrange(base...)
                return .object(object)
            }
            throw error(.expectedCommaInObject(found: found(at)))
        }
    }

    private mutating func array() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        at += 1
        let base = items.count
        skipSpace()
        if peek(UInt8(ascii: "]")) { at += 1; depth -= 1; return .array([]) }
        while true {
            skipSpace()
            let value = try value()
            items.append(value)
            skipSpace()
            if peek(UInt8(ascii: ",")) { at += 1; continue }
            if peek(UInt8(ascii: "]")) {
                at += 1
                depth -= 1
                let array = Array(items[base...])
                items.removeSubrange(base...)
                return .array(array)
            }
            throw error(.expectedCommaInArray(found: found(at)))
        }
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        let open = at
        at += 1
        var out: [UInt8] = []
        var runStart = at
        while true {
            guard at < bytes.count else { throw error(.endInsideString, at: open) }
            let b = bytes[at]
            if b == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<at])
                at += 1
                if out.isEmpty { return String(decoding: run, as: UTF8.self) }
                out.append(contentsOf: run)
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { throw error(.controlCharacterInString) }
            if b != UInt8(ascii: "\\") { at += 1; continue }
            out.append(contentsOf: bytes[runStart..<at])
            try escape(into: &out)
            runStart = at
        }
    }

    private mutating func escape(into out: inout [UInt8]) throws(JSONSyntaxError) {
        let start = at
        at += 1
        guard at < bytes.count else { throw error(.endInsideString) }
        let c = bytes[at]
        at += 1
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(c)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard bytes[at...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
                    throw error(.unpairedSurrogate, at: start)
                }
                at += 2
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw error(.unpairedSurrogate, at: start) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw error(.unpairedSurrogate, at: start)
            }
            out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
        default:
            throw error(.invalidEscape(Character(Unicode.Scalar(c))), at: start)
        }
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard at < bytes.count, let d = hexDigit(bytes[at]) else { throw error(.expectedHexDigits) }
            v = v * 16 + d
            at += 1
        }
        return v
    }

    private func hexDigit(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(b - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private mutating func number() throws(JSONSyntaxError) -> String {
        let start = at
        if peek(UInt8(ascii: "-")) { at += 1 }
        if peek(UInt8(ascii: "0")) {
            at += 1
        } else if !digits() {
            throw error(.expectedDigit)
        }
        if peek(UInt8(ascii: ".")) {
            at += 1
            guard digits() else { throw error(.expectedFractionDigit) }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            at += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { at += 1 }
            guard digits() else { throw error(.expectedExponentDigit) }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
    }

    private mutating func digits() -> Bool {
        let start = at
        while at < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at]) { at += 1 }
        return at > start
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let text = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes[at...].starts(with: text) else { throw error(.unexpected(found(at))) }
        at += text.count
    }

    private mutating func skipSpace() {
        while at < bytes.count {
            switch bytes[at] {
            case 0x20, 0x09, 0x0A, 0x0D: at += 1
            default: return
            }
        }
    }

    private func peek(_ b: UInt8) -> Bool { at < bytes.count && bytes[at] == b }

    private func found(_ offset: Int) -> JSONSyntaxError.Found {
        guard offset < bytes.count else { return .endOfFile }
        let b = bytes[offset]
        return b >= 0x21 && b < 0x7F ? .character(Character(Unicode.Scalar(b))) : .byte(b)
    }

    private func position(of offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for b in bytes[..<min(offset, bytes.count)] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    private func error(_ kind: JSONSyntaxError.Kind, at offset: Int? = nil) -> JSONSyntaxError {
        let (line, column) = position(of: offset ?? at)
        return JSONSyntaxError(line: line, column: column, kind: kind)
    }
}

/// Finds the first byte that does not belong to well-formed UTF-8 (RFC 3629).
enum UTF8Check {
    static func firstInvalidOffset(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        let n = b.count
        while i < n {
            // Eight ASCII bytes at a time: hep's files are almost all ASCII.
            while i + 8 <= n, UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < n else { break }
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            guard i + need < n else { return i }
            if b[i + 1] < lo || b[i + 1] > hi { return i }
            for k in 2...max(2, need) where k <= need {
                if b[i + k] & 0xC0 != 0x80 { return i }
            }
            i += need + 1
        }
        return nil
    }
}
