import Foundation

/// Reads what a report needs from a data folder: the program and the day logs of a range.
/// A day log that cannot be read is named among the problems and the rest is still used.
public enum ReportLoader {
    /// What a report is built from.
    public struct Loaded: Sendable {
        public var program: Program
        public var logs: [LocalDate: DayLog]
        /// Days whose log could not be read, or was set aside as corrupt: unknown, not missed.
        public var unreadable: Set<LocalDate>
        public var problems: [Report.DataProblem]

        /// The report of `from`...`to` as seen on `today`.
        public func report(from: LocalDate, to: LocalDate, today: LocalDate) -> Report {
            ReportBuilder.build(program: program, from: from, to: to, today: today, logs: logs, unreadable: unreadable,
                                problems: problems)
        }
    }

    public static func load(_ folder: DataFolder, from: LocalDate, to: LocalDate) throws(InvalidData) -> Loaded {
        let program = try Documents.loadProgram(folder.programPath, display: folder.programPath)
        var logs: [LocalDate: DayLog] = [:]
        var problems: [Report.DataProblem] = []
        var unreadable: Set<LocalDate> = []
        var found: [(date: LocalDate, path: String)] = []
        for name in Folders.entries(folder.logFolder) {
            guard let date = LocalDate(String(name.prefix(10))), date >= from, date <= to else { continue }
            if name == "\(date).json" {
                found.append((date, folder.logPath(date)))
            } else if name.hasPrefix("\(date).json.corrupt-") {
                unreadable.insert(date)
                problems.append(.setAside(file: "\(folder.logFolder)/\(name)", date: date))
            }
        }
        // Files are read and checked on every core; each writes only its own slot.
        let files = found
        var results = [Result<DayLog, InvalidData>?](repeating: nil, count: files.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: files.count) { i in
                let (date, path) = files[i]
                slots[i] = Result { () throws(InvalidData) in try Documents.loadLog(path, display: path, program: nil, fileDate: date) }
            }
        }
        for (file, result) in zip(files, results) {
            switch result! {
            case let .success(log): logs[file.date] = log
            case let .failure(invalid):
                unreadable.insert(file.date)
                problems.append(.unreadable(invalid.problems[0], date: file.date))
            }
        }
        return Loaded(program: program, logs: logs, unreadable: unreadable, problems: problems)
    }
}
