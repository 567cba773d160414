import ArgumentParser
import Foundation
import HEPCore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Install a program into the data folder (by default the bundled example).")

    @OptionGroup var dataOption: DataOption

    @Option(help: ArgumentHelp("The program to install.", valueName: "file"), completion: .file(extensions: ["json"]))
    var program: String?

    @Flag(help: "Replace a different program already installed; the old one is kept beside it.")
    var force = false

    func run() throws {
        let folder = dataOption.folder
        let bundle = BundledData.folder()
        guard let source = program ?? bundle.map({ $0 + "/" + BundledData.exampleProgram }) else {
            printError("hep: the bundled example program is not installed with this hep; give one with --program FILE")
            throw ExitCode(Failure.bundleMissing)
        }
        if let bundle, isInside(folder.path, bundle) {
            printError("hep: \(folder.path) holds hep's bundled files; choose another data folder with --data")
            throw ExitCode(Failure.wouldReplace)
        }
        do {
            let checked = try ProgramInstaller.check(source, display: source)
            try ProgramInstaller.refuseReplacing(checked, in: folder, force: force)
            let lock = try WriterLock.acquire(folder)
            switch try ProgramInstaller.install(checked, into: lock, force: force) {
            case .installed: print("Installed \(source) as \(folder.programPath).")
            case .unchanged: print("\(folder.programPath) already holds this program.")
            case let .replaced(kept): print("Installed \(source) as \(folder.programPath); the old program is kept as \(kept).")
            }
        } catch {
            throw Failure.exit(error)
        }
    }
}
