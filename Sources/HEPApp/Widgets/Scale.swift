import HEPCore

/// The 0-10 scale of a question: each number three columns wide, the chosen one marked
/// below it, and what 0 and 10 mean under its ends. Nothing is chosen until the patient
/// chooses, so an untouched scale shows no mark.
public struct Scale {
    static let width = 33

    public var value: Int?
    public var ends: (low: String, high: String)

    public init(value: Int?, ends: (low: String, high: String)) {
        self.value = value
        self.ends = ends
    }

    /// Draws the scale centred on row `y` and the two rows under it; a third when the words
    /// of its ends do not fit side by side (then the high end goes under the low one).
    public func draw(on canvas: inout Canvas, y: Int) {
        let left = max(1, (canvas.width - Scale.width) / 2)
        for n in 0...10 {
            canvas.put((n == 10 ? "10" : " \(n)") + " ", x: left + n * 3, y: y, style: n == value ? .selected : .normal)
        }
        if let value { canvas.put("^", x: left + value * 3 + 1, y: y + 1, style: .accent) }
        canvas.put(ends.low, x: left + 1, y: y + 2, style: .dim)
        let sideBySide = 1 + TextWidth.of(ends.low) + 3 + TextWidth.of(ends.high) <= Scale.width
        canvas.put(ends.high, x: left + Scale.width - TextWidth.of(ends.high), y: y + (sideBySide ? 2 : 3), style: .dim)
    }
}
