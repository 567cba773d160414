import Foundation

/// The data folder's writer lock. Only one hep records into a folder at a time; readers
/// (`today`, `validate`, reports) never take it. The kernel releases it when the holder
/// exits, however it exits, so a killed hep never leaves the folder locked.
public final class WriterLock {
    public let folder: DataFolder
    private let fd: Int32

    private init(folder: DataFolder, fd: Int32) {
        self.folder = folder
        self.fd = fd
    }

    deinit { close(fd) }

    /// Takes the lock, creating the folder if needed, and clears the temporary files a
    /// killed writer may have left. Refuses at once when another hep holds it.
    public static func acquire(_ folder: DataFolder) throws(StorageError) -> WriterLock {
        try Folders.ensure(folder.path)
        // Nothing is recorded where others could change it, or where the owner could not.
        if let problem = Folders.privacyProblem(of: folder) { throw StorageError(.notPrivate, .notPrivate(problem)) }
        let fd = open(folder.lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            throw StorageError(.io, .cannotOpenLock(folder: folder.path, lock: folder.lockPath, system: systemError()))
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            let holder = readPID(fd)
            close(fd)
            if code == EWOULDBLOCK {
                throw StorageError(.locked, .locked(folder: folder.path, pid: holder, lock: folder.lockPath))
            }
            throw StorageError(.io, .cannotLock(folder.lockPath, system: systemError(code)))
        }
        fchmod(fd, 0o600)
        let pid = Array("\(getpid())\n".utf8)
        ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        let lock = WriterLock(folder: folder, fd: fd)
        lock.removeLeftoverTemporaries()
        return lock
    }

    private static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return nil }
        return Int32(String(decoding: buffer[..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private func removeLeftoverTemporaries() {
        for folder in [folder.path, folder.logFolder] {
            for name in Folders.entries(folder) where name.hasPrefix(".") && name.contains(AtomicFile.temporaryMarker) {
                unlink(folder + "/" + name)
            }
        }
    }
}
