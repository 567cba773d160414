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
        let text: [UInt8]
    }

    public static func check(_ source: String, display: String) throws -> Checked {
        let bytes = try FileReader.read(source, display: display)
        let program: Program = try Documents.decode(bytes, display: display, kind: .program)
        return Checked(program: program, text: Array(JSONWriter.pretty(try JSONParser.parse(bytes)).utf8))
    }

    /// Refuses, before anything is written (not even the lock), to put `checked` over a
    /// different program without `force`. `install` checks again under the lock.
    public static func refuseReplacing(_ checked: Checked, in folder: DataFolder, force: Bool) throws(StorageError) {
        let target = folder.programPath
        var info = stat()
        guard !force, lstat(target, &info) == 0 else { return }
        if let old = try? FileReader.read(target, display: target), old == checked.text { return }
        throw StorageError(.exists, "\(target) already holds a program; use --force to replace it (the old one is kept beside it)")
    }

    /// Writes a checked program as the folder's `program.json`. An existing, different
    /// program is replaced only with `force`, and then kept beside it.
    public static func install(_ checked: Checked, into lock: WriterLock, force: Bool, now: Date = Date()) throws -> Outcome {
        let text = checked.text
        let target = lock.folder.programPath

        var info = stat()
        guard lstat(target, &info) == 0 else {
            try AtomicFile.write(text, to: target, display: target)
            return .installed
        }
        if let old = try? FileReader.read(target, display: target), old == text { return .unchanged }
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
