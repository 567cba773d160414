/// A table of text in terminal columns: the first column left-aligned and cut to its
/// width, the others right-aligned, as figures are. The report's text and the review
/// screen draw their tables with it.
public struct TextTable: Sendable {
    public var columns: [(heading: String, width: Int)]
    public var ellipsis: String

    public init(_ columns: [(heading: String, width: Int)], ellipsis: String = "…") {
        self.columns = columns
        self.ellipsis = ellipsis
    }

    public var heading: String { line(columns.map(\.heading)) }

    public func line(_ cells: [String]) -> String {
        TextWidth.pad(TextWidth.fit(cells[0], columns[0].width, ellipsis: ellipsis), columns[0].width)
            + zip(cells.dropFirst(), columns.dropFirst()).map { TextWidth.padLeft($0, $1.width) }.joined()
    }
}
