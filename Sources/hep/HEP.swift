import ArgumentParser
import Foundation

@main
struct HEP: ParsableCommand {
    /// hep's version, semantic versioning; `hep --version` prints it.
    static let version = "0.2.0"

    static let configuration = CommandConfiguration(
        commandName: "hep",
        abstract: "A companion for home exercise programs: today's plan, and data you can trust.",
        discussion: """
        hep keeps a patient's program and day logs in a private data folder: --data DIR, \
        else $HEP_DATA, else $XDG_DATA_HOME/hep, else ~/.local/share/hep.
        """,
        version: version,
        subcommands: [SessionCommand.self, Init.self, Today.self, ReportCommand.self, ExportCommand.self, ReviewCommand.self, LibraryCommand.self, ProgramCommand.self, Validate.self,
                      DemoHistoryCommand.self],
        defaultSubcommand: SessionCommand.self
    )

    static func main() {
        let commands = configuration.subcommands.map { ($0.configuration.commandName ?? "", $0.configuration.abstract) }
        switch CommandWord.arrange(Array(CommandLine.arguments.dropFirst()), commands: commands.map(\.0) + ["help"]) {
        case let .arguments(arguments):
            main(arguments)
            // What the parser printed (help, a version) that did not reach its reader is a
            // failed write too; the commands' own output is checked as it is written.
            if fflush(nil) != 0 {
                printError(say.cannotWriteOutput(String(cString: strerror(errno))))
                Foundation.exit(Failure.ioError)
            }
        case let .unknown(word):
            CommandWord.message(for: word, commands: commands).split(separator: "\n").forEach { printError(String($0)) }
            Foundation.exit(Failure.usage)
        }
    }
}
