import HEPCore

/// Draws the whole screen for a state. Knows nothing of the terminal: the canvas is
/// copied to it by the backend and read back as text by the tests.
public func render(_ state: AppState, now: Now) -> Canvas {
    let drawn = draw(state, now: now)
    return state.glyphs == .ascii ? drawn.foldedToASCII() : drawn
}

extension AppState: Screen {
    public var enlargeWords: [String] { words.enlarge }
    public func render(now: Now) -> Canvas { HEPApp.render(self, now: now) }
}

private func draw(_ state: AppState, now: Now) -> Canvas {
    let canvas = Canvas(width: state.width, height: state.height)
    var painter = Painter(state: state, canvas: canvas, now: now)
    painter.chrome()
    switch state.screen {
    case .offerExample: painter.offerExample()
    case .today: painter.today()
    case let .question(q): painter.question(q)
    case let .exercise(run): painter.exercise(run)
    case let .reason(prompt): painter.reason(prompt)
    case let .note(entry): painter.note(entry)
    case let .painWarning(item, pain, limit): painter.painWarning(item: item, pain: pain, limit: limit)
    case let .confirmStop(run): painter.confirmStop(run)
    case let .confirmAgain(item): painter.confirmAgain(item)
    case .confirmQuit: painter.confirmQuit()
    case .summary: painter.summary()
    case let .failed(error): painter.failed(error)
    }
    if state.showHelp { painter.help() }
    return painter.canvas
}

/// Shared drawing state and the pieces every screen uses.
struct Painter {
    let state: AppState
    var canvas: Canvas
    let now: Now

    var width: Int { canvas.width }
    var height: Int { canvas.height }
    /// Rows between the header and the footer.
    var body: Range<Int> { 2..<(height - 2) }
    var g: Glyphs { state.glyphs }
    var words: any SessionWords { state.words }

    /// The header (hep, the date, the patient) and the footer (a notice, the main keys).
    mutating func chrome() {
        let date = state.date
        let left = " " + TextWidth.fit("hep \(g.dot) \(words.longDate(date))", width - 2, ellipsis: g.ellipsis)
        canvas.put(left, x: 0, y: 0, style: .title)
        if let name = state.program?.patient.name {
            let room = width - TextWidth.of(left) - 2
            if room > 4 {
                let shown = TextWidth.fit(name, room, ellipsis: g.ellipsis)
                canvas.put(shown, x: width - TextWidth.of(shown) - 1, y: 0, style: .title)
            }
        }
        rule(1)
        if let notice = state.noticeText {
            canvas.put(" " + TextWidth.fit(notice, width - 2, ellipsis: g.ellipsis), x: 0, y: height - 2, style: .accent)
        }
        canvas.keyHints(state.keys)
    }

    mutating func rule(_ y: Int) {
        canvas.put(String(repeating: g.rule, count: width), x: 0, y: y, style: .dim)
    }

    /// Writes wrapped text from row `y` with a left margin; returns the next free row.
    @discardableResult
    mutating func paragraph(_ text: String, y: Int, indent: Int = 1, hanging: String = "", style: Style = .normal, limit: Int? = nil) -> Int {
        var row = y
        for line in TextWidth.wrap(text, width - indent - 1, label: hanging) {
            guard row < (limit ?? body.upperBound) else { break }
            canvas.put(line, x: indent, y: row, style: style)
            row += 1
        }
        return row
    }

    /// A number in the block font, centred on row `y`, or in plain digits when it does not fit.
    /// Returns the next free row.
    mutating func bigNumber(_ text: String, y: Int, style: Style = .title) -> Int {
        let rows = BigDigits.rows(text, block: g.block)
        if BigDigits.width(text) <= width - 2 && y + BigDigits.height <= body.upperBound {
            for (i, row) in rows.enumerated() { canvas.center(row, y: y + i, style: style) }
            return y + BigDigits.height
        }
        canvas.center(text, y: y, style: style)
        return y + 1
    }

    /// Centres a small dialog's lines in the body, below row `top` when the screen keeps
    /// rows above it.
    mutating func dialog(_ lines: [(String, Style)], below top: Int? = nil) {
        let area = (top.map { $0 + 1 } ?? body.lowerBound)..<body.upperBound
        var wrapped = lines.flatMap { line, style in TextWidth.wrap(line, width - 4).map { ($0, style) } + (line.isEmpty ? [("", style)] : []) }
        // In a small window the words matter more than the spacing.
        if wrapped.count >= area.count { wrapped = wrapped.filter { !$0.0.isEmpty } }
        var y = max(area.lowerBound + (top == nil ? 1 : 0), area.lowerBound + (area.count - wrapped.count) / 2)
        for (line, style) in wrapped where y < body.upperBound {
            canvas.center(line, y: y, style: style)
            y += 1
        }
    }

    /// What the screen is for and every key of it, on a page of its own over the body, with
    /// whom to ask about the program.
    mutating func help() {
        for y in body { canvas.put(String(repeating: " ", count: width), x: 0, y: y) }
        let last = body.upperBound - 1
        canvas.put(" " + words.help, x: 0, y: 2, style: .title)
        var y = paragraph(state.purpose, y: 3, indent: 1, limit: last) + 1
        y = canvas.keyTable(state.keys, y: y, limit: last - 1, ellipsis: g.ellipsis)
        if let therapist = state.program?.therapist, y < last - 1 {
            let contact = [therapist.name, therapist.contact].compactMap { $0 }.joined(separator: ", ")
            paragraph(words.questionsAboutProgram(contact), y: y + 1, indent: 1, style: .accent, limit: last)
        }
        canvas.put(" " + words.anyKeyClosesHelp, x: 0, y: last, style: .dim)
    }

    func exerciseName(_ index: Int) -> String { state.exerciseName(index) }
}
