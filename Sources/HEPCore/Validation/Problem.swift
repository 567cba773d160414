/// One thing wrong with one file, printed as one line:
/// `FILE: $.versions[0].items[2].sets: must be a whole number from 1 to 20 (got 25)`,
/// or `FILE:LINE:COLUMN: message` for a syntax error.
public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Place: Equatable, Sendable {
        case file
        case path(String)
        case position(line: Int, column: Int)
    }

    public var file: String
    public var place: Place
    public var message: String

    public init(file: String, place: Place, message: String) {
        self.file = file
        self.place = place
        self.message = message
    }

    /// One line, safe for a terminal whatever the file's name or content held.
    public var description: String {
        let text: String
        switch place {
        case .file: text = "\(file): \(message)"
        case let .path(path): text = "\(file): \(path): \(message)"
        case let .position(line, column): text = "\(file):\(line):\(column): \(message)"
        }
        return TerminalText.safe(text)
    }
}

/// A file hep refused, with everything wrong in it.
public struct InvalidData: Error, Sendable, CustomStringConvertible {
    public var problems: [Problem]

    public init(_ problems: [Problem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
