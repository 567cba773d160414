import HEPCore

/// The therapist's review screen: a calendar of the range, the item table, pain per week
/// and the flags; Enter opens a day. Read-only: it never writes and never takes the lock.
public struct ReviewState: Equatable, Sendable {
    public let report: Report
    public let program: Program
    public let logs: [LocalDate: DayLog]
    public var glyphs: Glyphs
    public let language: Language
    public internal(set) var width: Int
    public internal(set) var height: Int
    /// The day the cursor is on.
    public internal(set) var cursor: LocalDate
    /// The day whose sessions are open, if any.
    public internal(set) var openDay: LocalDate?
    /// The page of every flag, by kind, newest first; and how far it is scrolled.
    public internal(set) var flagsOpen = false
    public internal(set) var flagScroll = 0
    public internal(set) var showHelp = false

    public init(report: Report, program: Program, logs: [LocalDate: DayLog], glyphs: Glyphs = .unicode, language: Language = .en,
                width: Int = 80, height: Int = 24) {
        self.language = language
        self.report = report
        self.program = program
        self.logs = logs
        self.glyphs = glyphs
        self.width = width
        self.height = height
        cursor = report.to
    }

    public static func == (a: ReviewState, b: ReviewState) -> Bool {
        a.cursor == b.cursor && a.openDay == b.openDay && a.showHelp == b.showHelp && a.width == b.width
            && a.flagsOpen == b.flagsOpen && a.flagScroll == b.flagScroll
            && a.height == b.height && a.glyphs == b.glyphs && a.report.from == b.report.from && a.report.to == b.report.to
    }

    /// The therapist's keys move through the range; `q` or a stop signal leaves.
    public mutating func update(_ event: Event, now: Now) -> [Effect] {
        switch event {
        case let .resize(w, h):
            width = w
            height = h
        case .stopSignal:
            return [.quit]
        case let .key(key):
            if showHelp {
                showHelp = false
                return []
            }
            if flagsOpen {
                switch key {
                case .up, .char("k"): flagScroll = max(0, flagScroll - 1)
                case .down, .char("j"): flagScroll += 1
                case .escape, .char("f"): flagsOpen = false
                case .char("q"): return [.quit]
                case .char("?"): showHelp = true
                default: break
                }
                return []
            }
            switch key {
            case .char("?"): showHelp = true
            case .char("q"): return [.quit]
            case .char("f"):
                flagsOpen = true
                flagScroll = 0
                openDay = nil
            case .escape: openDay = nil
            case .enter: openDay = openDay == nil ? cursor : nil
            // As the calendar is drawn: a week to a row.
            case .left, .char("h"): move(-1)
            case .right, .char("l"): move(1)
            case .up, .char("k"): move(-7)
            case .down, .char("j"): move(7)
            default: break
            }
        default:
            break
        }
        return []
    }

    private mutating func move(_ days: Int) {
        let target = cursor.adding(days: days)
        cursor = min(max(target, report.from), report.to)
        if openDay != nil { openDay = cursor }
    }

    /// The review screen's words, in the therapist's language.
    public var words: any ReviewWords { language.review }

    public var keys: [KeyHint] {
        let (ud, lr) = language.session.arrows(glyphs)
        func hint(_ key: String, _ action: ReviewKey) -> KeyHint {
            let text = words.reviewKey(action)
            return KeyHint(key, text.does, short: text.short)
        }
        if flagsOpen { return [hint("Esc", .back), hint(ud, .scroll), hint("q", .quit), hint("?", .help)] }
        return openDay == nil
            ? [hint(lr, .day), hint(ud, .week), hint("Enter", .openDay), hint("f", .allFlags), hint("q", .quit), hint("?", .help)]
            : [hint("Esc", .back), hint(lr, .day), hint(ud, .week), hint("q", .quit)]
    }
}

extension ReviewState: Screen {
    public var enlargeWords: [String] { language.session.enlarge }
    public func render(now: Now) -> Canvas {
        let drawn = HEPApp.render(self)
        return glyphs == .ascii ? drawn.foldedToASCII() : drawn
    }
    public func nextChange(now: Double) -> Double? { nil }

    /// Runs the review until the therapist leaves.
    public func run(on display: Display) { ScreenLoop(self).run(on: display) }
}
