import ArgumentParser
import Foundation
import HEPCore

/// `--data DIR`, shared by every command that works on a data folder.
struct DataOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The data folder.", valueName: "dir"), completion: .directory)
    var data: String?

    var folder: DataFolder { DataFolder.resolve(option: data) }

    func validate() throws {
        if data?.isEmpty == true { throw ValidationError(say.emptyData) }
    }

    /// Whether anything is at the program's path: a file that cannot be read (a broken
    /// link, no permission) is a program to report on, not a missing one.
    var hasProgram: Bool {
        var info = stat()
        return lstat(folder.programPath, &info) == 0
    }

    /// Stops with a clear line when the data folder's path names something else than a folder.
    func checkFolder() throws {
        var info = stat()
        if stat(folder.path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
            printError(say.dataIsAFile(folder.path))
            throw ExitCode(Failure.noProgram)
        }
    }

    /// The data folder, for a command that needs its program; without one, the command
    /// stops with the same advice everywhere.
    func folderWithProgram() throws -> DataFolder {
        try checkFolder()
        guard hasProgram else { throw Failure.noProgram(in: self) }
        // Reading goes on, but the patient is told.
        if let problem = Folders.privacyProblem(of: folder) { printError(say.warning(runLanguage.common.privacy(problem))) }
        return folder
    }
}
