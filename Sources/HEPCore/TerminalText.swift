/// What may reach a terminal from a file or a file name: a control character (C0, DEL or
/// C1) could move the cursor, clear the screen or set the window title, so every output
/// of hep shows one as `\u{1B}` instead. The one rule for commands and screens alike.
public enum TerminalText {
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }

    /// A character that reorders the text around it (an embedding, override or isolate): valid
    /// in a name, but when shown it could make "(id 001)" read "(100 di)", so it is shown
    /// as a mark of its own instead.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// `text` with every control character made visible; line breaks kept when asked
    /// (a plain-text report has lines; a message is one line).
    public static func safe(_ text: String, keepingLineBreaks: Bool = false) -> String {
        let shown = { (scalar: Unicode.Scalar) in isControl(scalar) || isBidiControl(scalar) }
        guard text.unicodeScalars.contains(where: shown) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if shown(scalar) && !(keepingLineBreaks && scalar == "\n") {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
