// hep-bench: figures for the session screen, on a data folder with a generated history.
//
//   hep-bench generate DIR [DAYS]   the example program and DAYS (365) days of logs up to yesterday
//   hep-bench measure DIR           in-process timings: start-up work to the first canvas, one key
//   hep-bench read DIR              one core's time to parse, and to parse and check, every day log in DIR
//
// scripts/bench runs both and adds what needs a real terminal (the binary's first frame,
// bytes sent while a hold counts down).
import Foundation
import HEPApp
import HEPCore

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("hep-bench: \(message)\n".utf8))
    exit(64)
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = Now.system().mono
    try body()
    return Now.system().mono - start
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func ms(_ s: Double) -> String { String(format: "%.3f ms", s * 1000) }

let args = CommandLine.arguments
guard args.count >= 3 else { fail("usage: hep-bench generate DIR [DAYS] | measure DIR") }
let folder = DataFolder(path: args[2])
let today = LocalDate(Date())

switch args[1] {
case "generate":
    let days = args.count > 3 ? Int(args[3]) ?? 365 : 365
    guard let bundle = BundledData.folder() else { fail("the bundled data is not found") }
    let source = bundle + "/" + BundledData.exampleProgram
    let program = try Documents.loadProgram(source, display: source)
    let count = try DemoHistory.write(example: program, into: try WriterLock.acquire(folder), days: days, seed: 42, today: today)
    print("wrote \(count) day logs of the \(days) days before \(today) into \(folder.path)")

case "measure":
    let lock = try WriterLock.acquire(folder)
    var firstFrames: [Double] = []
    var state: AppState?
    for _ in 0..<31 {
        firstFrames.append(try seconds {
            let book = LogBook(lock: lock)
            let loaded = try AppState.load(folder: folder, book: book, now: Moment(Date()), quiet: true, glyphs: .unicode,
                                           width: 80, height: 24)
            _ = render(loaded, now: Now.system())
            state = loaded
        })
    }
    print("start-up work to the first canvas (load program and logs, build the state, render 80x24): median \(ms(median(firstFrames)))")

    guard var s = state else { exit(1) }
    if case .question = s.screen { _ = s.update(.key(.char("n")), now: Now.system()) }
    var keys: [Double] = []
    let now = Now.system()
    for i in 0..<2001 {
        let key: Key = i % 2 == 0 ? .down : .up
        keys.append(seconds {
            _ = s.update(.key(key), now: now)
            _ = render(s, now: now)
        })
    }
    print("one key to the next canvas (update and render 80x24, list moves): median \(ms(median(keys)))")

case "read":
    let logs = Folders.entries(folder.logFolder).filter { $0.hasSuffix(".json") }.map { folder.logFolder + "/" + $0 }
    let files = try logs.map { try FileReader.read($0, display: $0) }
    var parse: [Double] = [], check: [Double] = []
    for _ in 0..<7 {
        parse.append(try seconds { for bytes in files { _ = try JSONParser.parse(bytes) } })
        check.append(try seconds { for (bytes, path) in zip(files, logs) { _ = try Documents.decodeLog(bytes, display: path) } })
    }
    let size = files.reduce(0) { $0 + $1.count }
    print("\(files.count) day logs, \(size / 1024) KiB, on one core: parse median \(ms(median(parse))), "
          + "parse and check into the model median \(ms(median(check)))")

default:
    fail("unknown command \(args[1])")
}
