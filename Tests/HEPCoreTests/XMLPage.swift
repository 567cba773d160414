import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A page read back with `XMLParser`: each element with its attributes, all the text
/// inside it and its parent, in document order.
struct Page {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text: String
        /// Its index in `elements`, and that of the element it is in.
        var index: Int
        var parent: Int?
    }

    var elements: [Element]

    init(_ html: String) throws {
        let reader = Reader()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = reader
        guard parser.parse() else { throw ParseError(message: "\(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)") }
        elements = reader.done.sorted { $0.order < $1.order }.map(\.element)
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    func first(_ name: String, class: String? = nil) -> Element? {
        elements.first { $0.name == name && (`class` == nil || $0.attributes["class"] == `class`) }
    }

    /// The elements named `name` whose class list holds `class`, among those inside `within`
    /// when it is given (an element found with `all` or `first`).
    func all(_ name: String, class: String, within: Element? = nil) -> [Element] {
        elements.indices.filter { i in
            elements[i].name == name && (elements[i].attributes["class"] ?? "").split(separator: " ").contains(Substring(`class`))
                && (within.map { inside(i, $0) } ?? true)
        }.map { elements[$0] }
    }

    /// The elements inside `outer` (at any depth) whose attribute `key` is `value`.
    func all(inside outer: Element, _ key: String, _ value: String) -> [Element] {
        elements.indices.filter { elements[$0].attributes[key] == value && inside($0, outer) }.map { elements[$0] }
    }

    private func inside(_ index: Int, _ outer: Element) -> Bool {
        var at = elements[index].parent
        while let i = at, i != outer.index { at = elements[i].parent }
        return at != nil
    }

    struct ParseError: Error {
        var message: String
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var open: [(order: Int, element: Element)] = []
        var done: [(order: Int, element: Element)] = []
        var count = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            open.append((count, Element(name: name, attributes: attributes, text: "", index: count, parent: open.last?.order)))
            count += 1
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            for i in open.indices { open[i].element.text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            done.append(open.removeLast())
        }
    }
}
