import Foundation
import HEPCore

/// How a cell looks. Meaning never rests on colour alone: every role that has a colour
/// also has a mark or a word beside it, and the backend drops colour when it must.
public enum Style: UInt8, Sendable {
    case normal, title, dim, selected, good, warn, accent
}

public struct Cell: Equatable, Sendable {
    /// The character drawn here; empty for the second half of a wide character.
    public var text: String
    public var style: Style

    public static let blank = Cell(text: " ", style: .normal)
}

/// A screen's worth of cells, knowing nothing of any terminal: screens render into it,
/// tests read it back as text, and the ncurses backend copies it to the terminal.
public struct Canvas: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell { cells[y * width + x] }

    /// Writes `text` from column `x` on row `y`, clipped to `maxWidth` and the canvas.
    /// Returns the column after the last character written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        for ch in text {
            let w = TextWidth.of(ch)
            if w == 0 { continue }
            if col + w > limit { break }
            if col >= 0 {
                cells[y * width + col] = Cell(text: String(ch), style: style)
                if w == 2 { cells[y * width + col + 1] = Cell(text: "", style: style) }
            }
            col += w
        }
        return col
    }

    /// Writes `text` centred on row `y`.
    public mutating func center(_ text: String, y: Int, style: Style = .normal) {
        put(text, x: max((width - TextWidth.of(text)) / 2, 0), y: y, style: style)
    }

    /// Gives the cells of row `y` from `x` on (for `count` cells) the style `style`.
    public mutating func paint(y: Int, x: Int = 0, count: Int? = nil, style: Style) {
        guard y >= 0, y < height else { return }
        for col in max(x, 0)..<min(width, x + (count ?? width)) { cells[y * width + col].style = style }
    }

    /// The canvas in ASCII alone, for a terminal that cannot show more: accents dropped
    /// (á to a, ñ to n), ¿ and ¡ turned into ? and !, anything else a `?` per column.
    public func foldedToASCII() -> Canvas {
        var folded = self
        for i in cells.indices where cells[i].text.isEmpty || !cells[i].text.allSatisfy(\.isASCII) {
            let text = cells[i].text
            if text.isEmpty {
                folded.cells[i].text = "?"  // the second column of a wide character
            } else if let base = text.decomposedStringWithCanonicalMapping.unicodeScalars.first, base.isASCII {
                folded.cells[i].text = String(base)
            } else {
                // Opening question and exclamation marks have no ASCII form: a space, not a "?".
                folded.cells[i].text = ["¿": " ", "¡": " ", "«": "\"", "»": "\""][text] ?? "?"
            }
        }
        return folded
    }

    /// Each cell's style as one letter, one line per row, in the text's columns: with
    /// `text`, what a snapshot stores.
    public var styles: String {
        (0..<height).map { y in String((0..<width).map { Canvas.styleLetters[Int(self[$0, y].style.rawValue)] }) }
            .joined(separator: "\n")
    }

    static let styleLetters: [Character] = [" ", "T", "d", "S", "g", "W", "a"]
    /// The key to `styles`, in `Style`'s order.
    public static let styleLegend = "~~ styles: ' ' normal, T title, d dim, S selected, g good, W warn, a accent"

    /// The canvas as plain text, one line per row, trailing spaces kept: what a snapshot stores.
    public var text: String {
        (0..<height).map { y in (0..<width).map { self[$0, y].text }.joined() }.joined(separator: "\n")
    }
}
