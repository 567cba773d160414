/// One thing wrong with one file, printed as one line:
/// `FILE: $.versions[0].items[2].sets: must be a whole number from 1 to 20 (got 25)`,
/// or `FILE:LINE:COLUMN: message` for a syntax error.
public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Place: Equatable, Sendable {
        case file
        case path(String)
        case position(line: Int, column: Int)
        /// A line of a text form (`hep program edit`), and the part of it at fault.
        case line(Int, part: String)
    }

    public var file: String
    public var place: Place
    public var what: ProblemMessage
    /// The offending value as `JSONWriter.compact` writes it, when a value is at fault.
    public var got: String?

    public init(file: String, place: Place, _ what: ProblemMessage, got: String? = nil) {
        self.file = file
        self.place = place
        self.what = what
        self.got = got
    }

    /// The message in English, without the file and place.
    public var message: String { English().message(what, got: got) }

    public var description: String { description(in: .en) }

    /// One line, safe for a terminal whatever the file's name or content held.
    public func description(in language: Language) -> String {
        let message = language.problems.message(what, got: got)
        let text: String
        switch place {
        case .file: text = "\(file): \(message)"
        case let .path(path): text = "\(file): \(path): \(message)"
        case let .position(line, column): text = "\(file):\(line):\(column): \(message)"
        case let .line(line, part): text = "\(file):\(line): \(part): \(message)"
        }
        return TerminalText.safe(text)
    }
}

/// A file hep refused, with everything wrong in it.
public struct InvalidData: Error, Sendable, CustomStringConvertible {
    public var problems: [Problem]

    public init(_ problems: [Problem]) { self.problems = problems }

    public var description: String { description(in: .en) }

    public func description(in language: Language) -> String {
        problems.map { $0.description(in: language) }.joined(separator: "\n")
    }
}
