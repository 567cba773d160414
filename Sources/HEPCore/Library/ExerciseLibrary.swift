import Foundation

/// The exercises a therapist prescribes from: hep's bundled library, then the clinic's own
/// (`DATA/exercises/`). Every file is checked as `hep validate` checks it, and an id that
/// two files give is refused, so a program's `add ID` can only ever mean one exercise.
public struct ExerciseLibrary: Sendable {
    public struct Entry: Sendable {
        public var exercise: Exercise
        /// The file it was read from.
        public var file: String
    }

    /// Every exercise, by id.
    public private(set) var entries: [Entry]

    /// Reads every `.json` file of `folders`, in order; a folder that does not exist adds nothing.
    public static func load(folders: [String]) throws(InvalidData) -> ExerciseLibrary {
        var entries: [Entry] = []
        var problems: [Problem] = []
        for folder in folders {
            for name in Folders.entries(folder) where name.hasSuffix(".json") {
                let path = folder + "/" + name
                do {
                    let exercise = try Documents.loadExercise(path, display: path)
                    if let other = entries.first(where: { $0.exercise.id == exercise.id }) {
                        problems.append(Problem(file: path, place: .path("$.id"), .exerciseIDUsed(by: other.file),
                                                got: JSONWriter.compact(.string(exercise.id))))
                    } else {
                        entries.append(Entry(exercise: exercise, file: path))
                    }
                } catch {
                    problems += error.problems
                }
            }
        }
        guard problems.isEmpty else { throw InvalidData(problems) }
        return ExerciseLibrary(entries: entries.sorted { $0.exercise.id < $1.exercise.id })
    }

    public func entry(_ id: String) -> Entry? { entries.first { $0.exercise.id == id } }

    /// The exercises in `region` (when given) whose id, name (in any language it is written
    /// in), region or equipment hold every one of `words`, case and accents aside: `puente`,
    /// `Bridge` and `gluteos` all find the bridge. Instructions are left out: "knees bent"
    /// would make every exercise lying down a knee exercise.
    public func search(_ words: [String], region: String? = nil) -> [Entry] {
        let wanted = words.flatMap { $0.split(whereSeparator: \.isWhitespace) }.map { Self.folded(String($0)) }
        return entries.filter { entry in
            let e = entry.exercise
            if let region, Self.folded(e.region) != Self.folded(region) { return false }
            let texts = [e.text(in: .en)] + (e.translations.map { Array($0.values) } ?? [])
            let haystack = Self.folded(([e.id, e.region] + e.equipment + texts.map(\.name)).joined(separator: " "))
            return wanted.allSatisfy(haystack.contains)
        }
    }

    /// The regions, as the exercises name them, each once.
    public var regions: [String] { Array(Set(entries.map(\.exercise.region))).sorted() }

    private static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
