import ArgumentParser
import Foundation
import HEPApp
import HEPCore
import HEPTerminal

/// `hep` with no subcommand: the patient's full-screen session on today's program.
struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "Open the session screen for today's exercises (what `hep` alone does).")

    @OptionGroup var dataOption: DataOption

    @Flag(help: "No bell at the end of holds and rests.")
    var quiet = false

    func run() throws {
        if let reason = Terminal.unusableReason(for: "session", instead: "hep today") {
            printError(reason)
            throw ExitCode(Failure.noInput)
        }
        let folder = dataOption.folder
        let loop: SessionLoop
        let terminal = Terminal()
        do {
            let book = LogBook(lock: try WriterLock.acquire(folder))
            let state = try AppState.load(folder: folder, book: book, date: LocalDate(Date()), quiet: quiet,
                                          glyphs: terminal.glyphs, width: 80, height: 24)
            loop = SessionLoop(state: state, book: book) {
                guard let bundle = BundledData.folder() else {
                    throw StorageError(.io, "the bundled example program is not installed with this hep")
                }
                let source = bundle + "/" + BundledData.exampleProgram
                let checked = try ProgramInstaller.check(source, display: source)
                _ = try ProgramInstaller.install(checked, into: book.lock, force: false)
                return checked.program
            }
        } catch {
            throw Failure.exit(error)
        }
        terminal.start(colors: ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true)
        loop.run(on: terminal)
        terminal.stop()
    }
}
