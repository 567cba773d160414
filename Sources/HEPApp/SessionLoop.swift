import HEPCore

/// What the session loop needs from a terminal; the ncurses backend is one, the tests
/// can bring another.
public protocol Display: AnyObject {
    var size: (width: Int, height: Int) { get }
    func draw(_ canvas: Canvas)
    /// Forces the next draw to repaint everything (Ctrl-L).
    func repaint()
    func bell()
    /// The next key, resize or stop signal; nil when `timeoutMilliseconds` passed first.
    func nextEvent(timeoutMilliseconds: Int) -> Event?
}

/// Feeds events to `update`, runs the effects it asks for, then draws. A change is written
/// through the `LogBook` before the screen that shows it is drawn; a write that fails is
/// turned into an event, so the patient is told instead of being shown something unsaved.
///
/// Without a program there is no book: nothing, not even the data folder or its lock, is
/// created until the patient agrees to install the example, which brings the book.
public final class SessionLoop {
    public private(set) var state: AppState
    private var book: LogBook?
    private let installExample: () throws -> (program: Program, book: LogBook)
    private let clock: () -> Now

    public init(state: AppState, book: LogBook?, installExample: @escaping () throws -> (program: Program, book: LogBook),
                clock: @escaping () -> Now = Now.system) {
        self.state = state
        self.book = book
        self.installExample = installExample
        self.clock = clock
    }

    /// Runs until the patient leaves or a stop signal arrives.
    public func run(on display: Display) {
        let size = display.size
        _ = state.update(.resize(width: size.width, height: size.height), now: clock())
        display.draw(render(state, now: clock()))
        while true {
            // Wake when the shown timer changes, at the latest after half a second (to
            // notice a stop signal that did not interrupt the wait).
            let wait = state.nextChange(now: clock().mono).map { Int(($0 * 1000).rounded(.up)) } ?? 500
            let event = display.nextEvent(timeoutMilliseconds: min(max(wait, 1), 500)) ?? .tick
            if event == .key(.redraw) { display.repaint() }
            guard handle(event, display: display) else { return }
            display.draw(render(state, now: clock()))
        }
    }

    /// Returns false when hep should leave.
    func handle(_ event: Event, display: Display) -> Bool {
        if case .stopSignal = event {
        } else if state.needsNewDay(clock()) {
            // Past midnight with no session open: today's screen becomes the new day's. What
            // the patient pressed was meant for the old day's screen, so it is not applied.
            do {
                let now = clock().moment
                state.startDay(try book?.log(now.date) ?? DayLog(date: now.date), now: now)
            } catch {
                _ = state.update(.saveFailed(error.message), now: clock())
            }
            return true
        }
        var effects = state.update(event, now: clock())
        var leaving = false
        while !effects.isEmpty {
            switch effects.removeFirst() {
            case let .record(change, date):
                do throws(StorageError) {
                    guard let book else { throw StorageError(.io, "nothing can be recorded before a program is installed") }
                    try state.write(change, on: date, to: book)
                } catch {
                    // Nothing after a failed write is written: it would not be the patient's story.
                    effects = effects.filter { $0 == .quit }
                    effects += state.update(.saveFailed(error.message), now: clock())
                }
            case .bell:
                display.bell()
            case .installExample:
                do {
                    let installed = try installExample()
                    book = installed.book
                    let log = try installed.book.log(state.date)
                    effects += state.update(.programInstalled(installed.program, log: log), now: clock())
                } catch {
                    effects += state.update(.saveFailed("\(error)"), now: clock())
                }
            case .quit:
                leaving = true
            }
        }
        return !leaving
    }
}
