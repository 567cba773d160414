import Foundation
import TestSupport

/// hep running for real in a tmux pane of its own server: keys go in with send-keys, the
/// screen comes back with capture-pane. After hep exits, the pane prints its exit status
/// and the terminal's settings, so a test can see that the terminal was restored.
final class Tmux {
    let socket = "hep-e2e-\(UUID().uuidString.prefix(8))"
    let target = "main"

    private let cleanup: () -> Void

    /// Runs hep with `arguments`, through `launcher` (such as a fake clock) when one is given.
    init(_ arguments: [String], width: Int = 80, height: Int = 24, environment: [String: String] = ["LC_ALL": "C.UTF-8"],
         launcher: [String] = [], cleanup: @escaping () -> Void = {}) throws {
        self.cleanup = cleanup
        let env = environment.map { "\($0.key)=\(quote($0.value))" }.joined(separator: " ")
        let command = "env \(env) \((launcher + [Repo.hep] + arguments).map(quote).joined(separator: " ")); "
            + "echo \"EXITED $?\"; stty -a | tr '\\n' ' '; echo; sleep 600"
        // The tmux server this starts outlives the call and is the parent of hep. Started as
        // it is, it would inherit the test runner's blocked signals (so no SIGHUP, SIGTERM or
        // resize would reach hep) and the descriptor by which Foundation learns that its child
        // exited (so the call would never return). Python resets both, then becomes tmux.
        let clean = "import os, signal, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); os.closerange(3, 65536); "
            + "os.execvp(sys.argv[1], sys.argv[1:])"
        let result = try run("/usr/bin/env", ["python3", "-c", clean, "tmux", "-L", socket, "new-session", "-d", "-s", target,
                                              "-x", "\(width)", "-y", "\(height)", "bash -c \(quote(command))"])
        guard result.status == 0 else { throw TmuxError(message: "tmux new-session: \(result.stderr)") }
    }

    /// Ends the tmux server, and with it anything still running in the pane; then runs the cleanup.
    func close() {
        _ = try? tmux("kill-server")
        cleanup()
    }

    @discardableResult
    func tmux(_ arguments: String...) throws -> String {
        let result = try run("/usr/bin/env", ["tmux", "-L", socket] + arguments)
        guard result.status == 0 else { throw TmuxError(message: "tmux \(arguments.joined(separator: " ")): \(result.stderr)") }
        return result.stdout
    }

    /// Sends keys by tmux's names (Enter, Escape, Space, BSpace) or as literal text.
    func send(_ keys: String...) throws {
        for key in keys {
            if ["Enter", "Escape", "Space", "BSpace", "Up", "Down", "Left", "Right"].contains(key) {
                try tmux("send-keys", "-t", target, key)
            } else {
                try tmux("send-keys", "-t", target, "-l", key)
            }
        }
    }

    /// The last key sent by `answer` or `press`.
    private var lastKey = ""

    /// Waits for `text`, then presses `keys` as a person would.
    func answer(_ text: String, _ keys: String..., seconds: Double = 10) throws {
        try wait(for: text, seconds: seconds)
        try press(keys)
    }

    /// Presses `keys`; the same key as the last one waits a moment more, since within
    /// 0.3 s of a new screen it is not taken.
    func press(_ keys: [String]) throws {
        for key in keys {
            if key == lastKey { usleep(350_000) }
            try send(key)
            lastKey = key
        }
    }

    /// The visible screen, wrapped lines joined.
    func screen() throws -> String { try tmux("capture-pane", "-p", "-J", "-t", target) }

    /// Waits until the screen shows `text`, and returns the screen.
    @discardableResult
    func wait(for text: String, seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            usleep(30_000)
        }
        throw TmuxError(message: "waited \(seconds) s for \"\(text)\"; the screen shows:\n\(last)")
    }

    /// The pid of hep, a child of the pane's shell.
    func hepPID() throws -> pid_t {
        let shell = try tmux("display-message", "-p", "-t", target, "#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines)
        let found = try run("/usr/bin/pgrep", ["-P", shell, "-x", "hep"])
        guard let pid = pid_t(found.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TmuxError(message: "hep is not running under pane shell \(shell)")
        }
        return pid
    }

    /// Whether the pane is back on the normal screen with the cursor shown.
    func restored() throws -> Bool {
        try tmux("display-message", "-p", "-t", target, "#{alternate_on} #{cursor_flag}").trimmingCharacters(in: .whitespacesAndNewlines) == "0 1"
    }
}

struct TmuxError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
