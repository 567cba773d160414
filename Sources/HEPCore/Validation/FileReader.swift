import Foundation

/// Reads a whole file for validation, refusing what no hep file can be: a folder, a device,
/// a symlink loop, or something far larger than any program or day log.
public enum FileReader {
    /// A year of daily sessions fits in a few hundred kilobytes; beyond this a file is not hep's.
    public static let maxBytes = 16 << 20

    public static func read(_ path: String, display: String) throws(Problem) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw Problem(file: display, place: .file, .cannotOpen(errno: errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Problem(file: display, place: .file, .cannotRead(errno: errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Problem(file: display, place: .file, .isFolder)
        default: throw Problem(file: display, place: .file, .notRegularFile)
        }
        guard info.st_size <= maxBytes else {
            throw Problem(file: display, place: .file, .tooLarge(bytes: Int(info.st_size), limitMiB: maxBytes >> 20))
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw Problem(file: display, place: .file, .cannotRead(errno: errno)) }
            if n == 0 { break }
            done += n
        }
        return Array(bytes[..<done])
    }
}

/// The current `errno` in words.
func systemError(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
}
