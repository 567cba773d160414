import Foundation

/// Records into the day logs of a data folder while holding its writer lock.
///
/// Every call writes the whole day log through `AtomicFile` before it returns, and the
/// in-memory copy changes only once the write succeeded: when a call returns, what it
/// recorded is on disk; when it throws, nothing changed.
public final class LogBook {
    public let lock: WriterLock
    private var folder: DataFolder { lock.folder }
    private var files: [LocalDate: DayLogFile] = [:]
    /// Things the patient should be told, such as a day log kept for a problem.
    public private(set) var notices: [LogNotice] = []
    private let clock: () -> Date

    public init(lock: WriterLock, clock: @escaping () -> Date = Date.init) {
        self.lock = lock
        self.clock = clock
    }

    /// The log of `date` as recorded so far (empty when nothing was).
    public func log(_ date: LocalDate) throws(StorageError) -> DayLog {
        try file(date).log
    }

    /// Whether the morning answers of `date`'s log break a rule and are kept as they are:
    /// the morning question is not asked again over them.
    public func keepsMorningAnswers(on date: LocalDate) throws(StorageError) -> Bool {
        try file(date).keptMorning
    }

    private func file(_ date: LocalDate) throws(StorageError) -> DayLogFile {
        if let cached = files[date] { return cached }
        let loaded = try load(date)
        files[date] = loaded
        return loaded
    }

    /// Records one change and writes the day log: the call the session screen makes after
    /// every set, answer and status.
    public func record(_ change: LogChange, on date: LocalDate) throws(StorageError) {
        var file = try self.file(date)
        var next = file.log
        guard next.apply(change) else {
            throw StorageError(.io, .noSuchRecord(folder.logPath(date)))
        }
        let document = file.written(next)
        try Folders.ensure(folder.logFolder)
        try AtomicFile.write(JSONWriter.bytes(document), to: folder.logPath(date), display: folder.logPath(date))
        file.log = next
        file.document = document
        files[date] = file
    }

    /// Appends one exercise record to a session and returns its index there.
    @discardableResult
    public func appendRecord(_ record: ExerciseRecord, session: String, on date: LocalDate) throws(StorageError) -> Int {
        try self.record(.appendRecord(session: session, record), on: date)
        return files[date]!.log.sessions.first { $0.id == session }!.exercises.count - 1
    }

    /// Reads a day log. One that breaks a rule is kept and recorded into (see `DayLogFile`),
    /// and the patient is told. One that is not a day log at all is never overwritten: it
    /// is moved aside as `NAME.corrupt-TIMESTAMP`, the patient is told, and a fresh log begins.
    private func load(_ date: LocalDate) throws(StorageError) -> DayLogFile {
        let path = folder.logPath(date)
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return DayLogFile(empty: date) }
            throw StorageError(.io, .cannotRead(path, system: systemError()))
        }
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, display: path)
        } catch {
            guard info.st_mode & S_IFMT == S_IFREG else { throw StorageError(.io, .unreadable([error])) }
            return try setAside(path, date, error)
        }
        // Structure only: a log must stay writable even if the program changed since.
        let (_, value, model, problems) = Documents.read(bytes, display: path, expected: .log, fileDate: date)
        guard let value, case let .log(reading)? = model, let file = DayLogFile(value, reading: reading, problems: problems) else {
            return try setAside(path, date, problems[0])
        }
        if let first = problems.first { notices.append(.kept(date, first, more: problems.count - 1)) }
        return file
    }

    private func setAside(_ path: String, _ date: LocalDate, _ problem: Problem) throws(StorageError) -> DayLogFile {
        let aside = try moveAside(path)
        notices.append(.setAside(date, aside: aside, problem))
        return DayLogFile(empty: date)
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
            throw StorageError(.io, .cannotMoveAside(path, system: systemError()))
        }
        AtomicFile.syncFolder(folder.logFolder)
        return target
    }
}

/// What the log book did with a day log it could not take as it was.
public enum LogNotice: Equatable, Sendable, CustomStringConvertible {
    /// It breaks a rule: kept, and recorded into.
    case kept(LocalDate, Problem, more: Int)
    /// It is not a day log at all: moved aside, and a new log begun.
    case setAside(LocalDate, aside: String, Problem)

    public var description: String { English().log(self) }
}
