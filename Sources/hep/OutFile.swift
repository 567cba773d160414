import ArgumentParser
import Foundation
import HEPCore

/// A file the user asks hep to write (`--out`, `program export`): a new file or a regular
/// one its owner may write, never inside a data folder (this one, or any folder holding a
/// `program.json`), never a link, a folder, a device or a pipe, which a rename would
/// silently replace. Refused with one line and exit 73 before anything is written.
enum OutFile {
    static func check(_ out: String, data folder: DataFolder) throws {
        let refuse = { (message: String) -> ExitCode in
            printError(message)
            return ExitCode(Failure.wouldReplace)
        }
        guard !out.isEmpty else { throw refuse(say.outEmpty) }
        var info = stat()
        if lstat(out, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: if info.st_mode & 0o200 == 0 { throw refuse(say.outReadOnly(out)) }
            case S_IFDIR: throw refuse(say.outIsFolder(out))
            case S_IFLNK: throw refuse(say.outIsLink(out))
            default: throw refuse(say.outNotRegular(out))
            }
        }
        if isInside(out, folder.path) { throw refuse(say.outInsideData(out, folder: folder.path)) }
        if let other = dataFolder(holding: out) { throw refuse(say.outInsideData(out, folder: other)) }
    }

    /// The data folder `path` would be written into: its folder when that holds a program or
    /// a `log` folder, or the folder above a `log` or `exercises` folder (whatever that holds:
    /// a patient's logs are theirs before any program is installed).
    private static func dataFolder(holding path: String) -> String? {
        let parent = PathParts.folder(path).isEmpty ? "." : PathParts.folder(path)
        if ["log", "exercises"].contains(PathParts.name(parent)) {
            return PathParts.folder(parent).isEmpty ? "." : PathParts.folder(parent)
        }
        var info = stat()
        let holds = { (name: String) in lstat(parent + "/" + name, &info) == 0 }
        return holds("program.json") || holds("log") ? parent : nil
    }
}
