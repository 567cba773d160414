import ArgumentParser

@main
struct HEP: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "hep",
        abstract: "A companion for home exercise programs: today's plan, and data you can trust.",
        discussion: """
        hep keeps a patient's program and day logs in a private data folder: --data DIR, \
        else $HEP_DATA, else $XDG_DATA_HOME/hep, else ~/.local/share/hep.
        """,
        version: version,
        subcommands: [SessionCommand.self, Init.self, Today.self, ReportCommand.self, ReviewCommand.self, Validate.self, DemoHistoryCommand.self],
        defaultSubcommand: SessionCommand.self
    )
}
