import Foundation
import HEPApp
import HEPCore
import TestSupport
import Testing

/// Every screen rendered at 80x24 and at 40x12, and in ASCII, compared with the files in
/// Snapshots/, text and styles. `HEP_RECORD_SNAPSHOTS=1 scripts/test` writes them anew
/// (and fails, so that a recording run is never taken for a pass); review the diff.
@Suite struct SnapshotTests {
    static let example = try! Documents.loadProgram(Repo.example, display: "example")

    /// A day that already has work in it: quad sets done, leg raises partly, bridges skipped.
    static let busyLog: DayLog = {
        let at = Moment("2026-11-25T07:30:00+01:00")!
        let set = { (side: Side, reps: Int) in SetRecord(side: side, reps: reps, completed: at) }
        return DayLog(date: LocalDate("2026-11-25")!, sessions: [
            Session(id: "s-073000", started: at, ended: Moment("2026-11-25T07:50:00+01:00"), programVersion: 2, painBefore: 2,
                    painAfter: 3, exercises: [
                        ExerciseRecord(item: "quad-set-r", status: .done, sets: [set(.right, 10), set(.right, 10), set(.right, 10)],
                                       painDuring: 2, effort: 3),
                        ExerciseRecord(item: "slr-r", status: .partial, sets: [set(.right, 12)], painDuring: 3, effort: 5),
                        ExerciseRecord(item: "bridge", status: .skipped, skipReason: .time),
                    ]),
        ])
    }()

    static let diskFull = StorageError(.io, .cannotWrite("/data/log/2026-11-25.json", system: "No space left on device", previousKept: true))

    /// Each screen, as the keys and time that lead to it.
    static let screens: [(String, @Sendable (inout Harness) -> Void)] = [
        ("offer", { _ in }),
        ("today", { _ in }),
        ("today-progress", { _ in }),
        ("today-news", { _ in }),
        ("morning", { _ in }),
        ("pain-before", { $0.type("⏎") }),
        ("intro", { $0.type("⏎3") }),
        ("intro-scrolled", { $0.type("⏎3"); $0.key(.down); $0.key(.down) }),
        ("counting", { $0.key(.down); $0.type("⏎3⏎       ") }),
        ("get-ready", { $0.type("⏎3⏎"); $0.wait(1) }),
        ("hold", { $0.type("⏎3⏎"); $0.wait(3); $0.wait(1.5) }),
        ("hold-paused", { $0.type("⏎3⏎"); $0.wait(3); $0.wait(1.5); $0.type("p") }),
        ("hold-stopped", { $0.type("⏎3⏎"); $0.wait(3); $0.type(" ") }),
        ("switch-side", { for _ in 0..<5 { $0.key(.down) }; $0.type("⏎3⏎"); $0.wait(3); $0.wait(30) }),
        ("rest", { $0.key(.down); $0.type("⏎3⏎" + String(repeating: " ", count: 12)); $0.wait(5) }),
        ("effort", { $0.key(.down); $0.type("⏎3⏎ f⏎ f⏎ f") }),
        ("correct-in-rest", { $0.key(.down); $0.type("⏎3⏎ f+"); $0.wait(2) }),
        ("pain-during", { $0.key(.down); $0.type("⏎3⏎ f⏎ f⏎ f4") }),
        ("pain-warning", { $0.key(.down); $0.type("⏎3⏎ f⏎ f⏎ f48") }),
        ("skip-reason", { $0.type("sn") }),
        ("confirm-stop", { $0.key(.down); $0.type("⏎3⏎ q") }),
        ("stop-reason", { $0.key(.down); $0.type("⏎3⏎ qy") }),
        ("stop-note", { $0.key(.down); $0.type("⏎3⏎ qy5knee gave way") }),
        ("stop-pain-now", { $0.key(.down); $0.type("⏎3⏎ qy1") }),
        ("confirm-quit", { $0.type("q") }),
        ("summary", { $0.key(.down); $0.type("⏎3⏎ f⏎ f⏎ f42"); $0.wait(600); $0.type("e1⏎") }),
        ("failed", { $0.type("⏎3"); $0.send(.saveFailed(diskFull)) }),
        ("help", { $0.type("?") }),
    ]

    /// The example as a Spanish-speaking therapist would write it: the program's own words
    /// (title, notes, contact) are the therapist's, not hep's.
    static let spanishExample: Program = {
        var program = example
        program.title = "Rodilla derecha - fortalecimiento inicial"
        program.therapist?.contact = "recepción de la clínica 555-0100"
        let notes = ["Slow on the way down": "Baja despacio", "Use the kitchen chair against the wall": "Usa la silla de la cocina contra la pared"]
        for v in program.versions.indices {
            program.versions[v].note = v == 0 ? "Inicio: recuperar el control del muslo y la flexión de rodilla"
                : "Progresión en la semana 3: más elevaciones, se añaden puentes, sentarse y levantarse y equilibrio"
            for i in program.versions[v].items.indices {
                program.versions[v].items[i].notes = program.versions[v].items[i].notes.map { notes[$0]! }
            }
        }
        return program
    }()

    static func harness(_ name: String, width: Int, height: Int, glyphs: Glyphs, language: Language = .en) -> Harness {
        var h = Harness(program: name == "offer" ? nil : language == .es ? spanishExample : example, log: name == "today-progress" ? busyLog : nil,
                        askMorningPain: name == "morning", lastSessionVersion: name == "today-news" ? 1 : nil,
                        width: width, height: height, glyphs: glyphs, language: language)
        screens.first { $0.0 == name }!.1(&h)
        return h
    }

    static let sizes = [(80, 24), (40, 12)]

    @Test(arguments: screens.map(\.0), sizes.indices)
    func screen(_ name: String, _ size: Int) {
        let (w, h) = Self.sizes[size]
        let state = Self.harness(name, width: w, height: h, glyphs: .unicode)
        expectSnapshot(render(state.state, now: state.now), "\(name)-\(w)x\(h)")
    }

    @Test(arguments: screens.map(\.0), sizes.indices)
    func ascii(_ name: String, _ size: Int) {
        let (w, h) = Self.sizes[size]
        let state = Self.harness(name, width: w, height: h, glyphs: .ascii)
        let canvas = render(state.state, now: state.now)
        let allASCII = canvas.text.unicodeScalars.allSatisfy(\.isASCII)
        #expect(allASCII, "a non-ASCII character in the ASCII rendering")
        expectSnapshot(canvas, "\(name)-\(w)x\(h)-ascii")
    }

    @Test(arguments: screens.map(\.0), sizes.indices)
    func spanish(_ name: String, _ size: Int) {
        let (w, h) = Self.sizes[size]
        let state = Self.harness(name, width: w, height: h, glyphs: .unicode, language: .es)
        expectSnapshot(render(state.state, now: state.now), "\(name)-\(w)x\(h)-es")
    }

    /// Words of hep's English that no Spanish screen may hold. The program's own words (its
    /// title, the therapist's notes, the equipment) are the therapist's, and are left out.
    static let english = ["the", "your", "you", "press", "set", "reps", "rep", "hold", "rest", "done", "skip", "skipped", "today",
                          "saved", "pain", "help", "quit", "leave", "start", "back", "choose", "session", "exercise", "of",
                          "and", "now", "next", "side", "left", "right", "seconds", "minutes", "more", "due", "stop", "yes"]

    @Test(arguments: screens.map(\.0))
    func noEnglishWordOnASpanishScreen(_ name: String) throws {
        for (w, h) in Self.sizes {
            var harness = Self.harness(name, width: w, height: h, glyphs: .unicode, language: .es)
            var pages = [render(harness.state, now: harness.now).text]
            harness.type("?")
            pages.append(render(harness.state, now: harness.now).text)
            for page in pages {
                let words = Set(page.lowercased().split { !$0.isLetter }.map(String.init))
                // The system's own reason comes from the C library, in its language.
                let system = name == "failed" ? Set("No space left on device".lowercased().split { !$0.isLetter }.map(String.init)) : []
                let found = Self.english.filter { words.contains($0) && !system.contains($0) }
                #expect(found.isEmpty, "\(name) at \(w)x\(h): \(found)\n\(page)")
            }
        }
    }

    @Test(arguments: screens.map(\.0))
    func spanishInAnASCIITerminal(_ name: String) {
        let state = Self.harness(name, width: 80, height: 24, glyphs: .ascii, language: .es)
        let allASCII = render(state.state, now: state.now).text.unicodeScalars.allSatisfy(\.isASCII)
        #expect(allASCII, "a non-ASCII character in the ASCII rendering")
    }

    @Test(.disabled(if: Golden.recording)) func aChangeOfStyleAloneFailsTheSnapshot() {
        let h = Harness(program: Self.example)
        var canvas = render(h.state, now: h.now)
        #expect(Golden.difference(snapshot(canvas), snapshotPath("today-80x24")) == nil)
        canvas.paint(y: 4, count: 3, style: .warn)
        #expect(Golden.difference(snapshot(canvas), snapshotPath("today-80x24"))?.contains("row 29:") == true)
    }

    @Test func aWindowTooSmallAsksToBeEnlarged() {
        var h = Harness(program: Self.example, width: 80, height: 24)
        h.send(.resize(width: 30, height: 10))
        expectSnapshot(h.state.canvas(now: h.now), "too-small-30x10")
        h.send(.resize(width: 80, height: 24))
        #expect(h.state.canvas(now: h.now) == render(Harness(program: Self.example).state, now: h.now))
    }
}

/// Compares a canvas, its text and the style of every cell, with its snapshot file (see
/// `Golden`: a recording run writes the file and fails).
func expectSnapshot(_ canvas: Canvas, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if let difference = Golden.difference(snapshot(canvas), snapshotPath(name)) {
        Issue.record(Comment(rawValue: difference), sourceLocation: sourceLocation)
    }
}

func snapshotPath(_ name: String) -> String { Repo.root + "/Tests/HEPAppTests/Snapshots/\(name).txt" }

/// What a snapshot file holds: the text, then the style of every cell.
func snapshot(_ canvas: Canvas) -> String {
    canvas.text + "\n" + Canvas.styleLegend + "\n" + canvas.styles + "\n"
}
