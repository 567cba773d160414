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

    /// Writes the program read from `source` as the folder's `program.json`. An existing,
    /// different program is replaced only with `force`, and then kept beside it.
    public static func install(from source: String, display: String, into lock: WriterLock, force: Bool,
                               now: Date = Date()) throws -> Outcome {
        let folder = lock.folder
        let bytes = try FileReader.read(source, display: display)
        let _: Program = try Documents.decode(bytes, display: display, kind: .program)
        // Re-written in the contract's form; fields this hep does not know are kept.
        let text = Array(JSONWriter.pretty(try JSONParser.parse(bytes)).utf8)
        let target = folder.programPath

        var info = stat()
        guard lstat(target, &info) == 0 else {
            try AtomicFile.write(text, to: target, display: target)
            return .installed
        }
        if let old = try? FileReader.read(target, display: target), old == text { return .unchanged }
        guard force else {
            throw StorageError(.io, "\(target) already holds a program; use --force to replace it (the old one is kept beside it)")
        }
        let stamp = Moment(now).fileStamp
        let kept = "\(target).replaced-\(stamp)"
        try AtomicFile.write(text, to: target, display: target, keepOldAs: kept)
        return .replaced(keptAs: kept)
    }
}
