import ArgumentParser
import Foundation
import HEPCore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Install a program into the data folder (by default the bundled example).")

    @OptionGroup var dataOption: DataOption
    @OptionGroup var languageOption: LanguageOption

    @Option(help: ArgumentHelp("The program to install.", valueName: "file"), completion: .file(extensions: ["json"]))
    var program: String?

    @Flag(help: "Replace a different program already installed; the old one is kept beside it.")
    var force = false

    func run() throws {
        let folder = dataOption.folder
        let bundle = BundledData.folder()
        guard let source = program ?? bundle.map({ $0 + "/" + BundledData.exampleProgram }) else {
            printError(say.noBundledExample)
            throw ExitCode(Failure.bundleMissing)
        }
        if let bundle, isInside(folder.path, bundle) {
            printError(say.holdsBundledFiles(folder.path))
            throw ExitCode(Failure.wouldReplace)
        }
        do {
            let checked = try ProgramInstaller.check(source)
            try ProgramInstaller.refuseReplacing(checked, in: folder, force: force)
            let lock = try WriterLock.acquire(folder)
            switch try ProgramInstaller.install(checked, into: lock, force: force) {
            case .installed: print(say.installed(source, as: folder.programPath, oldKeptAs: nil))
            case .unchanged: print(say.alreadyHolds(folder.programPath))
            case let .replaced(kept): print(say.installed(source, as: folder.programPath, oldKeptAs: kept))
            }
        } catch {
            throw Failure.exit(error)
        }
    }
}
