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
        ("failed", { $0.type("⏎3"); $0.send(.saveFailed("cannot write /data/log/2026-11-25.json: No space left on device")) }),
        ("help", { $0.type("?") }),
    ]

    static func harness(_ name: String, width: Int, height: Int, glyphs: Glyphs) -> Harness {
        var h = Harness(program: name == "offer" ? nil : example, log: name == "today-progress" ? busyLog : nil,
                        askMorningPain: name == "morning", lastSessionVersion: name == "today-news" ? 1 : nil,
                        width: width, height: height, glyphs: glyphs)
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
        expectSnapshot(render(h.state, now: h.now), "too-small-30x10")
        h.send(.resize(width: 80, height: 24))
        #expect(render(h.state, now: h.now) == render(Harness(program: Self.example).state, now: h.now))
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
