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

/// The session screen in the one loop (`ScreenLoop`), with what only it does: a change is
/// written through the `LogBook` before the screen that shows it is drawn, a new day's
/// log is read when the clock passes midnight, and the example is installed when the
/// patient asks. Without a program there is no book: nothing, not even the data folder or
/// its lock, is created until the patient agrees to install the example, which brings it.
public final class SessionLoop {
    private let loop: ScreenLoop<AppState>

    public var state: AppState { loop.screen }

    public init(state: AppState, book: LogBook?, installExample: @escaping () throws(StorageError) -> (program: Program, book: LogBook),
                clock: @escaping () -> Now = Now.system) {
        var book = book
        loop = ScreenLoop(state, clock: clock) { state, effect, now throws(StorageError) in
            switch effect {
            case .installExample:
                let installed: (program: Program, book: LogBook)
                installed = try installExample()
                book = installed.book
                return state.update(.programInstalled(installed.program, log: try installed.book.log(state.date)), now: now)
            default:
                try state.perform(effect, book: book, now: now)
                return []
            }
        }
    }

    /// Runs until the patient leaves or a stop signal arrives.
    public func run(on display: Display) { loop.run(on: display) }
}
