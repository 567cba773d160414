import Foundation

/// `hep validate`: checks files and folders and collects every problem found.
public enum Validation {
    public struct Outcome: Sendable {
        public var filesChecked = 0
        public var invalidFiles = 0
        public var problems: [Problem] = []
    }

    /// Checks a data folder: its program, then every day log against it.
    public static func check(folder: DataFolder) -> Outcome {
        var outcome = Outcome()
        let program = checkFile(folder.programPath, expected: .program, into: &outcome)
        for date in folder.logDates() {
            let path = folder.logPath(date)
            _ = checkFile(path, expected: .log, program: program, fileDate: date, into: &outcome)
        }
        return outcome
    }

    /// Checks the given files, and every `.json` file below the given folders. A day log
    /// named `log/YYYY-MM-DD.json` beside a valid `program.json` is checked against it.
    public static func check(paths: [String]) -> Outcome {
        var outcome = Outcome()
        var exerciseIDs: [String: String] = [:]
        var programs: [String: Program?] = [:]
        for path in paths.flatMap(expand) {
            let program = programBeside(path, cache: &programs)
            let name = PathParts.name(path)
            let date = name.hasSuffix(".json") ? LocalDate(String(name.dropLast(5))) : nil
            let bytes: [UInt8]
            do {
                bytes = try FileReader.read(path, display: path)
            } catch {
                record([error], into: &outcome)
                continue
            }
            var (kind, value, problems) = Documents.check(bytes, display: path, program: program, fileDate: date)
            if kind == .exercise, problems.isEmpty, case let .string(id)? = value?["id"] {
                if let other = exerciseIDs[id] {
                    problems.append(Problem(file: path, place: .path("$.id"), .exerciseIDUsed(by: other),
                                            got: JSONWriter.compact(.string(id))))
                } else {
                    exerciseIDs[id] = path
                }
            }
            record(problems, into: &outcome)
        }
        return outcome
    }

    private static func checkFile(_ path: String, expected: DocumentKind, program: Program? = nil,
                                  fileDate: LocalDate? = nil, into outcome: inout Outcome) -> Program? {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, display: path)
        } catch {
            record([error], into: &outcome)
            return nil
        }
        guard expected == .program else {
            record(Documents.check(bytes, display: path, expected: expected, program: program, fileDate: fileDate).problems,
                   into: &outcome)
            return nil
        }
        do {
            let program = try Documents.decodeProgram(bytes, display: path)
            record([], into: &outcome)
            return program
        } catch {
            record(error.problems, into: &outcome)
            return nil
        }
    }

    private static func record(_ problems: [Problem], into outcome: inout Outcome) {
        outcome.filesChecked += 1
        if !problems.isEmpty { outcome.invalidFiles += 1 }
        outcome.problems += problems
    }

    /// A folder becomes the `.json` files below it (symlinked folders are not followed, so a
    /// link loop cannot trap the walk); anything else stays as given.
    private static func expand(_ path: String) -> [String] {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return [path] }
        return Folders.entries(path).flatMap { name -> [String] in
            let child = path.hasSuffix("/") ? path + name : path + "/" + name
            var childInfo = stat()
            guard !name.hasPrefix("."), lstat(child, &childInfo) == 0 else { return [] }
            if childInfo.st_mode & S_IFMT == S_IFDIR { return expand(child) }
            return name.hasSuffix(".json") ? [child] : []
        }
    }

    /// The valid program of the data folder a day log sits in, if there is one.
    private static func programBeside(_ path: String, cache: inout [String: Program?]) -> Program? {
        let logFolder = PathParts.folder(path)
        guard PathParts.name(logFolder) == "log" else { return nil }
        let programPath = PathParts.join(PathParts.folder(logFolder), "program.json")
        if let cached = cache[programPath] { return cached }
        let program = try? Documents.loadProgram(programPath, display: programPath)
        cache[programPath] = program
        return program
    }
}
