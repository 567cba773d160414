import Foundation

/// Reads what a report needs from a data folder: the program and the day logs of a range.
/// A day log that cannot be read is named among the problems and the rest is still used.
public enum ReportLoader {
    public static func load(_ folder: DataFolder, from: LocalDate, to: LocalDate) throws(InvalidData)
        -> (program: Program, logs: [LocalDate: DayLog], problems: [String]) {
        let program = try Documents.loadProgram(folder.programPath, display: folder.programPath)
        var logs: [LocalDate: DayLog] = [:]
        var problems: [String] = []
        let names = Folders.entries(folder.logFolder)
        for name in names {
            let stem = name.prefix(10)
            guard let date = LocalDate(String(stem)), date >= from, date <= to else { continue }
            let path = folder.logPath(date)
            if name == "\(date).json" {
                do {
                    let bytes = try FileReader.read(path, display: path)
                    logs[date] = try Documents.decode(bytes, display: path, kind: .log, fileDate: date)
                } catch let problem as Problem {
                    problems.append("\(problem); that day is left out")
                } catch let invalid as InvalidData {
                    problems.append("\(invalid.problems[0]); that day is left out")
                } catch {
                    problems.append("\(path): \(error); that day is left out")
                }
            } else if name.hasPrefix("\(date).json.corrupt-") {
                problems.append("\(folder.logFolder)/\(name): a log of \(date) that hep could not read and set aside")
            }
        }
        return (program, logs, problems)
    }
}
