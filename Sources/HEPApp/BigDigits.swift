/// A block font 5 rows high for the timers and the rep counter, readable from across the room.
public enum BigDigits {
    public static let height = 5

    private static let font: [Character: [String]] = [
        "0": ["XXXX", "X  X", "X  X", "X  X", "XXXX"],
        "1": ["  X ", " XX ", "  X ", "  X ", " XXX"],
        "2": ["XXXX", "   X", "XXXX", "X   ", "XXXX"],
        "3": ["XXXX", "   X", " XXX", "   X", "XXXX"],
        "4": ["X  X", "X  X", "XXXX", "   X", "   X"],
        "5": ["XXXX", "X   ", "XXXX", "   X", "XXXX"],
        "6": ["XXXX", "X   ", "XXXX", "X  X", "XXXX"],
        "7": ["XXXX", "   X", "  X ", " X  ", " X  "],
        "8": ["XXXX", "X  X", "XXXX", "X  X", "XXXX"],
        "9": ["XXXX", "X  X", "XXXX", "   X", "XXXX"],
        ":": ["    ", " X  ", "    ", " X  ", "    "],
        "/": ["   X", "  X ", " X  ", "X   ", "    "],
    ]

    /// The rows of `text` in the block font, drawn with `block`; characters the font
    /// lacks are left out. One blank column between characters.
    public static func rows(_ text: String, block: String) -> [String] {
        let glyphs = text.compactMap { font[$0] }
        return (0..<height).map { row in
            glyphs.map { $0[row].replacingOccurrences(of: "X", with: block) }.joined(separator: " ")
        }
    }

    public static func width(_ text: String) -> Int {
        let n = text.filter { font[$0] != nil }.count
        return n == 0 ? 0 : n * 5 - 1
    }
}
