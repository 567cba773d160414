import ArgumentParser
import Foundation
import HEPCore

/// How hep leaves when it cannot do what was asked: one line per problem on stderr, and
/// an exit status from sysexits.h so scripts can tell the cases apart.
enum Failure {
    static let invalidData: Int32 = 65   // EX_DATAERR: a file is not valid
    static let noInput: Int32 = 66       // EX_NOINPUT: no program installed yet
    static let ioError: Int32 = 74       // EX_IOERR: a write or a read failed
    static let locked: Int32 = 75        // EX_TEMPFAIL: another hep is recording

    static func exit(_ error: Error) -> ExitCode {
        switch error {
        case let invalid as InvalidData:
            invalid.problems.forEach { printError($0.description) }
            return ExitCode(invalidData)
        case let problem as Problem:
            printError(problem.description)
            return ExitCode(invalidData)
        case let storage as StorageError:
            printError("hep: \(storage.message)")
            return ExitCode(storage.kind == .locked ? locked : ioError)
        default:
            printError("hep: \(error)")
            return ExitCode(ioError)
        }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
