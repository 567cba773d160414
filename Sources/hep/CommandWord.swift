import ArgumentParser

/// The command word of a command line, found wherever the patient put it. Options may come
/// before it (`hep --data DIR report`), which the parser alone would give to the default
/// command (the session screen); and a word that names no command (`hep reprot`) is
/// answered with the nearest command instead of the session's usage.
enum CommandWord {
    enum Outcome: Equatable {
        /// The arguments as the parser expects them: the command first.
        case arguments([String])
        case unknown(String)
    }

    static func arrange(_ arguments: [String], commands: [String]) -> Outcome {
        // The completion scripts call hep back with arguments of their own (`---completion`).
        if arguments.first?.hasPrefix("---") == true { return .arguments(arguments) }
        var i = 0
        while i < arguments.count {
            let word = arguments[i]
            if word == "--" { return .arguments(arguments) }
            // These take a value; every other option that can come first is a flag.
            if word == "--data" || word == "--lang" || word == "--generate-completion-script" {
                i += 2
                continue
            }
            if word.hasPrefix("-") {
                i += 1
                continue
            }
            guard commands.contains(word) else { return .unknown(word) }
            if word == "help", let asked = arguments.dropFirst(i + 1).first(where: { !$0.hasPrefix("-") }),
               !commands.contains(asked) {
                return .unknown(asked)
            }
            var arranged = arguments
            arranged.remove(at: i)
            return .arguments([word] + arranged)
        }
        return .arguments(arguments)
    }

    /// The commands as a list with what each does, and the nearest to `word` if one is near.
    static func message(for word: String, commands: [(name: String, abstract: String)]) -> String {
        var lines = [say.unknownCommand(word, nearest: nearest(to: word, among: commands.map(\.name))), say.theCommandsAre]
        let width = commands.map(\.name.count).max() ?? 0
        for (name, abstract) in commands {
            lines.append("  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + (say.abstract(name) ?? abstract))
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
