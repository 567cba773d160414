import Foundation

/// Installs a program into a data folder, after checking it like `hep validate` does.
public enum ProgramInstaller {
    public enum Outcome: Equatable, Sendable {
        case installed
        /// The folder already held exactly this program.
        case unchanged
        /// The old program was replaced and kept under this path.
        case replaced(keptAs: String)
    }

    /// A program read from a file and checked, in the contract's form (fields this hep does
    /// not know are kept), ready to install. Read it before taking the lock, so a bad file
    /// changes nothing, not even the data folder.
    public struct Checked: Sendable {
        public let program: Program
        /// The program as read, without an `installed` date: what "the same program" means.
        let document: JSONValue
        var text: [UInt8] { JSONWriter.bytes(document) }

        /// A program already read and checked (`program import` has read it).
        public init(_ read: Prescription) {
            program = read.program
            document = withoutInstalled(read.document)
        }
    }

    public static func check(_ source: String) throws(InvalidData) -> Checked { Checked(try Prescription.read(file: source)) }

    /// A program's document without its `installed` date.
    static func withoutInstalled(_ document: JSONValue) -> JSONValue {
        guard case let .object(fields) = document else { return document }
        return .object(fields.filter { $0.key != "installed" })
    }

    /// The text to write: the program with the day the patient got it.
    static func installedText(_ checked: Checked, on date: LocalDate) -> [UInt8] {
        guard case let .object(fields) = checked.document else { return checked.text }
        return JSONWriter.bytes(.object(fields + [("installed", .string("\(date)"))]))
    }

    /// Whether the file at `path` holds the same program, whatever its `installed` date.
    static func holdsSame(_ checked: Checked, at path: String) -> Bool {
        guard let old = try? FileReader.read(path, display: path), let document = try? JSONParser.parse(old) else { return false }
        return JSONWriter.bytes(withoutInstalled(document)) == JSONWriter.bytes(checked.document)
    }

    /// Refuses, before anything is written (not even the lock), to put `checked` over a
    /// different program without `force`. `install` checks again under the lock.
    public static func refuseReplacing(_ checked: Checked, in folder: DataFolder, force: Bool) throws(StorageError) {
        let target = folder.programPath
        var info = stat()
        guard !force, lstat(target, &info) == 0, !holdsSame(checked, at: target) else { return }
        throw StorageError(.exists, .programExists(target))
    }

    /// Writes a checked program as the folder's `program.json`, dated `installed` today. An
    /// existing, different program is replaced only with `force`, and then kept beside it;
    /// the same program again changes nothing.
    public static func install(_ checked: Checked, into lock: WriterLock, force: Bool, now: Date = Date()) throws(StorageError) -> Outcome {
        let text = installedText(checked, on: LocalDate(now))
        let target = lock.folder.programPath

        var info = stat()
        guard lstat(target, &info) == 0 else {
            try AtomicFile.write(text, to: target, display: target)
            return .installed
        }
        if holdsSame(checked, at: target) { return .unchanged }
        try refuseReplacing(checked, in: lock.folder, force: force)
        // Two replacements within a second get names of their own.
        let stamp = Moment(now).fileStamp
        var kept = "\(target).replaced-\(stamp)"
        var n = 2
        while lstat(kept, &info) == 0 {
            kept = "\(target).replaced-\(stamp)-\(n)"
            n += 1
        }
        try AtomicFile.write(text, to: target, display: target, keepOldAs: kept)
        return .replaced(keptAs: kept)
    }
}
