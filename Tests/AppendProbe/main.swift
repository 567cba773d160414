// A writer for hep's crash-safety tests: it takes the data folder's lock and appends
// exercise records to one day's log through LogBook, printing "wrote ID" only after
// each append returned, so a test can kill it at any moment and check that every
// record it reported is on disk.
//
// usage: hep-append-probe DATA DATE [COUNT]     (COUNT 0: forever)
//        hep-append-probe DATA --hold           (take the lock and wait)
import Foundation
import HEPCore

/// Unbuffered, so a line is out before the next append starts.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: hep-append-probe DATA DATE [COUNT] | DATA --hold\n".utf8))
    exit(64)
}

func fail(_ error: StorageError) -> Never {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(error.kind == .locked ? 75 : 74)
}

let lock: WriterLock
do { lock = try WriterLock.acquire(DataFolder(path: arguments[1])) } catch { fail(error) }
if arguments[2] == "--hold" {
    say("holding")
    while true { sleep(60) }
}
guard let date = LocalDate(arguments[2]) else { exit(64) }
let count = arguments.count > 3 ? Int(arguments[3]) ?? 0 : 0
let book = LogBook(lock: lock)
let pid = getpid()
let session = "s-probe-\(pid)"
do {
    let started = Moment(date: date, hour: 8, minute: 0, second: 0, offsetMinutes: 60)!
    try book.record(.startSession(Session(id: session, started: started, programVersion: 1)), on: date)
    book.notices.forEach { say("notice: \($0)") }
    var n = 0
    while count == 0 || n < count {
        n += 1
        let set = SetRecord(side: .none, reps: n % 200, completed: Moment(Date()))
        try book.appendRecord(ExerciseRecord(item: "probe", status: .done, sets: [set], note: "\(pid)-\(n)"),
                              session: session, on: date)
        say("wrote \(pid)-\(n)")
    }
} catch {
    fail(error)
}
