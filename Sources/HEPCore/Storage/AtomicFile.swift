import Foundation

/// The one place hep writes a file. A write either replaces the whole file or changes
/// nothing: the new text goes to a temporary file in the same folder, is flushed to the
/// disk, renamed over the old file, and the folder is flushed so the rename itself
/// survives a power cut. Files are created 0600.
public enum AtomicFile {
    /// Marks the temporary files of a write in progress; a writer that holds the data
    /// folder's lock removes any left by a writer that was killed.
    static let temporaryMarker = ".tmp-"

    /// Writes `bytes` to `path`. When `keepOldAs` is given and `path` exists, the old file
    /// stays reachable under that name (a hard link, made before the rename).
    public static func write(_ bytes: [UInt8], to path: String, display: String, keepOldAs: String? = nil) throws(StorageError) {
        ignoreFileSizeSignal
        let folder = PathParts.folder(path)
        let temporary = PathParts.join(folder, "." + PathParts.name(path) + temporaryMarker + String(getpid()))
        let fail = { (keepingOld: Bool, code: Int32) -> StorageError in
            unlink(temporary)
            let kept = access(path, F_OK) == 0
            return StorageError(.io, keepingOld ? .cannotKeepOldVersion(display, system: systemError(code), previousKept: kept)
                                                : .cannotWrite(display, system: systemError(code), previousKept: kept))
        }

        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw fail(false, errno) }
        fchmod(fd, 0o600)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                let code = n < 0 ? errno : ENOSPC
                close(fd)
                throw fail(false, code)
            }
            done += n
        }
        guard fsync(fd) == 0 else {
            let code = errno
            close(fd)
            throw fail(false, code)
        }
        guard close(fd) == 0 else { throw fail(false, errno) }
        if let keepOldAs, link(path, keepOldAs) != 0, errno != ENOENT {
            throw fail(true, errno)
        }
        guard rename(temporary, path) == 0 else { throw fail(false, errno) }
        syncFolder(folder.isEmpty ? "." : folder)
    }

    /// Flushes a folder's entries (a rename, a new file) to the disk.
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Past a file-size limit (`ulimit -f`) the kernel would kill hep with SIGXFSZ in the
    /// middle of a write; ignored, the write fails with EFBIG and is reported like a full disk.
    private static let ignoreFileSizeSignal: Void = {
        signal(SIGXFSZ, SIG_IGN)
    }()
}
