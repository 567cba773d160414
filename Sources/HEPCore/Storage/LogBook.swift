import Foundation

/// Records into the day logs of a data folder while holding its writer lock.
///
/// Every call writes the whole day log through `AtomicFile` before it returns, and the
/// in-memory copy changes only once the write succeeded: when a call returns, what it
/// recorded is on disk; when it throws, nothing changed.
public final class LogBook {
    public let lock: WriterLock
    private var folder: DataFolder { lock.folder }
    private var days: [LocalDate: DayLog] = [:]
    /// Each day log as last read or written, with any fields this hep does not know.
    private var documents: [LocalDate: JSONValue] = [:]
    /// Things the patient should be told, such as a corrupt log that was moved aside.
    public private(set) var notices: [String] = []
    private let clock: () -> Date

    public init(lock: WriterLock, clock: @escaping () -> Date = Date.init) {
        self.lock = lock
        self.clock = clock
    }

    /// The log of `date` as recorded so far (empty when nothing was).
    public func log(_ date: LocalDate) throws(StorageError) -> DayLog {
        if let cached = days[date] { return cached }
        let loaded = try load(date)
        days[date] = loaded
        return loaded
    }

    /// Records one change and writes the day log: the call the session screen makes after
    /// every set, answer and status.
    public func record(_ change: LogChange, on date: LocalDate) throws(StorageError) {
        var next = try log(date)
        guard next.apply(change) else {
            throw StorageError(.io, "cannot record in \(folder.logPath(date)): no such session or record")
        }
        let document = documents[date].map { Documents.document(next).keepingUnknownFields(of: $0) } ?? Documents.document(next)
        try Folders.ensure(folder.logFolder)
        try AtomicFile.write(Array(JSONWriter.pretty(document).utf8), to: folder.logPath(date), display: folder.logPath(date))
        days[date] = next
        documents[date] = document
    }

    /// Appends one exercise record to a session and returns its index there.
    @discardableResult
    public func appendRecord(_ record: ExerciseRecord, session: String, on date: LocalDate) throws(StorageError) -> Int {
        try self.record(.appendRecord(session: session, record), on: date)
        return days[date]!.sessions.first { $0.id == session }!.exercises.count - 1
    }

    /// Reads a day log. One that cannot be read as a log is never overwritten: it is moved
    /// aside as `NAME.corrupt-TIMESTAMP`, the patient is told, and a fresh log begins.
    private func load(_ date: LocalDate) throws(StorageError) -> DayLog {
        let path = folder.logPath(date)
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return DayLog(date: date) }
            throw StorageError(.io, "cannot read \(path): \(systemError())")
        }
        let problem: Problem
        do {
            let bytes = try FileReader.read(path, display: path)
            // Structure only: a log must stay writable even if the program changed since.
            let (log, document) = try Documents.readLog(bytes, display: path, fileDate: date)
            documents[date] = document
            return log
        } catch let error as Problem {
            guard info.st_mode & S_IFMT == S_IFREG else { throw StorageError(.io, error.description) }
            problem = error
        } catch let error as InvalidData {
            problem = error.problems[0]
        } catch {
            throw StorageError(.io, "cannot read \(path): \(error)")
        }
        let aside = try moveAside(path)
        notices.append("\(problem) -- the file was moved to \(aside) and a new day log was started")
        return DayLog(date: date)
    }

    private func moveAside(_ path: String) throws(StorageError) -> String {
        let stamp = Moment(clock()).fileStamp
        var target = "\(path).corrupt-\(stamp)"
        var n = 2
        while access(target, F_OK) == 0 {
            target = "\(path).corrupt-\(stamp)-\(n)"
            n += 1
        }
        guard rename(path, target) == 0 else {
            throw StorageError(.io, "cannot move the unreadable \(path) aside: \(systemError())")
        }
        AtomicFile.syncFolder(folder.logFolder)
        return target
    }
}
