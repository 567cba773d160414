import Foundation
import HEPCore

extension AppState {
    /// The state a session starts from, in a folder with a program: the program, today's
    /// log and what the days before tell (is the morning question due, which version did
    /// the last session use, how many days in a row were complete). Reads today's log and
    /// those of the two weeks before.
    public static func load(folder: DataFolder, book: LogBook, now: Moment, quiet: Bool, language: Language = .en,
                            glyphs: Glyphs, width: Int, height: Int) throws -> AppState {
        let date = now.date
        let program = try Documents.loadProgram(folder.programPath, display: folder.programPath)
        let log = try book.log(date)
        var lastVersion = log.sessions.last?.programVersion
        var yesterday: DayLog?
        for earlier in folder.logDates().reversed() where earlier < date {
            guard let old = try? Documents.loadLog(folder.logPath(earlier), display: folder.logPath(earlier), program: nil,
                                                   fileDate: earlier), let last = old.sessions.last else { continue }
            if earlier == date.adding(days: -1) { yesterday = old }
            lastVersion = lastVersion ?? last.programVersion
            break
        }
        var state = AppState(folder: folder.path, program: program, date: date, log: log,
                             askMorningPain: try !book.keepsMorningAnswers(on: date)
                                 && MorningQuestion.isDue(today: log, yesterday: yesterday, now: now),
                             lastSessionVersion: lastVersion, quiet: quiet, language: language, glyphs: glyphs,
                             width: width, height: height)
        state.notice = book.notices.first.map(Notice.log) ?? (log.sessions.contains { $0.ended == nil } ? .cutShort : nil)
        state.daysAllDoneBefore = daysAllDone(before: date, program: program, folder: folder)
        return state
    }

    /// Days in a row before `date` on which every item due was done as many times as due;
    /// a day with nothing due neither counts nor breaks the run. Looks back two weeks.
    public static func daysAllDone(before date: LocalDate, program: Program, folder: DataFolder) -> Int {
        var run = 0
        for back in 1...14 {
            let day = date.adding(days: -back)
            let due = schedule(program, day).due
            if due.isEmpty { continue }
            let path = folder.logPath(day)
            guard let log = try? Documents.loadLog(path, display: path, program: nil, fileDate: day) else { break }
            let done = log.sessions.flatMap(\.exercises).filter { $0.status == .done }
            guard due.allSatisfy({ item in done.filter { $0.item == item.item.id }.count >= item.timesPerDay }) else { break }
            run += 1
        }
        return run
    }
}
