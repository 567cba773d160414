import ArgumentParser
import Foundation
import HEPTerminal

/// What the full-screen commands share: they need a terminal (else a one-line error
/// naming the plain-text command to use instead, exit 69), they colour unless `NO_COLOR`
/// is set, and the terminal is put back however the screen ends.
enum ScreenCommand {
    /// The terminal, once it is known to be usable; nothing is drawn until `show` starts it.
    static func terminal(for screen: ScreenName, instead: String) throws -> Terminal {
        switch Terminal.unusable() {
        case .notATerminal?:
            printError(say.needsTerminal(screen, instead: instead))
            throw ExitCode(Failure.noTerminal)
        case let .cannotDraw(term)?:
            printError(say.cannotShow(screen, term: term, instead: instead))
            throw ExitCode(Failure.noTerminal)
        case nil: break
        }
        return Terminal()
    }

    /// Starts the terminal, runs `body` on it, and puts the terminal back.
    static func show(on terminal: Terminal, _ body: (Terminal) -> Void) {
        terminal.start(colors: ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true)
        body(terminal)
        terminal.stop()
    }
}
