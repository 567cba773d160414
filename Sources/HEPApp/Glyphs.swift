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
    public var barFull: String
    public var barEmpty: String
    public var upDown: String
    public var leftRight: String
    public var ellipsis: String
    public var dot: String

    public static let unicode = Glyphs(done: "✓", partial: "◐", skipped: "✗", due: "•", pointer: "›", rule: "─",
                                       block: "█", barFull: "█", barEmpty: "░", upDown: "↑↓", leftRight: "←→",
                                       ellipsis: "…", dot: "·")
    public static let ascii = Glyphs(done: "+", partial: "~", skipped: "x", due: "-", pointer: ">", rule: "-",
                                     block: "#", barFull: "#", barEmpty: ".", upDown: "Up/Down", leftRight: "Left/Right",
                                     ellipsis: "~", dot: "-")
}
