import Foundation

/// Whether `path` is `folder` or lies below it, once both are absolute with links resolved.
/// `path` need not exist yet (a file about to be written): its folder is resolved.
func isInside(_ path: String, _ folder: String) -> Bool {
    let resolve = { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
    let url = URL(fileURLWithPath: path).standardizedFileURL
    let p = resolve(url.deletingLastPathComponent().path) + "/" + url.lastPathComponent
    let f = resolve(folder)
    return p == f || p.hasPrefix(f + "/") || resolve(path) == f
}
