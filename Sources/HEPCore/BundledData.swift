import Foundation

/// hep's bundled, read-only data: the exercise library, the example program, the schemas.
/// Found beside an installed binary (`PREFIX/share/hep`) or, when run from a checkout,
/// as the `data/` folder of the source tree the binary was built in.
public enum BundledData {
    public static let exampleProgram = "programs/example-knee.json"

    /// The bundled data folder, or nil when this hep was installed without it.
    public static func folder(executable: String = CommandLine.executablePath) -> String? {
        var dir = (executable as NSString).deletingLastPathComponent
        var candidates = [(dir as NSString).appendingPathComponent("../share/hep")]
        while dir.count > 1 {
            candidates.append((dir as NSString).appendingPathComponent("data"))
            dir = (dir as NSString).deletingLastPathComponent
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/" + exampleProgram) }
            .map { ($0 as NSString).standardizingPath }
    }
}

extension CommandLine {
    /// The running binary, symlinks resolved.
    public static var executablePath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? arguments[0]
    }
}
