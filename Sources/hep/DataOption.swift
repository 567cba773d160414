import ArgumentParser
import Foundation
import HEPCore

/// `--data DIR`, shared by every command that works on a data folder.
struct DataOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder.", valueName: "dir"))
    var data: String?

    var folder: DataFolder { DataFolder.resolve(option: data) }

    /// Whether anything is at the program's path: a file that cannot be read (a broken
    /// link, no permission) is a program to report on, not a missing one.
    var hasProgram: Bool {
        var info = stat()
        return lstat(folder.programPath, &info) == 0
    }

    /// The data folder, for a command that needs its program; without one, the command
    /// stops with the same advice everywhere.
    func folderWithProgram() throws -> DataFolder {
        guard hasProgram else { throw Failure.noProgram(in: self) }
        return folder
    }
}
