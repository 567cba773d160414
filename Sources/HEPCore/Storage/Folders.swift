import Foundation

/// Creates folders as hep wants them: private to the patient (0700).
public enum Folders {
    /// Creates `path` and any missing parent, each 0700; existing folders are left as they are.
    public static func ensure(_ path: String) throws(StorageError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw StorageError(.io, "cannot use \(path): it is not a folder") }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path { try ensure(parent) }
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
            throw StorageError(.io, "cannot create the folder \(path): \(systemError())")
        }
        chmod(path, 0o700)
        AtomicFile.syncFolder(parent.isEmpty ? "." : parent)
    }

    /// Names of the entries of a folder, sorted; empty when it does not exist.
    public static func entries(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }
}
