import ArgumentParser

/// `hep reprot`: a word where a command belongs that names none. Without this check the
/// word would reach the default command (the session screen), which would only say that
/// it takes no such argument.
enum UnknownCommand {
    /// The first word of `arguments` that stands where a command belongs and is not one.
    static func find(in arguments: [String], commands: [String]) -> String? {
        // The completion scripts call hep back with arguments of their own (`---completion`).
        if arguments.first?.hasPrefix("---") == true { return nil }
        var rest = arguments[...]
        while let word = rest.popFirst() {
            if word == "--" { return nil }
            // These take a value; every other option that can come first is a flag.
            if word == "--data" || word == "--generate-completion-script" { _ = rest.popFirst(); continue }
            if word.hasPrefix("-") { continue }
            return commands.contains(word) ? nil : word
        }
        return nil
    }

    /// The commands as a list with what each does, and the nearest to `word` if one is near.
    static func message(for word: String, commands: [(name: String, abstract: String)]) -> String {
        var lines = ["hep: unknown command '\(word)'" + (nearest(to: word, among: commands.map(\.name)).map { "; did you mean '\($0)'?" } ?? "")]
        lines.append("The commands are:")
        let width = commands.map(\.name.count).max() ?? 0
        for (name, abstract) in commands {
            lines.append("  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + abstract)
        }
        return lines.joined(separator: "\n")
    }

    /// The command within two edits of `word` (a swap of neighbours is one edit), if one is
    /// nearest; or the only command that `word` begins.
    static func nearest(to word: String, among names: [String]) -> String? {
        let scored = names.map { (name: $0, distance: editDistance(word.lowercased(), $0)) }.sorted { $0.distance < $1.distance }
        if let best = scored.first, best.distance <= 2, scored.dropFirst().first?.distance != best.distance {
            return best.name
        }
        let starting = names.filter { $0.hasPrefix(word.lowercased()) }
        return starting.count == 1 ? starting[0] : nil
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    /// adjacent characters each count one.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
