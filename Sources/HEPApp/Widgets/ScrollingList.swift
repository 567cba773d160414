/// Lines that may not all fit: the part from `offset` that fits in `rows`, kept from
/// scrolling past the end, and how many lines are left out above and below.
public struct ScrollingList<Line> {
    public var lines: [Line]
    public var offset: Int
    public var rows: Int

    public init(lines: [Line], offset: Int, rows: Int) {
        self.lines = lines
        self.offset = offset
        self.rows = rows
    }

    /// The first line shown.
    public var top: Int { max(0, min(offset, lines.count - rows)) }
    public var visible: ArraySlice<Line> { lines.dropFirst(top).prefix(max(0, rows)) }
    public var above: Int { top }
    public var below: Int { max(0, lines.count - top - rows) }
    public var isCut: Bool { above > 0 || below > 0 }
}
