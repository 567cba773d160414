/// A write or a folder operation that did not happen, in words a patient can act on.
public struct StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable { case locked, io }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind = .io, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
