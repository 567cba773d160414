import Foundation
import HEPCore

/// Paths and process helpers shared by the test targets.
public enum Repo {
    /// The checkout these tests were built from.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    public static let data = root + "/data"
    public static let example = data + "/programs/example-knee.json"
    /// Where SwiftPM put the test binary, and with it `hep` and the probe.
    public static let products = (CommandLine.executablePath as NSString).deletingLastPathComponent
    public static let hep = products + "/hep"
    public static let probe = products + "/hep-append-probe"
}

public struct Run {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public var outLines: [String] { stdout.split(separator: "\n").map(String.init) }
    public var errLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

/// Runs a program to its end and returns what it printed; `input` is its standard input
/// (none: it reads the end of input at once), `folder` its working folder.
public func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:], input: String? = nil,
                in folder: String? = nil) throws -> Run {
    let process = Process()
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let stdin = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : stdin
    try process.run()
    if let input {
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
    }
    // Read both pipes while the child runs, so a chatty child never blocks on a full pipe.
    let errData = Box()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        errData.data = err.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
               stderr: String(decoding: errData.data, as: UTF8.self))
}

/// Hands the data read on another thread back; `group.wait()` orders the accesses.
private final class Box: @unchecked Sendable {
    var data = Data()
}

public func hep(_ arguments: String...) throws -> Run { try run(Repo.hep, arguments) }

/// A fresh folder under the system's temporary folder, removed by `remove()`.
public struct Scratch {
    public let path: String

    public init() {
        var template = Array(((NSTemporaryDirectory() as NSString).appendingPathComponent("hep-test-XXXXXX")).utf8CString)
        path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    }

    public func remove() { try? FileManager.default.removeItem(atPath: path) }

    public func write(_ name: String, _ text: String) -> String {
        let file = path + "/" + name
        try? FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
        return file
    }
}

/// Every file below `path` with its mode, modification time and a digest of its bytes:
/// equal snapshots mean nothing was written. The writer lock's file is left out: it holds
/// the pid of the last hep that took the lock, not data.
public func snapshot(_ path: String) -> [String: String] {
    var result: [String: String] = [:]
    guard let walker = FileManager.default.enumerator(atPath: path) else { return result }
    for case let name as String in walker where name != ".lock" {
        let full = path + "/" + name
        var info = stat()
        guard lstat(full, &info) == 0 else { continue }
        // FNV-1a: enough to tell whether bytes changed.
        let digest = (FileManager.default.contents(atPath: full) ?? Data())
            .reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        result[name] = "mode \(String(info.st_mode, radix: 8)) mtime \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) bytes \(info.st_size) fnv \(digest)"
    }
    return result
}

public func readText(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
}

/// A program file as `hep init` wrote it, less the `installed` date it adds: to compare
/// with the file that was installed.
public func programText(_ path: String) -> String? {
    readText(path)?.replacingOccurrences(of: #"\n  "installed": "[0-9]{4}-[0-9]{2}-[0-9]{2}","#, with: "", options: .regularExpression)
}

public func mode(_ path: String) -> mode_t {
    var info = stat()
    stat(path, &info)
    return info.st_mode & 0o777
}

/// A writer (the append probe) holding a data folder's lock until stopped.
public final class LockHolder {
    private let process = Process()
    public var pid: pid_t { process.processIdentifier }

    fileprivate init(_ folder: String) throws {
        process.executableURL = URL(fileURLWithPath: Repo.probe)
        process.arguments = [folder, "--hold"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let said = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        guard said == "holding\n" else {
            stop()
            throw LockError(message: "the probe did not take the lock: \(said)")
        }
    }

    public func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

struct LockError: Error {
    var message: String
}

/// Starts a writer that holds the lock of `folder`, as a patient's session would.
public func holdWriterLock(_ folder: String) throws -> LockHolder { try LockHolder(folder) }

/// Golden files and snapshots: what a test compares its output with.
public enum Golden {
    public static var recording: Bool { ProcessInfo.processInfo.environment["HEP_RECORD_SNAPSHOTS"] == "1" }

    /// What differs between `actual` and the file at `path`, row by row, or nil when they
    /// are the same. When recording, the file is written and the answer says so: a
    /// recording run fails, so it is never mistaken for a passing one.
    public static func difference(_ actual: String, _ path: String) -> String? {
        let name = (path as NSString).lastPathComponent
        if recording {
            _ = FileManager.default.createFile(atPath: path, contents: Data(actual.utf8))
            return "recorded \(name); review the diff, then run the tests again without HEP_RECORD_SNAPSHOTS"
        }
        guard let expected = readText(path) else {
            return "no \(name): run with HEP_RECORD_SNAPSHOTS=1 to record it"
        }
        guard expected != actual else { return nil }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let rows = (0..<max(want.count, got.count)).compactMap { i -> String? in
            let a = i < want.count ? String(want[i]) : "", b = i < got.count ? String(got[i]) : ""
            return a == b ? nil : "row \(i):\n  want |\(a)|\n  got  |\(b)|"
        }
        return "\(name) differs:\n" + rows.joined(separator: "\n")
    }
}
