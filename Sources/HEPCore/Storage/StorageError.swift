/// A write or a folder operation that did not happen, in words a patient can act on.
public struct StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// Another hep holds the writer lock.
        case locked
        /// The write would replace something that must be kept (a different program).
        case exists
        /// The data folder is not the patient's alone: owned by another user, or writable by others.
        case notPrivate
        /// A read or a write failed.
        case io
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind = .io, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
