import Foundation

/// Creates folders as hep wants them: private to the patient (0700).
public enum Folders {
    /// Creates `path` and any missing parent, each 0700; existing folders are left as they are.
    public static func ensure(_ path: String) throws(StorageError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw StorageError(.io, .notAFolder(path)) }
            return
        }
        let parent = PathParts.folder(path)
        if !parent.isEmpty && parent != path { try ensure(parent) }
        guard mkdir(path, 0o700) == 0 || errno == EEXIST else {
            throw StorageError(.io, .cannotCreateFolder(path, system: systemError()))
        }
        chmod(path, 0o700)
        AtomicFile.syncFolder(parent.isEmpty ? "." : parent)
    }

    /// Why a patient's data in `path` would not be theirs alone, in words that give the
    /// command to fix it (as ssh does for ~/.ssh): a folder someone else owns, or one that
    /// others may write in. Nil when the folder is private, or does not exist.
    public static func privacyProblem(_ path: String) -> Privacy? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
        if info.st_uid != geteuid() {
            let owner = getpwuid(info.st_uid).map { String(cString: $0.pointee.pw_name) } ?? "uid \(info.st_uid)"
            return .ownedByAnother(path: path, owner: owner, user: userName())
        }
        if info.st_mode & 0o022 != 0 {
            return .writableByOthers(path: path, mode: String(info.st_mode & 0o777, radix: 8))
        }
        return nil
    }

    /// The data folder and its log folder, checked as `privacyProblem` does.
    public static func privacyProblem(of folder: DataFolder) -> Privacy? {
        privacyProblem(folder.path) ?? privacyProblem(folder.logFolder)
    }

    private static func userName() -> String {
        getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) } ?? "\(geteuid())"
    }

    /// Names of the entries of a folder, sorted; empty when it does not exist.
    public static func entries(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }
}
