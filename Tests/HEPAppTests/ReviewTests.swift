import Foundation
import HEPApp
import HEPCore
import TestSupport
import Testing

/// The review screen: moving through the calendar, opening a day, and its snapshots.
@Suite struct ReviewTests {
    static let program = try! Documents.loadProgram(Repo.example, display: "example")
    static let from = LocalDate("2026-11-02")!, to = LocalDate("2026-11-29")!

    static func state(width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode, language: Language = .en) -> ReviewState {
        var generator = HistoryGenerator(seed: 11)
        let logs = Dictionary(uniqueKeysWithValues: generator.logs(for: program, from: from, to: to.adding(days: -1)).map { ($0.date, $0) })
        let report = ReportBuilder.build(program: program, from: from, to: to, today: to, logs: logs)
        return ReviewState(report: report, program: program, logs: logs, glyphs: glyphs, language: language, width: width, height: height)
    }

    @Test func upAndDownMoveByWeekLeftAndRightByDayAsTheCalendarIsDrawn() {
        var s = Self.state()
        #expect(s.cursor == Self.to)
        _ = s.handle(.key(.up), now: .system())
        #expect(s.cursor == LocalDate("2026-11-22"))
        _ = s.handle(.key(.left), now: .system())
        #expect(s.cursor == LocalDate("2026-11-21"))
        for _ in 0..<10 { _ = s.handle(.key(.up), now: .system()) }
        #expect(s.cursor == Self.from, "the cursor stops at the first day")
        _ = s.handle(.key(.down), now: .system())
        #expect(s.cursor == LocalDate("2026-11-09"))
        _ = s.handle(.key(.enter), now: .system())
        #expect(s.openDay == LocalDate("2026-11-09"))
        _ = s.handle(.key(.right), now: .system())
        #expect(s.openDay == LocalDate("2026-11-10"), "an open day follows the cursor")
        _ = s.handle(.key(.escape), now: .system())
        #expect(s.openDay == nil)
        #expect(s.handle(.key(.char("q")), now: .system()) == [.quit])
    }

    @Test func keysWaitWhileTheWindowIsTooSmallAsOnTheSessionScreen() {
        var s = Self.state()
        _ = s.handle(.resize(width: 30, height: 10), now: .system())
        #expect(s.handle(.key(.char("q")), now: .system()) == [], "one rule: keys wait")
        #expect(s.handle(.key(.left), now: .system()) == [] && s.cursor == Self.to)
        #expect(s.canvas(now: .system()).text.contains("Please enlarge the window"))
        #expect(s.handle(.stopSignal(SIGTERM), now: .system()) == [.quit])
    }

    static let views: [(String, @Sendable (inout ReviewState) -> Void)] = [
        ("overview", { _ in }),
        ("day", { s in _ = s.handle(.key(.up), now: .system()); _ = s.handle(.key(.enter), now: .system()) }),
        ("help", { s in _ = s.handle(.key(.char("?")), now: .system()) }),
        ("flags", { s in _ = s.handle(.key(.char("f")), now: .system()) }),
        ("flags-scrolled", { s in _ = s.handle(.key(.char("f")), now: .system()); for _ in 0..<4 { _ = s.handle(.key(.down), now: .system()) } }),
    ]

    static let sizes = [(80, 24), (120, 40), (40, 12)]

    @Test(arguments: views.map(\.0), sizes.indices)
    func snapshot(_ view: String, _ size: Int) {
        let (w, h) = Self.sizes[size]
        var s = Self.state(width: w, height: h)
        Self.views.first { $0.0 == view }!.1(&s)
        expectSnapshot(render(s), "review-\(view)-\(w)x\(h)")
    }

    @Test(arguments: views.map(\.0), sizes.indices)
    func spanish(_ view: String, _ size: Int) {
        let (w, h) = Self.sizes[size]
        var s = Self.state(width: w, height: h, language: .es)
        Self.views.first { $0.0 == view }!.1(&s)
        expectSnapshot(render(s), "review-\(view)-\(w)x\(h)-es")
    }

    /// Words of hep's English that the review in Spanish may not hold (the program's title
    /// is the therapist's own, and left out).
    static let english = ["review", "flags", "none", "week", "day", "back", "quit", "help", "all", "some", "half", "performed",
                          "pain", "before", "after", "morning", "last", "exercise", "sess", "dose", "keys", "screen", "calendar",
                          "version", "effort", "done", "partial", "skipped", "reps", "interrupted", "newest", "limit", "of", "the"]

    @Test(arguments: views.map(\.0))
    func noEnglishWordOnTheReviewInSpanish(_ view: String) {
        for (w, h) in Self.sizes {
            var s = Self.state(width: w, height: h, language: .es)
            Self.views.first { $0.0 == view }!.1(&s)
            let text = render(s).text.replacingOccurrences(of: Self.program.title, with: " ")
            let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
            let found = Self.english.filter(words.contains)
            #expect(found.isEmpty, "\(view) at \(w)x\(h): \(found)\n\(text)")
        }
    }

    @Test func flagsAreNewestFirstAndAllOfThemAreOneKeyAway() {
        var s = Self.state()
        let flags = s.report.flags
        #expect(flags.count >= 2)
        let overview = render(s).text
        #expect(overview.contains("Flags (\(flags.count)), newest first"))
        let line = { (f: Report.Flag) in overview.range(of: "\(f.date) \(f.kind.rawValue)") }
        let newest = line(flags.last!), oldest = line(flags.first!)
        #expect(newest != nil)
        #expect(oldest == nil || newest!.lowerBound < oldest!.lowerBound, "the newest flag comes first")
        _ = s.handle(.key(.char("f")), now: .system())
        let page = render(s).text
        for kind in Set(flags.map(\.kind)) {
            #expect(page.contains("\(kind.rawValue) (\(flags.filter { $0.kind == kind }.count))"))
        }
        _ = s.handle(.key(.escape), now: .system())
        #expect(!s.flagsOpen)
    }

    @Test func aPainFlagNamesItsSession() {
        let flag = Self.state().report.flags.first { $0.kind == .painOverLimit }
        #expect(flag == nil || English().flag(flag!.facts).contains("the session at "))
    }

    /// What the patient was told the therapist would read: why a stop, and their own words.
    @Test func theDayPageShowsWhyAnExerciseStoppedAndThePatientsNote() {
        let day = LocalDate("2026-11-27")!
        let at = { (t: String) in Moment("2026-11-27T\(t)+01:00")! }
        var log = DayLog(date: day)
        log.sessions = [Session(id: "s-1", started: at("08:00:00"), ended: at("08:20:00"), programVersion: 2, exercises: [
            ExerciseRecord(item: "slr-r", status: .partial, stopReason: .time,
                           sets: [SetRecord(side: .right, reps: 5, completed: at("08:05:00"))], painDuring: 2),
            ExerciseRecord(item: "bridge", status: .skipped, skipReason: .other, note: "me duele el tobillo,\nlo haré mañana"),
        ])]
        let report = ReportBuilder.build(program: Self.program, from: Self.from, to: Self.to, today: Self.to, logs: [day: log])
        for (language, stopped, note) in [(Language.en, "stopped: time", "note: “me duele el tobillo, lo haré mañana”"),
                                          (.es, "parado: sin tiempo", "nota: «me duele el tobillo, lo haré mañana»")] {
            var s = ReviewState(report: report, program: Self.program, logs: [day: log], glyphs: .unicode, language: language,
                                width: 100, height: 24)
            _ = s.handle(.key(.left), now: .system())
            _ = s.handle(.key(.left), now: .system())
            _ = s.handle(.key(.enter), now: .system())
            let page = render(s).text
            #expect(page.contains(stopped), "\(page)")
            #expect(page.contains(note), "\(page)")
        }
    }

    /// Where arrows cannot be drawn their names are words, as long as the language makes
    /// them: the help page's key column grows to hold them, and nothing overwrites them.
    @Test func keysNamedInWordsKeepTheirColumnOnTheHelpPage() {
        var s = Self.state(glyphs: .ascii, language: .es)
        _ = s.handle(.key(.char("?")), now: .system())
        let lines = render(s).text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("  Izquierda/Derecha  día") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("  Arriba/Abajo       semana") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("  Enter              abrir el día") }, "\(lines)")
    }

    @Test func theCalendarReadsWithoutColourOrUnicode() {
        let canvas = render(Self.state(glyphs: .ascii))
        let allASCII = canvas.text.unicodeScalars.allSatisfy(\.isASCII)
        #expect(allASCII)
        expectSnapshot(canvas, "review-overview-80x24-ascii")
    }
}
