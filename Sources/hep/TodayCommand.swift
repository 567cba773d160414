import ArgumentParser
import Foundation
import HEPCore

struct Today: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print what is due today, as plain text.")

    @OptionGroup var dataOption: DataOption

    @Option(help: ArgumentHelp("Show another day (YYYY-MM-DD).", valueName: "date"), transform: parseDate)
    var date: LocalDate?

    func run() throws {
        let folder = dataOption.folder
        guard FileManager.default.fileExists(atPath: folder.programPath) else {
            printError("hep: no program in \(folder.path) yet; `hep init` installs the bundled example")
            throw ExitCode(Failure.noInput)
        }
        let program: Program
        do {
            program = try Documents.loadProgram(folder.programPath, display: folder.programPath)
        } catch {
            throw Failure.exit(error)
        }
        print(TodayText.render(program, schedule(program, date ?? LocalDate(Date())), width: 80), terminator: "")
    }
}

func parseDate(_ text: String) throws -> LocalDate {
    guard let date = LocalDate(text) else { throw ValidationError("not a date written YYYY-MM-DD (got \(text))") }
    return date
}
