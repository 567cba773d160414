import Foundation
import HEPApp
import HEPCore
import Testing

/// Thousands of random events (keys, resizes, time passing, the wall clock stepped back
/// and forth, stop signals) through `update` with a fake clock and a real data folder.
/// After each one: what the screen holds is what is on disk, the file passes hep's own
/// checks against the program, and the screen draws at whatever size the window is.
@Suite struct MonkeyTests {

    /// Mostly what moves a session on (Space, Enter, answers), some of everything else.
    static let keys: [Key] = Array(repeating: .char(" "), count: 40) + Array(repeating: .enter, count: 12)
        + [.escape, .backspace, .up, .down, .left, .right] + "0123456789012345nyyqesfp+-?kxo".map { Key.char($0) }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomEventsNeverBreakTheLog(seed: UInt64) throws {
        // The same seed gives the same run, so a failure can be replayed.
        var generator = SplitMix64(seed: seed)
        func below(_ n: Int) -> Int { generator.next(in: 0...(n - 1)) }
        var h = Harness(askMorningPain: seed % 2 == 0)
        var events = 0
        for _ in 0..<1500 {
            let roll = below(100)
            switch roll {
            case 0..<70:
                h.keyGap = Double(below(600)) / 1000
                h.key(Self.keys[below(Self.keys.count)])
            case 70..<85:
                h.wait(Double(below(40_000)) / 1000)
            case 85..<90:
                h.send(.resize(width: 20 + below(120), height: 6 + below(44)))
            case 90..<95:
                // The wall clock stepped back or forward by up to an hour; timers do not care.
                h.now.wall += Double(below(7200) - 3600)
            case 95..<97:
                h.send(.resize(width: 80, height: 24))
            default:
                if h.send(.stopSignal(SIGTERM)).contains(.quit) {
                    // A new run of hep on the same day's log.
                    h.restart()
                }
            }
            events += 1
            let disk = h.disk
            #expect(h.state.log == disk, "seed \(seed), event \(events): the screen holds something not on disk")
            let problems = Documents.check(Documents.encode(disk), display: "log", expected: .log, program: .fixture,
                                           fileDate: h.state.date).problems
            #expect(problems.isEmpty, "seed \(seed), event \(events): \(problems)")
            _ = h.state.canvas(now: h.now)
            if !problems.isEmpty || h.state.log != disk { break }
        }
        #expect(events == 1500)
        // The run got somewhere: sessions begun and sets saved, not 1500 keys on one screen.
        let saved = h.disk.sessions.flatMap(\.exercises).flatMap(\.sets).count
        #expect(h.disk.sessions.count >= 2 && saved >= 5, "seed \(seed): \(h.disk.sessions.count) sessions, \(saved) sets")
        print("monkey seed \(seed): \(events) events, \(h.disk.sessions.count) sessions, \(saved) sets on disk")
    }
}
