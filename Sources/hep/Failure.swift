import ArgumentParser
import Foundation
import HEPCore

/// How hep leaves when it cannot do what was asked: one line per problem on stderr, and
/// an exit status from sysexits.h that means one thing, so scripts can tell the cases apart.
enum Failure {
    static let usage: Int32 = 64         // EX_USAGE: the command line is wrong
    static let invalidData: Int32 = 65   // EX_DATAERR: a file is not valid
    static let noProgram: Int32 = 66     // EX_NOINPUT: no program installed in the data folder
    static let noTerminal: Int32 = 69    // EX_UNAVAILABLE: a full screen needs a terminal
    static let bundleMissing: Int32 = 72  // EX_OSFILE: hep's bundled data is missing
    static let wouldReplace: Int32 = 73  // EX_CANTCREAT: refused to replace or write into data that is there
    static let ioError: Int32 = 74       // EX_IOERR: a read or a write failed
    static let locked: Int32 = 75        // EX_TEMPFAIL: another hep is recording
    static let notPrivate: Int32 = 77    // EX_NOPERM: the data folder is not the patient's alone

    static func exit(_ error: Error) -> ExitCode {
        switch error {
        case let code as ExitCode:
            return code
        case let invalid as InvalidData:
            invalid.problems.forEach { printError($0.description(in: runLanguage)) }
            return ExitCode(invalidData)
        case let problem as Problem:
            printError(problem.description(in: runLanguage))
            return ExitCode(invalidData)
        case let refused as PrescribeError:
            printError(refused.description(in: runLanguage))
            switch refused {
            case .programExists, .logsWithoutProgram, .readOnly: return ExitCode(wouldReplace)
            default: return ExitCode(usage)
            }
        case let storage as StorageError:
            printError("hep: " + storage.description(in: runLanguage))
            switch storage.kind {
            case .locked: return ExitCode(locked)
            case .exists: return ExitCode(wouldReplace)
            case .notPrivate: return ExitCode(notPrivate)
            case .io: return ExitCode(ioError)
            }
        default:
            printError("hep: \(error)")
            return ExitCode(ioError)
        }
    }

    /// What every command that needs a program says when the data folder has none.
    static func noProgram(in data: DataOption) -> ExitCode {
        let option = data.data.map { " --data \(shellQuoted($0))" } ?? ""
        printError(say.noProgram(in: data.folder.path, option: option))
        return ExitCode(noProgram)
    }

    /// The bundled files (exercises, the example program) are not where this hep looks.
    static func notInstalled() -> ExitCode {
        printError(say.bundleMissing(beside: CommandLine.executablePath))
        return ExitCode(bundleMissing)
    }
}

/// One message on stderr, safe for a terminal (a file name may hold anything).
func printError(_ line: String) {
    FileHandle.standardError.write(Data((TerminalText.safe(line) + "\n").utf8))
}

/// Writes `text` to standard output; a write that fails (a full disk, a closed file) is
/// said and is exit 74, not a silent success.
func printOut(_ text: String) throws {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
        let n = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else {
            printError(say.cannotWriteOutput(String(cString: strerror(errno))))
            throw ExitCode(Failure.ioError)
        }
        bytes = bytes.dropFirst(n)
    }
}
