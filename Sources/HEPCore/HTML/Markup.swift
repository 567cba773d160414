/// HTML and inline SVG built only from escaped text and elements, so that no text from a
/// program or a log can become a tag: `text` (and an attribute's value, through the same
/// `escaped`) is the one way in for a string. Every element is closed, so a page is also
/// XML, which the tests read back with a plain XML parser.
struct Markup {
    let html: String
    private init(html: String) { self.html = html }

    /// Closed in themselves when they have no children: HTML's void elements, and SVG's
    /// shapes (the HTML parser honours `/>` inside `<svg>`).
    private static let empty: Set = ["meta", "line", "rect", "circle", "path", "polyline"]
    /// Elements whose children go on lines of their own, for a reader of the file.
    private static let blocks: Set = ["html", "head", "body", "section", "dl", "ol", "ul", "table", "thead", "tbody", "tr",
                                      "figure", "svg", "g", "defs", "pattern"]

    static func text(_ string: String) -> Markup { Markup(html: escaped(string)) }

    static func element(_ name: String, _ attributes: [String: String] = [:], _ children: [Markup]) -> Markup {
        let attributes = attributes.sorted { $0.key < $1.key }.map { " \($0.key)=\"\(escaped($0.value))\"" }.joined()
        if children.isEmpty && empty.contains(name) { return Markup(html: "<\(name)\(attributes) />") }
        let gap = blocks.contains(name) ? "\n" : ""
        return Markup(html: "<\(name)\(attributes)>" + gap + children.map(\.html).joined(separator: gap) + gap + "</\(name)>")
    }

    static func element(_ name: String, class: String? = nil, _ children: [Markup]) -> Markup {
        element(name, `class`.map { ["class": $0] } ?? [:], children)
    }

    static func element(_ name: String, class: String? = nil, _ text: String) -> Markup {
        element(name, class: `class`, [.text(text)])
    }

    /// A style sheet: a literal in hep's source, never text from data.
    static func style(_ css: StaticString) -> Markup { Markup(html: "<style>\n\(css)\n</style>") }

    /// A whole page: the doctype, then `<html lang>` with its head and body.
    static func page(language: Language, title: String, style: Markup, body: [Markup]) -> String {
        let page = element("html", ["lang": language.rawValue], [
            element("head", [element("meta", ["charset": "utf-8"], []),
                             element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"], []),
                             element("title", title), style]),
            element("body", body),
        ])
        return "<!DOCTYPE html>\n" + page.html + "\n"
    }

    /// A coordinate or length for SVG: at most two decimals, a point whatever the locale,
    /// no trailing zeros (`12.5`, `40`).
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = "\(hundredths < 0 ? "-" : "")\(abs(hundredths) / 100)"
        var rest = String(abs(hundredths) % 100)
        guard rest != "0" else { return whole }
        if rest.count == 1 { rest = "0" + rest }
        if rest.hasSuffix("0") { rest.removeLast() }
        return whole + "." + rest
    }

    /// `&`, `<`, `>`, `"` and `'` as entities; a control character other than a line
    /// break (which valid data never holds) as U+FFFD, since XML cannot carry it, and so a
    /// character that would reorder the text around it (TerminalText.isBidiControl).
    static func escaped(_ string: String) -> String {
        var out = ""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "\n"
            case _ where TerminalText.isControl(scalar) || TerminalText.isBidiControl(scalar): out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
