import Foundation
import HEPCore
import TestSupport
import Testing

/// The storage guarantees, checked with real processes: killed writers, a held lock,
/// permissions, a read-only folder, a file-size limit and a corrupt day log.
@Suite struct StorageTests {
    static let day = "2026-11-29"

    func logPath(_ data: String) -> String { data + "/log/\(Self.day).json" }

    func loadLog(_ data: String) throws -> DayLog {
        try Documents.loadLog(logPath(data), display: logPath(data), program: nil, fileDate: LocalDate(Self.day))
    }

    func notes(_ log: DayLog) -> [String] { log.sessions.flatMap { $0.exercises.compactMap(\.note) } }

    func temporaries(_ data: String) -> [String] {
        (Folders.entries(data) + Folders.entries(data + "/log")).filter { $0.contains(".tmp-") }
    }

    /// Runs `command` in bash with `arguments` as "$@", for ulimit and umask.
    func shell(_ command: String, _ arguments: String...) throws -> Run {
        try run("/bin/bash", ["-c", command + " \"$@\"", "bash"] + arguments)
    }

    @Test func writersKilledAtFiftyRandomMomentsLoseNothingTheyReported() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/data"
        var reported: [String] = []
        var killedMidWrite = 0
        for round in 0..<50 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Repo.probe)
            process.arguments = [data, Self.day]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            // Killed at a random moment once it has written: a slow start (a sanitizer, a
            // loaded machine) must not leave rounds in which nothing was written.
            var output = Data()
            while !String(decoding: output, as: UTF8.self).contains("wrote "), case let chunk = out.fileHandleForReading.availableData,
                  !chunk.isEmpty {
                output += chunk
            }
            usleep(UInt32.random(in: 0...100_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "round \(round): the writer ended before it was killed")
            output += out.fileHandleForReading.readDataToEndOfFile()
            let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
            reported += lines.filter { $0.hasPrefix("wrote ") }.map { String($0.dropFirst(6)) }
            if !temporaries(data).isEmpty { killedMidWrite += 1 }

            guard FileManager.default.fileExists(atPath: logPath(data)) else { continue }
            let found = notes(try loadLog(data))
            #expect(Set(found).isSuperset(of: reported), "round \(round): a reported record is missing")
            #expect(Set(found).count == found.count, "round \(round): a record was written twice")
            #expect(found.count <= reported.count + round + 1, "round \(round): more records than appends")
        }
        #expect(reported.count >= 50, "the writers barely wrote; the test proved little")
        print("crash test: \(reported.count) records reported over 50 kills; \(killedMidWrite) kills left a temporary file")

        // The next writer clears what killed ones left, and the log conforms to the schema.
        let last = try run(Repo.probe, [data, Self.day, "1"])
        #expect(last.status == 0)
        #expect(temporaries(data).isEmpty)
        #expect(try hep("validate", logPath(data)).status == 0)
        let python = ProcessInfo.processInfo.environment["HEP_PYTHON"] ?? "python3"
        let schema = try run("/usr/bin/env", [python, Repo.root + "/scripts/check-schemas.py", logPath(data)])
        #expect(schema.status == 0, "\(schema.stdout)")
    }

    @Test func aSecondWriterIsRefusedWhileReadersStillRead() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path
        #expect(try hep("init", "--data", data).status == 0)
        let holder = try holdWriterLock(data)
        defer { holder.stop() }

        let writer = try hep("init", "--data", data, "--force", "--program", Repo.example)
        #expect(writer.stderr == "hep: another hep is recording in \(data) (pid \(holder.pid) holds \(data)/.lock)\n")
        #expect(writer.status == 75)
        let probe = try run(Repo.probe, [data, Self.day, "1"])
        #expect(probe.stderr == "error: another hep is recording in \(data) (pid \(holder.pid) holds \(data)/.lock)\n")
        #expect(!FileManager.default.fileExists(atPath: logPath(data)))

        #expect(try hep("today", "--data", data, "--date", "2026-11-24").outLines.first == "Tuesday 2026-11-24 - Right knee - early strengthening - Alex Demo")
        #expect(try hep("validate", "--data", data).status == 0)
    }

    @Test func whatHepCreatesIsPrivateWhateverTheUmask() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/a/b/data"
        #expect(try shell("umask 000; exec", Repo.hep, "init", "--data", data).status == 0)
        #expect(try shell("umask 000; exec", Repo.probe, data, Self.day, "2").status == 0)
        for folder in [scratch.path + "/a", scratch.path + "/a/b", data, data + "/log"] {
            #expect(mode(folder) == 0o700, "\(folder)")
        }
        for file in [data + "/program.json", data + "/.lock", logPath(data)] {
            #expect(mode(file) == 0o600, "\(file)")
        }
    }

    @Test func aReadOnlyFolderIsAClearErrorAndKeepsTheOldFiles() throws {
        let scratch = Scratch()
        defer {
            chmod(scratch.path + "/log", 0o700)
            chmod(scratch.path, 0o700)
            scratch.remove()
        }
        let data = scratch.path
        let other = scratch.write("other/program.json", readText(Repo.example)!.replacingOccurrences(of: "Alex Demo", with: "Sam Other"))
        #expect(try hep("init", "--data", data).status == 0)
        #expect(try run(Repo.probe, [data, Self.day, "2"]).status == 0)
        chmod(data + "/log", 0o500)
        chmod(data, 0o500)
        let before = snapshot(data)
        // root writes anywhere; without these capabilities it obeys the modes like anyone.
        let drop = getuid() == 0 ? ["/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"] : []

        let install = try run(drop.first ?? Repo.hep, Array(drop.dropFirst()) + (drop.isEmpty ? [] : [Repo.hep])
            + ["init", "--data", data, "--force", "--program", other])
        #expect(install.stderr == "hep: cannot write \(data)/program.json: Permission denied; the previous version is kept\n")
        #expect(install.status == 74)

        let append = try run(drop.first ?? Repo.probe, Array(drop.dropFirst()) + (drop.isEmpty ? [] : [Repo.probe])
            + [data, Self.day, "1"])
        #expect(append.stderr == "error: cannot write \(logPath(data)): Permission denied; the previous version is kept\n")
        #expect(append.status == 74)
        #expect(snapshot(data) == before)
    }

    @Test func aFileSizeLimitIsAClearErrorAndKeepsTheOldFiles() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path
        let small = scratch.write("small.json", """
            {"schema": "hep.program/1", "patient": {"id": "p", "name": "P"}, "title": "Small",
             "versions": [{"version": 1, "effective": "2026-11-02", "items": []}]}
            """)
        #expect(try hep("init", "--data", data, "--program", small).status == 0)
        let before = snapshot(data)

        // `ulimit -f 4`: no file may grow past 4 KiB; the example program is 17 KiB.
        let install = try shell("ulimit -f 4; exec", Repo.hep, "init", "--data", data, "--force")
        #expect(install.stderr == "hep: cannot write \(data)/program.json: File too large; the previous version is kept\n")
        #expect(install.status == 74)
        #expect(snapshot(data) == before)

        // A day log that outgrows the limit: every record reported before the failure is kept.
        let append = try shell("ulimit -f 4; exec", Repo.probe, data, Self.day, "100")
        #expect(append.stderr == "error: cannot write \(logPath(data)): File too large; the previous version is kept\n")
        #expect(append.status == 74)
        let wrote = append.outLines.filter { $0.hasPrefix("wrote ") }.map { String($0.dropFirst(6)) }
        #expect(wrote.count > 0 && wrote.count < 100)
        #expect(notes(try loadLog(data)) == wrote)
        #expect(temporaries(data).isEmpty)
    }

    @Test func aFullDiskIsAClearErrorAndKeepsTheOldFiles() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/data"
        let small = scratch.write("small.json", """
            {"schema": "hep.program/1", "patient": {"id": "p", "name": "P"}, "title": "Small",
             "versions": [{"version": 1, "effective": "2026-11-02", "items": []}]}
            """)
        mkdir(data, 0o700)
        // A 64 KiB disk of its own, mounted in a private namespace, filled up after the first writes.
        let script = """
            set -u
            data=$1 hep=$2 probe=$3 small=$4 keep=$5
            mount -t tmpfs -o size=64k,mode=700 tmpfs "$data" || exit 90
            "$hep" init --data "$data" --program "$small" >/dev/null || exit 91
            "$probe" "$data" \(Self.day) 3 >/dev/null || exit 92
            cp "$data/program.json" "$data/log/\(Self.day).json" "$keep/"
            dd if=/dev/zero of="$data/filler" bs=1k count=1000 2>/dev/null
            "$hep" init --data "$data" --force; echo "init exit $?"
            "$probe" "$data" \(Self.day) 1; echo "append exit $?"
            cmp -s "$data/program.json" "$keep/program.json" && echo "program kept"
            cmp -s "$data/log/\(Self.day).json" "$keep/\(Self.day).json" && echo "log kept"
            ls -A "$data" "$data/log" | grep -c -- "-tmp-\\|\\.tmp-"
            """
        let result = try run("/usr/bin/unshare", ["-rm", "/bin/bash", "-c", script, "bash", data, Repo.hep, Repo.probe, small, scratch.path])
        #expect(result.outLines == ["init exit 74", "append exit 74", "program kept", "log kept", "0"])
        #expect(result.errLines == [
            "hep: cannot write \(data)/program.json: No space left on device; the previous version is kept",
            "error: cannot write \(data)/log/\(Self.day).json: No space left on device; the previous version is kept",
        ])
    }

    @Test func aCorruptDayLogIsMovedAsideNotOverwritten() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path
        let garbage = "{\"schema\": \"hep.log/1\", \"date\": \"2026-11-29\", \"sessions\": [ {\"id\": "
        _ = scratch.write("log/\(Self.day).json", garbage)

        let result = try run(Repo.probe, [data, Self.day, "1"])
        #expect(result.status == 0)
        let aside = Folders.entries(data + "/log").filter { $0.hasPrefix("\(Self.day).json.corrupt-") }
        #expect(aside.count == 1)
        #expect(readText(data + "/log/" + aside[0]) == garbage)
        #expect(result.outLines.first == "notice: Your log of \(Self.day) could not be read; it was moved to \(data)/log/\(aside[0])"
            + " and a new one begun. \(logPath(data)):1:68: unexpected end of file, expected a value")
        #expect(notes(try loadLog(data)).count == 1)
        // The kept file is not a day log, so it does not trouble validation.
        let validated = try hep("validate", data + "/log")
        #expect(validated.status == 0)
        #expect(validated.stderr == "1 file checked: all valid\n")
    }

    @Test func aDayLogThatBreaksARuleIsKeptReportedAndRecordedInto() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path
        // An older hep's session that ended before it started, a morning pain of 12, a
        // readable session and a field this hep does not know.
        let broken = """
            {"schema": "hep.log/1", "date": "\(Self.day)", "morningPain": 12, "weather": "rain",
             "sessions": [{"id": "s-070000", "started": "\(Self.day)T07:00:00+01:00", "ended": "\(Self.day)T06:00:00+01:00",
                           "programVersion": 1, "exercises": []},
                          {"id": "s-080000", "started": "\(Self.day)T08:00:00+01:00", "programVersion": 1, "device": "tablet",
                           "exercises": [{"item": "a", "status": "done", "sets": [], "note": "kept"}]}]}
            """
        _ = scratch.write("log/\(Self.day).json", broken)
        let before = try JSONParser.parse(Array(broken.utf8))

        let result = try run(Repo.probe, [data, Self.day, "2"])
        #expect(result.status == 0)
        #expect(result.outLines.first == "notice: Your log of \(Self.day) has a problem; it is kept, and your work is added to it."
            + " \(logPath(data)): $.morningPain: must be a whole number from 0 to 10 (got 12) (and 1 more)")
        #expect(Folders.entries(data + "/log") == ["\(Self.day).json"], "nothing is moved aside")
        let after = try JSONParser.parse(Array(readText(logPath(data))!.utf8))
        let sessions = after["sessions"]!.items!
        #expect(sessions.count == 3)
        #expect(JSONWriter.pretty(sessions[0]) == JSONWriter.pretty(before["sessions"]!.items![0]),
                "the broken session is written back as it was")
        #expect(sessions[1]["device"] == .string("tablet"))
        #expect(sessions[2]["exercises"]!.items!.count == 2, "the new records are there")
        #expect(after["morningPain"] == .number("12"))
        #expect(after["weather"] == .string("rain"))
        // Validation still names exactly the two kept problems, nothing hep added.
        let validated = try hep("validate", logPath(data))
        #expect(validated.status == 65)
        #expect(validated.outLines == [
            "\(logPath(data)): $.morningPain: must be a whole number from 0 to 10 (got 12)",
            "\(logPath(data)): $.sessions[0].ended: must not be before the session started (got \"\(Self.day)T06:00:00+01:00\")",
        ])
        // Once the kept parts are mended by hand, the whole day reads, old and new.
        let mended = readText(logPath(data))!.replacingOccurrences(of: "\"morningPain\": 12", with: "\"morningPain\": 2")
            .replacingOccurrences(of: "T06:00:00", with: "T07:30:00")
        _ = scratch.write("log/\(Self.day).json", mended)
        #expect(notes(try loadLog(data)).count == 3)
    }

    @Test func aFileThatIsNotADayLogIsMovedAside() throws {
        for frame in ["[]", "{\"schema\": \"hep.log/1\", \"date\": \"2026-11-28\", \"sessions\": []}",
                      "{\"schema\": \"hep.log/1\", \"date\": \"\(Self.day)\", \"sessions\": 5}",
                      "{\"schema\": \"hep.program/1\", \"date\": \"\(Self.day)\", \"sessions\": []}"] {
            let scratch = Scratch()
            defer { scratch.remove() }
            _ = scratch.write("log/\(Self.day).json", frame)
            let result = try run(Repo.probe, [scratch.path, Self.day, "1"])
            #expect(result.status == 0)
            #expect(result.outLines.first?.hasPrefix("notice: Your log of \(Self.day) could not be read; it was moved to") == true, "\(frame)")
            let aside = Folders.entries(scratch.path + "/log").filter { $0.hasPrefix("\(Self.day).json.corrupt-") }
            #expect(aside.count == 1 && readText(scratch.path + "/log/" + aside[0]) == frame, "\(frame)")
            #expect(notes(try loadLog(scratch.path)).count == 1)
        }
    }

    @Test func fieldsThisHepDoesNotKnowSurviveARewrite() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = scratch.write("log/\(Self.day).json", """
            {"schema": "hep.log/1", "date": "\(Self.day)", "weather": "rain",
             "sessions": [{"id": "s-1", "started": "\(Self.day)T08:00:00+01:00", "programVersion": 1, "device": "tablet",
                           "exercises": [{"item": "a", "status": "done", "sets": [], "mood": {"before": "ok"}}]}]}
            """)
        #expect(try run(Repo.probe, [scratch.path, Self.day, "2"]).status == 0)
        let text = readText(logPath(scratch.path))!
        for kept in ["\"weather\": \"rain\"", "\"device\": \"tablet\"", "\"before\": \"ok\""] {
            #expect(text.contains(kept), "\(kept) was lost")
        }
        #expect(notes(try loadLog(scratch.path)).count == 2)
        #expect(try hep("validate", logPath(scratch.path)).status == 0)
    }

    @Test func initInstallsOnceAndReplacesOnlyWhenAsked() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/data"
        let first = try hep("init", "--data", data)
        #expect(first.stdout == "Installed \(Repo.example) as \(data)/program.json.\n")
        #expect(programText(data + "/program.json") == readText(Repo.example))
        #expect(readText(data + "/program.json")!.contains("\n  \"installed\": \"\(LocalDate(Date()))\",\n"), "the day the patient got it")
        #expect(try hep("init", "--data", data).stdout == "\(data)/program.json already holds this program.\n")

        let other = scratch.write("other.json", readText(Repo.example)!.replacingOccurrences(of: "Alex Demo", with: "Sam Other"))
        let refused = try hep("init", "--data", data, "--program", other)
        #expect(refused.stderr == "hep: \(data)/program.json already holds a program; use --force to replace it (the old one is kept beside it)\n")
        #expect(refused.status == 73, "cannot create: not a failed read or write")
        #expect(programText(data + "/program.json") == readText(Repo.example))

        let replaced = try hep("init", "--data", data, "--program", other, "--force")
        #expect(replaced.status == 0)
        let kept = Folders.entries(data).filter { $0.hasPrefix("program.json.replaced-") }
        #expect(kept.count == 1)
        #expect(programText(data + "/" + kept[0]) == readText(Repo.example))
        #expect(programText(data + "/program.json") == readText(other))
    }

    @Test func theBundledDataIsNeverAFolderToWriteIn() throws {
        let before = snapshot(Repo.data)
        for folder in [Repo.data, Repo.data + "/programs", Repo.data + "/../data/exercises/"] {
            let result = try hep("init", "--data", folder)
            #expect(result.stderr == "hep: \(folder.hasSuffix("/") ? String(folder.dropLast()) : folder) holds hep's bundled files; choose another data folder with --data\n")
            #expect(result.status == 73)
        }
        #expect(snapshot(Repo.data) == before)
    }

    @Test func theRecorderKeepsEveryRecordInOrderAndAnswersAsNull() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let book = LogBook(lock: try WriterLock.acquire(DataFolder(path: scratch.path)))
        let date = LocalDate(Self.day)!
        let at = Moment("2026-11-29T08:00:00+01:00")!
        try book.record(.startSession(Session(id: "s-1", started: at, programVersion: 2, painBefore: 3)), on: date)
        let index = try book.appendRecord(ExerciseRecord(item: "slr-r", status: .partial), session: "s-1", on: date)
        try book.record(.updateRecord(session: "s-1", record: index, to: ExerciseRecord(
            item: "slr-r", status: .done, sets: [SetRecord(side: .right, reps: 12, completed: at)], effort: 4)), on: date)
        try book.record(.morningPain(1, asked: at), on: date)
        #expect(throws: StorageError.self) { try book.appendRecord(ExerciseRecord(item: "x", status: .done), session: "s-9", on: date) }
        #expect(throws: StorageError.self) { try book.record(.updateRecord(session: "s-1", record: 5, to: ExerciseRecord(item: "slr-r", status: .partial)), on: date) }
        #expect(throws: StorageError.self, "a record is never turned into another item's") {
            try book.record(.updateRecord(session: "s-1", record: index, to: ExerciseRecord(item: "other", status: .partial)), on: date)
        }

        let onDisk = try loadLog(scratch.path)
        #expect(onDisk == (try book.log(date)))
        #expect(onDisk.morningPain == 1)
        #expect(onDisk.sessions[0].exercises[0].sets.map(\.reps) == [12])
        #expect(onDisk.sessions[0].exercises[0].effort == 4)
        #expect(onDisk.sessions[0].exercises[0].status == .done)
        #expect(onDisk.morningPainAsked == at)
        #expect(readText(logPath(scratch.path))!.contains("\"painDuring\": null"))
    }
}

/// The patient's data is theirs alone, as ssh insists for ~/.ssh: hep records nowhere
/// that others can write, or that belongs to someone else, and says how to fix it.
@Suite struct PrivateFolderTests {
    @Test func aFolderOthersCanWriteIsRefusedForRecordingAndReadWithAWarning() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/shared"
        mkdir(data, 0o777)
        chmod(data, 0o777)
        let refused = try hep("init", "--data", data)
        #expect(refused.status == 77)
        #expect(refused.stderr == "hep: \(data) can be written by others (mode 777); make it yours alone with: chmod go-w \(data)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: data) == [], "not even a lock")
        chmod(data, 0o700)
        #expect(try hep("init", "--data", data).status == 0)
        mkdir(data + "/log", 0o700)
        chmod(data + "/log", 0o777)
        let again = try hep("init", "--data", data)
        #expect(again.status == 77, "the log folder is checked too")
        #expect(again.stderr == "hep: \(data)/log can be written by others (mode 777); make it yours alone with: chmod go-w \(data)/log\n")
        let report = try hep("report", "--data", data)
        #expect(report.status == 0, "reading goes on")
        #expect(report.stderr == "hep: warning: \(data)/log can be written by others (mode 777); make it yours alone with: chmod go-w \(data)/log\n")
    }

    @Test func anotherUsersFolderIsRefused() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/theirs"
        mkdir(data, 0o700)
        #expect(chown(data, 65534, 65534) == 0)
        let owner = getpwuid(65534).map { String(cString: $0.pointee.pw_name) } ?? "uid 65534"
        let me = getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) }!
        let refused = try hep("init", "--data", data)
        #expect(refused.status == 77)
        #expect(refused.stderr == "hep: \(data) belongs to \(owner), not to you; run hep as \(owner), or take the folder with: chown -R \(me) \(data)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: data) == [], "no root-owned lock left for the owner")
    }

    @Test func aPathIsSplitWithoutFoundationWhateverItsLength() {
        let cases: [(String, String, String)] = [("r", "", "r"), ("d/", "", "d"), ("a/b", "a", "b"), ("/x", "/", "x"), ("/", "/", ""),
                                                 ("a//b//", "a", "b"), ("../r", "..", "r"), ("/tmp/p/program.json", "/tmp/p", "program.json")]
        for (path, folder, name) in cases {
            #expect(PathParts.folder(path) == folder, "\(path)")
            #expect(PathParts.name(path) == name, "\(path)")
        }
        #expect(PathParts.join("", "r") == "r")
        #expect(PathParts.join("/", "r") == "/r")
    }

    /// A one-letter relative name once made Foundation trap: a patient's `--data d` or a
    /// therapist's `--out r` must simply work.
    @Test func oneLetterRelativeNamesWork() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let cwd = scratch.path
        #expect(try run(Repo.hep, ["init", "--data", "d"], in: cwd).status == 0)
        for arguments in [["report", "--data", "d", "--out", "r"], ["program", "export", "e", "--data", "d"],
                          ["program", "handout", "--data", "d", "--out", "h"], ["validate", "e"]] {
            let result = try run(Repo.hep, arguments, in: cwd)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        for name in ["d/program.json", "r", "e", "h"] { #expect(mode(cwd + "/" + name) == 0o600, "\(name)") }
    }
}
