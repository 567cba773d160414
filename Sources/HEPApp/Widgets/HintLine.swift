import HEPCore

/// One key of a screen and what it does: in full on the help page, and in a word or two on
/// the bottom line when the window is narrow.
public struct KeyHint: Equatable, Sendable {
    public let key: String
    public let does: String
    public let short: String

    public init(_ key: String, _ does: String, short: String? = nil) {
        self.key = key
        self.does = does
        self.short = short ?? does
    }
}

extension Canvas {
    /// The bottom row: the most important keys that fit, in full words when there is room
    /// and in short ones when not, with `?` always last so the rest can be found.
    public mutating func keyHints(_ keys: [KeyHint]) {
        let room = width - 2
        let help = keys.first { $0.key == "?" }
        let others = keys.filter { $0.key != "?" }
        func length(_ hints: [KeyHint], short: Bool) -> Int {
            hints.reduce(0) { $0 + TextWidth.of($1.key) + 1 + TextWidth.of(short ? $1.short : $1.does) } + 2 * max(0, hints.count - 1)
        }
        let short = length(keys, short: false) > room
        var shown: [KeyHint] = []
        for hint in others {
            guard length(shown + [hint] + (help.map { [$0] } ?? []), short: short) <= room else { break }
            shown.append(hint)
        }
        if let help { shown.append(help) }
        var x = 1
        for hint in shown {
            x = put(hint.key, x: x, y: height - 1, style: .accent)
            x = put(" " + (short ? hint.short : hint.does), x: x, y: height - 1, style: .dim) + 2
        }
    }
}

extension Canvas {
    /// The help page's table: every key in a column as wide as the widest key, what it does
    /// beside it, from row `y` while rows remain before `limit`. Returns the next free row.
    @discardableResult
    public mutating func keyTable(_ keys: [KeyHint], y: Int, limit: Int, ellipsis: String) -> Int {
        let keyWidth = keys.map { TextWidth.of($0.key) }.max() ?? 0
        var y = y
        for hint in keys where y < limit {
            put(TextWidth.pad(hint.key, keyWidth), x: 2, y: y, style: .accent)
            put(TextWidth.fit(hint.does, width - keyWidth - 5, ellipsis: ellipsis), x: keyWidth + 4, y: y)
            y += 1
        }
        return y
    }
}
