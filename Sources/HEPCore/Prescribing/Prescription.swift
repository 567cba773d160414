import Foundation

/// A data folder's program, read to be changed. A change becomes a new version dated
/// `effective`, or joins the latest version when it has the same date: that version is
/// still unused, since a change can never be dated on or before a day with a session. So
/// no version is changed after a record was judged against it. The document is kept as
/// read: old versions, and fields this hep does not know, are written back byte for byte.
public struct Prescription: Sendable {
    public let program: Program
    let document: JSONValue
    public let path: String

    public var latest: ProgramVersion { program.versions[program.versions.count - 1] }

    public static func read(_ folder: DataFolder) throws(InvalidData) -> Prescription { try read(file: folder.programPath) }

    public static func read(file path: String) throws(InvalidData) -> Prescription {
        let bytes: [UInt8]
        do { bytes = try FileReader.read(path, display: path) } catch { throw InvalidData([error]) }
        return try read(bytes, display: path)
    }

    static func read(_ bytes: [UInt8], display: String) throws(InvalidData) -> Prescription {
        let read = Documents.read(bytes, display: display, expected: .program)
        guard read.problems.isEmpty, let document = read.value, case let .program(program?)? = read.model else {
            throw Documents.invalid(read.problems, display)
        }
        return Prescription(program: program, document: document, path: display)
    }

    /// A new program in `folder`, its first version empty, for `program add` to fill.
    public static func start(_ program: Program, in folder: DataFolder) -> Prescription {
        Prescription(program: program, document: program.json, path: folder.programPath)
    }

    /// The last day a session was recorded (a day log that cannot be read counts as one:
    /// what it holds is unknown, so nothing may be dated over it).
    public func lastSessionDay(in folder: DataFolder) -> LocalDate? {
        for date in folder.logDates().reversed() {
            guard let log = try? Documents.loadLog(folder.logPath(date), display: folder.logPath(date), program: nil, fileDate: date)
            else { return date }
            if !log.sessions.isEmpty { return date }
        }
        return nil
    }

    /// The date a change takes effect: `requested`, once checked; else today, or the day
    /// after a session already recorded today, or the latest version's date when that is
    /// later still (the change joins a version prepared for a day to come).
    public func effectiveDate(_ requested: LocalDate?, today: LocalDate, lastSession: LocalDate?) throws(PrescribeError) -> LocalDate {
        guard let requested else { return max(today, lastSession.map { $0.adding(days: 1) } ?? today, latest.effective) }
        try check(requested, lastSession: lastSession)
        return requested
    }

    /// A change may not take effect before the latest version, nor on or before a day with a
    /// recorded session (that day would be judged again by a dose it was not done under).
    public func check(_ effective: LocalDate, lastSession: LocalDate?) throws(PrescribeError) {
        if effective < latest.effective { throw .beforeLatest(effective, version: latest.version, effective: latest.effective) }
        if let lastSession, effective <= lastSession { throw .sessionRecorded(effective, on: lastSession) }
    }

    /// What a change did.
    public struct Landing: Sendable {
        public let version: ProgramVersion
        /// The version joined (same date, still unused) rather than added.
        public let joined: Bool
        /// What this change did to the latest version.
        public let changes: [ItemChange]
    }

    /// The program with `items` in force from `effective`; nil when that is what it holds
    /// already. `note` is the therapist's reason, added to a joined version's own, or in its
    /// place when `replacingNote` (the edit form shows the whole note).
    public func landing(_ items: [ProgramItem], effective: LocalDate, note: String?, replacingNote: Bool = false)
        -> (Prescription, Landing)? {
        let joined = effective == latest.effective
        var version: ProgramVersion
        if joined {
            version = latest
            version.items = items
            if replacingNote {
                version.note = note.flatMap { $0.isEmpty ? nil : $0 }
            } else if let note, !note.isEmpty, note != latest.note {
                version.note = [latest.note, note].compactMap { $0 }.joined(separator: "; ")
            }
            if version == latest { return nil }
        } else {
            if items == latest.items { return nil }
            version = ProgramVersion(version: latest.version + 1, effective: effective, note: note.flatMap { $0.isEmpty ? nil : $0 },
                                     items: items)
        }
        var changed = program
        changed.versions = Array(program.versions.prefix(version.version - 1)) + [version]
        let landing = Landing(version: version, joined: joined, changes: ItemChange.compare(latest, version, in: changed))
        return (Prescription(program: changed, document: document(with: version, joined: joined), path: path), landing)
    }

    /// The document with `version` as its last: items carried over keep their own JSON, and a
    /// changed item only the members that changed.
    private func document(with version: ProgramVersion, joined: Bool) -> JSONValue {
        let versions = document["versions"]?.items ?? []
        let latestJSON = versions.last ?? .object([])
        let oldItems = Dictionary(zip(latest.items.map(\.id), latestJSON["items"]?.items ?? []), uniquingKeysWith: { a, _ in a })
        let items: [JSONValue] = version.items.map { item in
            guard let before = latest.item(item.id), let json = oldItems[item.id] else { return item.json }
            return before == item ? json : json.patched(from: before.json, to: item.json)
        }
        var fresh = version.json
        if joined { fresh = latestJSON.patched(from: latest.json, to: version.json) }
        let newVersion = fresh.replacing("items", with: .array(items))
        return document.replacing("versions", with: .array(versions.prefix(version.version - 1) + [newVersion]))
    }

    /// Writes the program under the folder's writer lock, after checking it as `hep validate`
    /// would: nothing invalid is ever written, whatever went before.
    public func write(_ lock: WriterLock) throws {
        let bytes = JSONWriter.bytes(document)
        // Never a file hep could not read back, nor over one its owner made read-only.
        if bytes.count > FileReader.maxBytes { throw PrescribeError.tooLarge(path, bytes: bytes.count) }
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & 0o200 == 0 { throw PrescribeError.readOnly(path) }
        let read = Documents.read(bytes, display: path, expected: .program)
        guard read.problems.isEmpty else { throw Documents.invalid(read.problems, path) }
        try AtomicFile.write(bytes, to: path, display: path)
    }

    /// The program as a file to hand over: without the patient's `installed` date.
    public var exported: [UInt8] { JSONWriter.bytes(ProgramInstaller.withoutInstalled(document)) }
}

/// Why a change to a program was refused; nothing was written.
public enum PrescribeError: Error, Equatable, Sendable {
    case noSuchExercise(String)
    case itemExists(String, version: Int)
    case noSuchItem(String, version: Int, items: [String])
    case beforeLatest(LocalDate, version: Int, effective: LocalDate)
    case sessionRecorded(LocalDate, on: LocalDate)
    case programExists(String)
    /// Day logs with no program: they belong to another program.
    case logsWithoutProgram(String)
    case readOnly(String)
    case tooLarge(String, bytes: Int)

    public func description(in language: Language) -> String { language.program.error(self) }

    /// The refusal as a problem on a line of the edit form, for the two that a form can meet.
    var formProblem: ProblemMessage? {
        switch self {
        case let .beforeLatest(_, version, effective): return .effectiveBeforeLatest(version: version, effective: effective)
        case let .sessionRecorded(_, session): return .sessionRecordedOn(session)
        default: return nil
        }
    }
}

extension JSONValue {
    /// This object with the members where `from` and `to` differ taken from `to` (or removed
    /// when `to` has none), and members neither has kept as they are.
    func patched(from: JSONValue, to: JSONValue) -> JSONValue {
        guard case let .object(members) = self, case let .object(old) = from, case let .object(new) = to else { return to }
        let before = Dictionary(old.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        var out: [(key: String, value: JSONValue)] = members.compactMap { key, value in
            guard let target = after[key] else { return before[key] == nil ? (key, value) : nil }
            return before[key] == target ? (key, value) : (key, target)
        }
        for (key, value) in new where self[key] == nil { out.append((key, value)) }
        return .object(out)
    }

    /// This object with `key` set to `value`.
    func replacing(_ key: String, with value: JSONValue) -> JSONValue {
        guard case let .object(members) = self else { return self }
        return .object(members.contains { $0.key == key } ? members.map { $0.key == key ? (key, value) : $0 } : members + [(key, value)])
    }
}
