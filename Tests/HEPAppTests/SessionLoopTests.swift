import Foundation
import HEPApp
import HEPCore
import Testing

/// The loop with a real LogBook, a scripted display and a fake clock: at every draw, what
/// the state holds is already on disk.
@Suite struct SessionLoopTests {
    /// A clock that moves a millisecond at each reading, and as far as a script says.
    final class FakeClock: @unchecked Sendable {
        private let start: Date
        private var elapsed = 0.0

        init(_ start: Date) { self.start = start }

        func advance(_ seconds: Double) { elapsed += seconds }

        func read() -> Now {
            elapsed += 0.001
            return Now(mono: 1000 + elapsed, wall: start.addingTimeInterval(elapsed), timeZone: TimeZone(secondsFromGMT: 3600)!)
        }
    }

    enum Step {
        case event(Event)
        case wait(Double)
    }

    final class ScriptedDisplay: Display {
        var steps: [Step]
        let clock: FakeClock
        var size = (width: 80, height: 24)
        var draws: [Canvas] = []
        var onDraw: () -> Void = {}

        init(_ steps: [Step], clock: FakeClock) {
            self.steps = steps
            self.clock = clock
        }

        func draw(_ canvas: Canvas) {
            draws.append(canvas)
            onDraw()
        }

        func repaint() {}
        func bell() {}

        /// The next scripted event, after the waits before it; a stop signal when the script ends.
        func nextEvent(timeoutMilliseconds: Int) -> Event? {
            while !steps.isEmpty {
                switch steps.removeFirst() {
                case let .wait(seconds): clock.advance(seconds)
                case let .event(event): return event
                }
            }
            return .stopSignal(SIGTERM)
        }
    }

    /// 2026-11-25 08:00 at +01:00.
    static let morning = Date(timeIntervalSince1970: 1_795_590_000)
    static let date = LocalDate("2026-11-25")!

    static func keys(_ text: String) -> [Step] {
        text.map { .event($0 == "⏎" ? .key(.enter) : .key(.char($0))) }
    }

    /// A new data folder with its writer lock, removed by the returned closure.
    func folder() throws -> (DataFolder, LogBook, () -> Void) {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("hep-loop-XXXXXX").utf8CString)
        let path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        let data = DataFolder(path: path)
        return (data, LogBook(lock: try WriterLock.acquire(data)), { try? FileManager.default.removeItem(atPath: path) })
    }

    func state(_ data: DataFolder, _ book: LogBook, askMorningPain: Bool = false) throws -> AppState {
        AppState(folder: data.path, program: .fixture, date: Self.date, log: try book.log(Self.date),
                 askMorningPain: askMorningPain, lastSessionVersion: nil)
    }

    func log(_ data: DataFolder, _ date: LocalDate) throws -> DayLog {
        try Documents.loadLog(data.logPath(date), display: "log", program: nil, fileDate: date)
    }

    @Test func everyDrawShowsOnlyWhatIsOnDisk() throws {
        let (data, book, cleanup) = try folder()
        defer { cleanup() }
        let clock = FakeClock(Self.morning)
        let loop = SessionLoop(state: try state(data, book, askMorningPain: true), book: book,
                               installExample: { (.fixture, book) }, clock: clock.read)
        // Morning pain, then leg raises: pain before 3, two sets of three reps, a skipped rest, answers.
        let display = ScriptedDisplay(Self.keys("2⏎3⏎   ⏎   42"), clock: clock)
        var checked = 0
        display.onDraw = {
            let path = data.logPath(Self.date)
            let onDisk = FileManager.default.fileExists(atPath: path) ? try? self.log(data, Self.date) : DayLog(date: Self.date)
            #expect(onDisk == loop.state.log, "draw \(checked) shows something not on disk")
            checked += 1
        }
        loop.run(on: display)
        #expect(checked == 14, "the first frame and one after each of the 13 keys")
        let written = try log(data, Self.date)
        #expect(written.morningPain == 2)
        #expect(written.sessions.first?.exercises.first?.status == .done)
        #expect(written.sessions.first?.ended != nil, "the stop signal at the end closed the session")
    }

    @Test func aFailedWriteIsShownAndNothingAfterItIsWritten() throws {
        let (data, book, cleanup) = try folder()
        defer { cleanup() }
        // A file where the log folder should be: every write of a day log fails.
        _ = FileManager.default.createFile(atPath: data.logFolder, contents: Data())
        let clock = FakeClock(Self.morning)
        let start = AppState(folder: data.path, program: .fixture, date: Self.date, log: DayLog(date: Self.date),
                             askMorningPain: false, lastSessionVersion: nil)
        let loop = SessionLoop(state: start, book: book, installExample: { (.fixture, book) }, clock: clock.read)
        let display = ScriptedDisplay(Self.keys("⏎3q"), clock: clock)
        loop.run(on: display)
        #expect(loop.state.screen == .failed(StorageError(.io, .cannotRead("\(data.logFolder)/2026-11-25.json", system: "Not a directory"))))
        #expect(display.draws.last?.text.contains("hep could not save your last step") == true)
    }

    @Test func aSetWhoseWriteFailedIsNeverShownAsSaved() throws {
        let (data, book, cleanup) = try folder()
        defer { cleanup() }
        let clock = FakeClock(Self.morning)
        let loop = SessionLoop(state: try state(data, book), book: book, installExample: { (.fixture, book) }, clock: clock.read)
        // The session starts and is written; then the log folder becomes a file, so the set's write fails.
        let display = ScriptedDisplay(Self.keys("⏎3⏎") + [.wait(1)] + Self.keys("   "), clock: clock)
        var draws = 0
        display.onDraw = {
            draws += 1
            if draws == 4 {
                try? FileManager.default.removeItem(atPath: data.logFolder)
                _ = FileManager.default.createFile(atPath: data.logFolder, contents: Data())
            }
        }
        loop.run(on: display)
        guard case .failed = loop.state.screen else { Issue.record("\(loop.state.screen)"); return }
        #expect(display.draws.last?.text.contains("Saved") == false, "nothing says saved what was not")
    }

    /// The fixture program, and a session the day before (so the morning question is due).
    static func programAndYesterday(in data: DataFolder) throws {
        try AtomicFile.write(Documents.encode(Program.fixture), to: data.programPath, display: "program")
        try Folders.ensure(data.logFolder)
        var yesterday = DayLog(date: date.adding(days: -1))
        yesterday.sessions = [Session(id: "s-1", started: Moment("2026-11-24T08:00:00+01:00")!, programVersion: 1)]
        try AtomicFile.write(Documents.encode(yesterday), to: data.logPath(yesterday.date), display: "yesterday")
    }

    @Test func startingFromAFolderReadsOnlyWhatItNeedsAndTellsOfACorruptLog() throws {
        let (data, book, cleanup) = try folder()
        defer { cleanup() }
        try Self.programAndYesterday(in: data)
        _ = FileManager.default.createFile(atPath: data.logPath(Self.date), contents: Data("{\"schema\": ".utf8))
        let state = try AppState.load(folder: data, book: book, now: Moment(Self.morning, in: TimeZone(secondsFromGMT: 3600)!), quiet: false, glyphs: .unicode, width: 80, height: 24)
        #expect(state.screen == .question(Question(.morning)), "yesterday had a session")
        #expect(state.noticeText?.hasPrefix("Your log of \(Self.date) could not be read; it was moved to \(data.logPath(Self.date)).corrupt-") == true)
        #expect(state.noticeText?.hasSuffix("\(data.logPath(Self.date)):1:12: unexpected end of file, expected a value") == true)
        #expect(state.log == DayLog(date: Self.date))
        #expect(state.due.count == 3)
    }

    @Test func aDayLogThatBreaksARuleIsKeptAndItsMorningAnswerIsNotAskedOver() throws {
        for morningKept in [false, true] {
            let (data, book, cleanup) = try folder()
            defer { cleanup() }
            try Self.programAndYesterday(in: data)
            let text = """
                {"schema": "hep.log/1", "date": "\(Self.date)", "morningPain": \(morningKept ? "12" : "null"),
                 "sessions": [{"id": "s-060000", "started": "\(Self.date)T06:00:00+01:00", "programVersion": 1, "exercises": []},
                              {"id": "s-050000", "started": "\(Self.date)T05:00:00+01:00", "painBefore": -1, "programVersion": 1, "exercises": []}]}
                """
            _ = FileManager.default.createFile(atPath: data.logPath(Self.date), contents: Data(text.utf8))
            let state = try AppState.load(folder: data, book: book, now: Moment(Self.morning, in: TimeZone(secondsFromGMT: 3600)!),
                                          quiet: false, glyphs: .unicode, width: 80, height: 24)
            #expect((state.screen == .question(Question(.morning))) == !morningKept)
            #expect(state.noticeText?.hasPrefix("Your log of \(Self.date) has a problem; it is kept, and your work is added to it. "
                + "\(data.logPath(Self.date)): $.\(morningKept ? "morningPain" : "sessions[1].painBefore"): must be") == true)
            #expect(state.log.sessions.map(\.id) == ["s-060000"], "the screen works from what it can read")
            #expect(FileManager.default.fileExists(atPath: data.logPath(Self.date)))
        }
    }

    @Test func aSessionCutShortIsMentionedAtTheNextStart() throws {
        let (data, book, cleanup) = try folder()
        defer { cleanup() }
        try AtomicFile.write(Documents.encode(Program.fixture), to: data.programPath, display: "program")
        try book.record(.startSession(Session(id: "s-1", started: Moment("2026-11-25T07:00:00+01:00")!, programVersion: 1)), on: Self.date)
        let state = try AppState.load(folder: data, book: book, now: Moment(Self.morning, in: TimeZone(secondsFromGMT: 3600)!),
                                      quiet: false, glyphs: .unicode, width: 80, height: 24)
        #expect(state.noticeText == "Your last session was cut short; everything it saved is kept.")
    }

    @Test func pastMidnightTheNextSessionGoesToTheNewDay() throws {
        let (data, book, cleanup) = try folder()
        defer { cleanup() }
        // 23:59:50: a session starts before midnight and ends after it.
        let clock = FakeClock(Self.morning.addingTimeInterval(16 * 3600 - 10))
        let loop = SessionLoop(state: try state(data, book), book: book, installExample: { (.fixture, book) }, clock: clock.read)
        let script = Self.keys("⏎3q") + [.wait(20)] + Self.keys("e1⏎")
            // The next key (meant to leave the summary) finds a new day and only opens it. Just
            // after midnight the morning question is not asked; a new session begins.
            + Self.keys("⏎⏎4")
        loop.run(on: ScriptedDisplay(script, clock: clock))
        let first = try log(data, Self.date)
        #expect(first.sessions.count == 1)
        #expect(first.sessions[0].painBefore == 3 && first.sessions[0].painAfter == 1)
        #expect(first.sessions[0].ended?.date == LocalDate("2026-11-26"), "ended after midnight, kept in the day it began")
        let next = try log(data, Self.date.adding(days: 1))
        #expect(next.morningPain == nil && next.morningPainAsked == nil, "00:00 is not the morning")
        #expect(next.sessions.first?.painBefore == 4)
        #expect(loop.state.date == LocalDate("2026-11-26"))
    }

    @Test func withoutAProgramNothingIsCreatedUntilThePatientAgrees() throws {
        let (parent, _, cleanup) = try folder()
        defer { cleanup() }
        let data = DataFolder(path: parent.path + "/typo")
        let clock = FakeClock(Self.morning)
        let install = { () throws(StorageError) -> (Program, LogBook) in
            let book = LogBook(lock: try WriterLock.acquire(data))
            try AtomicFile.write(Documents.encode(Program.fixture), to: data.programPath, display: "program")
            return (Program.fixture, book)
        }
        let empty = AppState(folder: data.path, program: nil, date: Self.date, log: DayLog(date: Self.date),
                             askMorningPain: false, lastSessionVersion: nil)

        let declined = SessionLoop(state: empty, book: nil, installExample: install, clock: clock.read)
        declined.run(on: ScriptedDisplay(Self.keys("xn"), clock: clock))
        #expect(declined.state.program == nil)
        #expect(!FileManager.default.fileExists(atPath: data.path), "answering no left a folder behind")

        let accepted = SessionLoop(state: empty, book: nil, installExample: install, clock: clock.read)
        // Yes, then a session with pain before 3: the first write goes through the book the install opened.
        accepted.run(on: ScriptedDisplay(Self.keys("y⏎3"), clock: clock))
        #expect(accepted.state.screen != .offerExample)
        #expect(try log(data, Self.date).sessions.first?.painBefore == 3)
    }
}
