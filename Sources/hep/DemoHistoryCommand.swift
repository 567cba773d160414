import ArgumentParser
import Foundation
import HEPCore

struct DemoHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-history",
        abstract: "Write a made-up but realistic history of the example program into a new data folder.")

    @OptionGroup var dataOption: DataOption
    @OptionGroup var languageOption: LanguageOption

    @Option(help: "How many years of history.")
    var years: Int = 1

    @Option(help: "The same seed gives the same history.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The history ends the day before this date (default: today).", valueName: "date"),
            transform: parseDate)
    var today: LocalDate?

    func validate() throws {
        guard (1...20).contains(years) else { throw ValidationError(say.years(years)) }
    }

    func run() throws {
        let folder = dataOption.folder
        if FileManager.default.fileExists(atPath: folder.programPath) || !folder.logDates().isEmpty {
            printError(say.holdsData(folder.path))
            throw ExitCode(Failure.wouldReplace)
        }
        guard let bundle = BundledData.folder() else { throw Failure.notInstalled() }
        do {
            let source = bundle + "/" + BundledData.exampleProgram
            let example = try Documents.loadProgram(source, display: source)
            let end = today ?? LocalDate(Date())
            let days = end.dayNumber - LocalDate(year: end.year - years, month: end.month, day: min(end.day, 28))!.dayNumber
            let count = try DemoHistory.write(example: example, into: try WriterLock.acquire(folder), days: days, seed: seed, today: end)
            print(say.wroteHistory(logs: count, days: days, before: end, into: folder.path))
        } catch {
            throw Failure.exit(error)
        }
    }
}
