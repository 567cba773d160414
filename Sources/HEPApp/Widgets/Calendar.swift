import HEPCore

/// The review's calendar: a row per ISO week, a column per weekday under its initials,
/// each day a mark; the cursor's day in brackets, and its week kept in view.
public struct Calendar {
    public var from: LocalDate
    public var to: LocalDate
    public var cursor: LocalDate
    /// Monday to Sunday, two letters and a space each.
    public var initials: String
    /// The mark of a day in the range; days outside it are left blank.
    public var mark: (LocalDate) -> String?

    public init(from: LocalDate, to: LocalDate, cursor: LocalDate, initials: String, mark: @escaping (LocalDate) -> String?) {
        self.from = from
        self.to = to
        self.cursor = cursor
        self.initials = initials
        self.mark = mark
    }

    /// Draws at most `rows` weeks from row `y` (below the initials); returns the rows drawn.
    @discardableResult
    public func draw(on canvas: inout Canvas, y: Int, rows maximum: Int) -> Int {
        let firstWeek = from.weekStart
        let weekCount = (to.weekStart.dayNumber - firstWeek.dayNumber) / 7 + 1
        let rows = max(1, min(weekCount, maximum))
        let cursorRow = (cursor.weekStart.dayNumber - firstWeek.dayNumber) / 7
        let top = min(max(0, cursorRow - rows + 1), weekCount - rows)
        canvas.put("            " + initials, x: 0, y: y - 1, style: .dim)
        for row in 0..<rows {
            let monday = firstWeek.adding(days: (top + row) * 7)
            canvas.put(" " + monday.isoWeek, x: 0, y: y + row, style: .dim)
            for d in 0..<7 {
                let date = monday.adding(days: d)
                guard let mark = mark(date) else { continue }
                let selected = date == cursor
                canvas.put(selected ? "[\(mark)]" : " \(mark) ", x: 11 + d * 3, y: y + row, style: selected ? .selected : .normal)
            }
        }
        return rows
    }
}
