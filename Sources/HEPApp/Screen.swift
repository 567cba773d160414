import HEPCore

/// A full-screen view of hep: a state, a pure update that says what should happen, and a
/// render to a canvas. The session and the review are two; a third (a caseload list, a
/// program editor) needs no loop of its own.
public protocol Screen {
    var width: Int { get }
    var height: Int { get }
    /// The words for the request to enlarge the window.
    var enlargeWords: [String] { get }
    /// The next state for an event, and the writes, bells and exit it calls for.
    mutating func update(_ event: Event, now: Now) -> [Effect]
    func render(now: Now) -> Canvas
    /// Seconds until what is shown changes by itself (a timer); nil when only events change it.
    func nextChange(now: Double) -> Double?
}

/// The smallest window a screen is drawn in.
public enum Window {
    public static let minimumWidth = 40
    public static let minimumHeight = 12
}

extension Screen {
    public var tooSmall: Bool { width < Window.minimumWidth || height < Window.minimumHeight }

    /// The one rule for a window too small to show a screen: keys wait (they would act
    /// unseen); resizes, timers and stop signals are taken as always.
    public mutating func handle(_ event: Event, now: Now) -> [Effect] {
        if case .key = event, tooSmall { return [] }
        return update(event, now: now)
    }

    /// The screen, or in a window too small for it, a request to enlarge the window.
    public func canvas(now: Now) -> Canvas {
        guard tooSmall else { return render(now: now) }
        var canvas = Canvas(width: width, height: height)
        let lines = enlargeWords.flatMap { $0.isEmpty ? [""] : TextWidth.wrap($0, width) }
        for (i, line) in lines.enumerated() { canvas.center(line, y: height / 2 - lines.count / 2 + i, style: .title) }
        return canvas
    }
}

/// Runs any screen: feeds it events, carries out its effects, and draws it. It wakes when
/// the screen's timer changes what is shown, else at least every half second (to notice
/// a stop signal that did not interrupt the wait). Bells and leaving are the loop's own;
/// other effects (a write, an install) go to `perform`, which may answer with more. A
/// failed one becomes a `saveFailed` event, and nothing after it is carried out but leaving.
public final class ScreenLoop<S: Screen> {
    public private(set) var screen: S
    private let clock: () -> Now
    private let perform: (inout S, Effect, Now) throws(StorageError) -> [Effect]

    public init(_ screen: S, clock: @escaping () -> Now = Now.system,
                perform: @escaping (inout S, Effect, Now) throws(StorageError) -> [Effect] = { _, _, _ in [] }) {
        self.screen = screen
        self.clock = clock
        self.perform = perform
    }

    /// Runs until the person leaves or a stop signal arrives.
    public func run(on display: Display) {
        let size = display.size
        _ = step(.resize(width: size.width, height: size.height), display: display)
        display.draw(screen.canvas(now: clock()))
        while true {
            let wait = screen.nextChange(now: clock().mono).map { Int(($0 * 1000).rounded(.up)) } ?? 500
            let event = display.nextEvent(timeoutMilliseconds: min(max(wait, 1), 500)) ?? .tick
            if event == .key(.redraw) { display.repaint() }
            guard step(event, display: display) else { return }
            display.draw(screen.canvas(now: clock()))
        }
    }

    /// Returns false when hep should leave.
    func step(_ event: Event, display: Display) -> Bool {
        var effects = screen.handle(event, now: clock())
        var leaving = false
        while !effects.isEmpty {
            switch effects.removeFirst() {
            case .bell: display.bell()
            case .quit: leaving = true
            case let effect:
                do throws(StorageError) {
                    effects += try perform(&screen, effect, clock())
                } catch {
                    // Nothing after a failed write is written: it would not be the patient's story.
                    effects = effects.filter { $0 == .quit } + screen.update(.saveFailed(error), now: clock())
                }
            }
        }
        return !leaving
    }
}
