/// The handout as one HTML page to print or keep: no script, nothing fetched from
/// elsewhere, black on white with rules rather than colour, and each exercise kept on one
/// sheet. Written as XHTML-compatible markup (every element closed), so it is also XML.
extension Handout {
    public var html: String {
        let w = language.handout
        var body: [Markup] = [.element("h1", title), .element("p", class: "patient", patient), .element("p", class: "version", version)]
        if let note {
            body.append(.element("p", class: "note", [.element("strong", w.noteLabel + ":"), .text(" " + note)]))
        }
        if items.isEmpty { body.append(.element("p", language.program.noItems)) }
        body += items.enumerated().map { n, item in Handout.section(item, number: n + 1, words: w) }
        if let questions { body.append(.element("p", class: "questions", questions)) }
        return Markup.page(language: language, title: "\(title) - \(patient)", style: Handout.style, body: body)
    }

    private static func section(_ item: Item, number: Int, words w: any HandoutWords) -> Markup {
        var parts: [Markup] = [.element("h2", "\(number). \(item.name)"), facts(item.facts)]
        if !item.steps.isEmpty {
            parts += [.element("h3", w.stepsHeading), .element("ol", item.steps.map { .element("li", $0) })]
        }
        if !item.cues.isEmpty {
            parts += [.element("h3", w.cuesHeading), .element("ul", item.cues.map { .element("li", $0) })]
        }
        parts.append(facts(item.closing))
        return .element("section", class: "exercise", parts)
    }

    private static func facts(_ facts: [Fact]) -> Markup {
        .element("dl", facts.flatMap { fact in
            [.element("dt", fact.label),
             .element("dd", class: fact.warning ? "warning" : nil, fact.text)]
        })
    }

    /// Screen and paper alike: black text, rules and weight for emphasis, no fixed page
    /// size (A4 and Letter both print), and an exercise never split across sheets.
    private static let style = Markup.style("""
        body { font-family: sans-serif; font-size: 12pt; line-height: 1.4; color: #000; background: #fff; max-width: 46em; margin: 1em auto; padding: 0 1em; }
        body { overflow-wrap: anywhere; }
        h1 { font-size: 1.6em; margin: 0 0 0.3em; padding-bottom: 0.2em; border-bottom: 2px solid #000; }
        h2 { font-size: 1.25em; margin: 0 0 0.4em; }
        h3 { font-size: 1em; margin: 0.6em 0 0.2em; }
        p { margin: 0.2em 0; }
        .note, dd { white-space: pre-line; }
        .exercise { border: 1px solid #000; padding: 0.6em 1em; margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0.4em 0; }
        dt { font-weight: bold; }
        dd { margin: 0; }
        dd.warning { font-weight: bold; border-left: 3px solid #000; padding-left: 0.5em; }
        ol, ul { margin: 0.2em 0; padding-left: 1.6em; }
        .questions { margin-top: 1.5em; padding-top: 0.5em; border-top: 1px solid #000; font-weight: bold; }
        @media print {
          @page { margin: 15mm; }
          body { max-width: none; margin: 0; padding: 0; font-size: 11pt; }
          .exercise { break-inside: avoid; page-break-inside: avoid; }
          h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
          .questions { break-inside: avoid; }
        }
        """)
}
