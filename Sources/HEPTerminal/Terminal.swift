import CNcursesw
import Foundation
import HEPApp

/// The ncurses backend: the only code that talks to the terminal. It copies canvases to
/// the screen (ncurses then sends only the cells that changed), turns keys, resizes and
/// signals into events, and puts the terminal back on every way out.
public final class Terminal: Display {
    public let glyphs: Glyphs
    private var attributes: [Style: attr_t] = [:]
    private var started = false

    /// Why hep cannot draw a screen here.
    public enum Unusable: Equatable, Sendable {
        /// Standard input or output is not a terminal.
        case notATerminal
        /// The terminal cannot address the cursor (`TERM` unset or `dumb`).
        case cannotDraw(term: String)
    }

    /// Why hep cannot draw a screen here, or nil when it can: it needs a real terminal on
    /// both standard input and output, and one that can address the cursor.
    public static func unusable(environment: [String: String] = ProcessInfo.processInfo.environment) -> Unusable? {
        if isatty(0) == 0 || isatty(1) == 0 { return .notATerminal }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { return .cannotDraw(term: term.isEmpty ? "unset" : term) }
        return nil
    }

    public init() {
        setlocale(LC_ALL, "")
        glyphs = hep_locale_is_utf8() != 0 ? .unicode : .ascii
    }

    public func start(colors wanted: Bool) {
        hep_install_stop_handlers()
        hep_install_crash_handlers()
        // Sizes come from the terminal itself: an exported LINES or COLUMNS would freeze
        // the size ncurses sees and hide every resize.
        unsetenv("LINES")
        unsetenv("COLUMNS")
        initscr()
        started = true
        cbreak()
        noecho()
        hep_keypad()
        curs_set(0)
        set_escdelay(25)
        let colors = wanted && has_colors()
        if colors {
            start_color()
            use_default_colors()
            init_pair(1, Int16(COLOR_GREEN), -1)
            init_pair(2, Int16(COLOR_RED), -1)
            init_pair(3, Int16(COLOR_CYAN), -1)
        }
        attributes = [
            .normal: 0,
            .title: hep_a_bold(),
            .dim: hep_a_dim(),
            .selected: hep_a_reverse(),
            .good: hep_a_bold() | (colors ? hep_color_pair(1) : 0),
            .warn: hep_a_bold() | (colors ? hep_color_pair(2) : 0),
            .accent: colors ? hep_color_pair(3) : hep_a_underline(),
        ]
    }

    /// Restores the normal screen, echo and the cursor.
    public func stop() {
        guard started else { return }
        curs_set(1)
        endwin()
        started = false
    }

    public var size: (width: Int, height: Int) { (Int(hep_cols()), Int(hep_lines())) }

    public func draw(_ canvas: Canvas) {
        hep_erase()
        for y in 0..<canvas.height {
            var x = 0
            while x < canvas.width {
                // One run of cells in the same style, written at once.
                let style = canvas[x, y].style
                let start = x
                var text = ""
                while x < canvas.width && canvas[x, y].style == style {
                    text += canvas[x, y].text
                    x += 1
                }
                hep_put(Int32(y), Int32(start), text, attributes[style] ?? 0)
            }
        }
        hep_refresh()
    }

    public func repaint() { hep_clearok() }

    public func bell() { beep() }

    public func nextEvent(timeoutMilliseconds: Int) -> Event? {
        var ch: wint_t = 0
        let result = glyphs == .unicode ? hep_get(Int32(timeoutMilliseconds), &ch) : hep_get_byte(Int32(timeoutMilliseconds), &ch)
        let signal = hep_take_stop_signal()
        if signal != 0 { return .stopSignal(signal) }
        if result == KEY_CODE_YES {
            switch Int32(ch) {
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_ENTER: return .key(.enter)
            case KEY_BACKSPACE: return .key(.backspace)
            case hep_key_resize(): return .resize(width: size.width, height: size.height)
            default: return nil
            }
        }
        guard result == OK else {
            return hep_input_hung_up() != 0 ? .stopSignal(SIGHUP) : nil
        }
        switch ch {
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 12: return .key(.redraw)
        case 0x80...0xFF where glyphs == .ascii:
            return .key(.char(character(lead: UInt8(ch))))
        default:
            guard ch >= 32, let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .key(.char(Character(scalar)))
        }
    }

    /// A letter typed where the locale is not UTF-8. Most such terminals send UTF-8 all the
    /// same (the locale is only missing), so a whole UTF-8 sequence is one letter; a byte
    /// that starts none is read as Latin-1, and the bytes after it are read again.
    private func character(lead: UInt8) -> Character {
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        var bytes = [lead]
        var next: wint_t = 0
        while bytes.count < length {
            let result = hep_get_byte(10, &next)
            if result == KEY_CODE_YES { hep_unget_byte(Int32(next)) }
            guard result == OK else { break }
            bytes.append(UInt8(truncatingIfNeeded: next))
            if next & 0xC0 != 0x80 { break }
        }
        if let text = String(validating: bytes, as: UTF8.self), text.count == 1 { return text.first! }
        bytes.dropFirst().reversed().forEach { hep_unget_byte(Int32($0)) }
        return Character(Unicode.Scalar(lead))
    }
}
