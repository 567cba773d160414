/// Marks and drawing characters, in Unicode for UTF-8 terminals and in plain ASCII for
/// the rest, so a non-UTF-8 locale never shows garbage.
public struct Glyphs: Sendable, Equatable {
    public var done: String
    public var partial: String
    public var skipped: String
    public var due: String
    public var pointer: String
    public var rule: String
    public var block: String
    public var ellipsis: String
    public var dot: String
    /// Calendar marks by the share of a day's due work done: none, some, half or more, all.
    public var heat: [String]
    /// Sparkline levels for 0-10.
    public var spark: [String]

    public static let unicode = Glyphs(done: "✓", partial: "◐", skipped: "✗", due: "•", pointer: "›", rule: "─",
                                       block: "█", ellipsis: "…", dot: "·", heat: ["·", "░", "▒", "█"],
                                       spark: ["▁", "▁", "▂", "▃", "▄", "▄", "▅", "▆", "▇", "█", "█"])
    public static let ascii = Glyphs(done: "+", partial: "~", skipped: "x", due: "-", pointer: ">", rule: "-",
                                     block: "#", ellipsis: "~", dot: "-", heat: [".", "-", "+", "#"],
                                     spark: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "X"])
}
