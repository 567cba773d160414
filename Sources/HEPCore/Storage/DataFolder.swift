import Foundation

/// The patient's data folder: `program.json` and `log/YYYY-MM-DD.json`.
/// It is `--data DIR`, else `$HEP_DATA`, else `$XDG_DATA_HOME/hep`, else `~/.local/share/hep`.
public struct DataFolder: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> DataFolder {
        if let option, !option.isEmpty { return DataFolder(path: option) }
        if let data = environment["HEP_DATA"], !data.isEmpty { return DataFolder(path: data) }
        // A relative XDG_DATA_HOME is ignored, as the XDG specification says.
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return DataFolder(path: xdg + "/hep") }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return DataFolder(path: home + "/.local/share/hep")
    }

    public var programPath: String { path + "/program.json" }
    public var logFolder: String { path + "/log" }
    public var lockPath: String { path + "/.lock" }
    /// A clinic's own exercises, beside the bundled library.
    public var exerciseFolder: String { path + "/exercises" }

    public func logPath(_ date: LocalDate) -> String { logFolder + "/\(date).json" }

    /// The dates of the day logs present, oldest first. Files whose names are not dates
    /// (a log moved aside as corrupt, an editor's backup) are not day logs.
    public func logDates() -> [LocalDate] {
        Folders.entries(logFolder).compactMap { name in
            name.hasSuffix(".json") ? LocalDate(String(name.dropLast(5))) : nil
        }
    }
}
