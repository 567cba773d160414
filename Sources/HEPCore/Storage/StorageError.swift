/// A write or a folder operation that did not happen, kept as what happened: the words are
/// chosen when it is told, in the person's language (`CommonWords.storage`).
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

    /// What did not happen, with the paths it concerns and the system's own reason.
    public enum Reason: Equatable, Sendable {
        case notAFolder(String)
        case cannotCreateFolder(String, system: String)
        /// A file could not be written; `previousKept` when an older version of it is still there.
        case cannotWrite(String, system: String, previousKept: Bool)
        case cannotKeepOldVersion(String, system: String, previousKept: Bool)
        case cannotRead(String, system: String)
        case unreadable([Problem])
        case cannotMoveAside(String, system: String)
        case noSuchRecord(String)
        case programExists(String)
        case notPrivate(Privacy)
        case cannotOpenLock(folder: String, lock: String, system: String)
        case locked(folder: String, pid: Int32?, lock: String)
        case cannotLock(String, system: String)
        case nothingBeforeAProgram
        case exampleMissing(beside: String)
    }

    public var kind: Kind
    public var reason: Reason

    public init(_ kind: Kind = .io, _ reason: Reason) {
        self.kind = kind
        self.reason = reason
    }

    /// In English, for logs and tests; people are told `description(in:)`.
    public var description: String { description(in: .en) }

    public func description(in language: Language) -> String { language.common.storage(reason) }
}

/// Why a data folder is not the patient's alone.
public enum Privacy: Equatable, Sendable {
    case ownedByAnother(path: String, owner: String, user: String)
    case writableByOthers(path: String, mode: String)
}
