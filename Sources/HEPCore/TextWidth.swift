/// Text measured in terminal columns: the one place where hep measures, cuts, pads and
/// wraps what it shows, on the screens and in the plain-text commands alike, so a name in
/// Chinese or with an emoji lines up as one in English does. A small table instead of
/// `wcwidth`, so the output is the same whatever locale the tests or the terminal run in.
public enum TextWidth {
    public static func of(_ ch: Character) -> Int {
        guard let scalar = ch.unicodeScalars.first else { return 0 }
        let v = scalar.value
        // Printable ASCII and Latin letters, nearly all of what hep draws, need no look-up
        // of the character's category, which costs (combining marks start at U+0300).
        if (0x20..<0x7F).contains(v) || (0xA0..<0x300).contains(v), ch.unicodeScalars.count == 1 { return 1 }
        if TerminalText.isControl(scalar) { return 0 }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark {
            return 0
        }
        if wide.contains(where: { $0.contains(v) }) { return 2 }
        return 1
    }

    public static func of(_ text: String) -> Int { text.reduce(0) { $0 + of($1) } }

    /// East Asian wide and full-width blocks, and the emoji planes.
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
    ]

    /// The end of `text` that fits in `width` columns: what a one-line field shows while
    /// the patient types past its edge.
    public static func tail(_ text: String, _ width: Int) -> String {
        var out = ""
        var used = 0
        for ch in text.reversed() {
            let w = of(ch)
            if used + w > width { break }
            out.insert(ch, at: out.startIndex)
            used += w
        }
        return out
    }

    /// `text` cut to `width` columns, with `…` (or `~`) when something was cut.
    public static func fit(_ text: String, _ width: Int, ellipsis: String = "…") -> String {
        guard of(text) > width else { return text }
        var out = ""
        var used = 0
        let room = width - of(ellipsis)
        for ch in text {
            let w = of(ch)
            if used + w > room { break }
            out.append(ch)
            used += w
        }
        return room >= 0 ? out + ellipsis : ""
    }

    /// `text` followed by spaces up to `width` columns.
    public static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    /// Spaces, then `text`, up to `width` columns: for figures in a column.
    public static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - of(text))) + text
    }

    /// Breaks `text` at spaces into lines of at most `width` columns; a word longer than
    /// a line is cut.
    public static func wrap(_ text: String, _ width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let w = String(word)
            if line.isEmpty {
                line = fit(w, width, ellipsis: "")
            } else if of(line) + 1 + of(w) <= width {
                line += " " + w
            } else {
                lines.append(line)
                line = fit(w, width, ellipsis: "")
            }
        }
        return line.isEmpty ? lines : lines + [line]
    }

    /// `text` wrapped to `width` columns with `label` before its first line and `rest`
    /// before the others (by default, spaces as wide as the label): steps, cues, flags. A
    /// line break in the text (a therapist's note) starts a new line under `rest`.
    public static func wrap(_ text: String, _ width: Int, label: String, rest: String? = nil) -> [String] {
        let following = rest ?? String(repeating: " ", count: of(label))
        return text.split(separator: "\n").flatMap { wrap(String($0), width - of(label)) }
            .enumerated().map { ($0 == 0 ? label : following) + $1 }
    }
}
