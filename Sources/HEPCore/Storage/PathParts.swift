/// A path's folder and name, worked out by hand: Foundation's `NSString` path methods trap
/// on a one-letter relative name on Linux, and `--out r` or `validate v` must not crash hep.
public enum PathParts {
    /// The folder that holds `path`: "" for a name alone, "/" at the root.
    public static func folder(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(Substring(path))
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let parent = withoutTrailingSlashes(trimmed[..<slash])
        return parent.isEmpty ? "/" : String(parent)
    }

    /// The last part of `path`, without the slashes after it.
    public static func name(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(Substring(path))
        return String(trimmed.lastIndex(of: "/").map { trimmed[trimmed.index(after: $0)...] } ?? trimmed)
    }

    /// `name` inside `folder` ("" is the current folder).
    public static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    private static func withoutTrailingSlashes(_ path: Substring) -> Substring {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        return path
    }
}
