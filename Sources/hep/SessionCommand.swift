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
    @OptionGroup var languageOption: LanguageOption

    @Flag(help: "No bell at the end of holds and rests.")
    var quiet = false

    func run() throws {
        let terminal = try ScreenCommand.terminal(for: .session, instead: "hep today")
        try dataOption.checkFolder()
        let folder = dataOption.folder
        let today = LocalDate(Date())
        let loop: SessionLoop
        do {
            if dataOption.hasProgram {
                let book = LogBook(lock: try WriterLock.acquire(folder))
                let state = try AppState.load(folder: folder, book: book, now: Moment(Date()), quiet: quiet,
                                              language: languageOption.language, glyphs: terminal.glyphs, width: 80, height: 24)
                loop = SessionLoop(state: state, book: book) { () throws(StorageError) in try installExample(into: folder) }
            } else {
                // A typo in --data must leave no trace: the folder and its lock are made
                // only once the patient chooses to try the example.
                var state = AppState(folder: folder.path, program: nil, date: today, log: DayLog(date: today),
                                     askMorningPain: false, lastSessionVersion: nil, quiet: quiet,
                                     language: languageOption.language, glyphs: terminal.glyphs)
                state.dataArgument = dataOption.data
                loop = SessionLoop(state: state, book: nil) { () throws(StorageError) in try installExample(into: folder) }
            }
        } catch {
            throw Failure.exit(error)
        }
        ScreenCommand.show(on: terminal) { loop.run(on: $0) }
        if case let .failed(error) = loop.state.screen {
            printError("hep: " + error.description(in: runLanguage))
            throw ExitCode(Failure.ioError)
        }
        if loop.state.program == nil { throw Failure.noProgram(in: dataOption) }
    }

    private func installExample(into folder: DataFolder) throws(StorageError) -> (program: Program, book: LogBook) {
        guard let bundle = BundledData.folder() else {
            throw StorageError(.io, .exampleMissing(beside: CommandLine.executablePath))
        }
        let source = bundle + "/" + BundledData.exampleProgram
        let checked: ProgramInstaller.Checked
        do {
            checked = try ProgramInstaller.check(source)
        } catch {
            // The bundled example is checked like any program; a broken one is told as such.
            throw StorageError(.io, .unreadable(error.problems))
        }
        let book = LogBook(lock: try WriterLock.acquire(folder))
        _ = try ProgramInstaller.install(checked, into: book.lock, force: false)
        return (checked.program, book)
    }
}
