import ArgumentParser
import HEPCore

/// `--data DIR`, shared by every command that works on a data folder.
struct DataOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder.", valueName: "dir"))
    var data: String?

    var folder: DataFolder { DataFolder.resolve(option: data) }
}
