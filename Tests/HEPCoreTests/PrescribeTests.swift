import Foundation
import HEPCore
import TestSupport
import Testing

/// `hep program new/add/change/remove/history/import/export`: a therapist builds and
/// progresses a program with commands alone; every refusal is one line, a non-zero exit,
/// and no file changed.
@Suite struct PrescribeTests {
    /// The bundled example, built from nothing as a therapist would at two visits.
    static let exampleCommands: [[String]] = {
        let (v1, v2) = (["--effective", "2026-11-02"], ["--effective", "2026-11-23"])
        return [
            ["new", "--patient-name", "Alex Demo", "--patient-id", "demo-001", "--title", "Right knee - early strengthening",
             "--therapist", "J. Rivera, PT", "--contact", "clinic front desk 555-0100", "--pain-limit", "5",
             "--note", "Start: regain thigh control and knee bend"] + v1,
            ["add", "quad-set", "--side", "right", "--times-per-day", "2"] + v1,
            ["add", "straight-leg-raise", "--id", "slr-r", "--side", "right", "--times-per-day", "2", "--notes", "Slow on the way down"] + v1,
            ["add", "heel-slide", "--side", "right", "--times-per-day", "2"] + v1,
            ["add", "ankle-pumps"] + v1,
            ["add", "hamstring-stretch"] + v1,
            ["change", "quad-set-r", "--times-per-day", "1", "--note",
             "Progression at week 3: more reps on leg raises, add bridges, sit to stand and balance; fewer quad sets"] + v2,
            ["change", "slr-r", "--reps", "12"] + v2,
            ["change", "heel-slide-r", "--times-per-day", "1"] + v2,
            ["add", "bridge", "--before", "hamstring-stretch"] + v2,
            ["add", "sit-to-stand", "--before", "hamstring-stretch", "--days", "mon,wed,fri", "--pain-limit", "4",
             "--notes", "Use the kitchen chair against the wall"] + v2,
            ["add", "single-leg-balance", "--before", "hamstring-stretch"] + v2,
            ["remove", "ankle-pumps"] + v2,
        ]
    }()

    static func program(_ data: String, _ arguments: [String]) throws -> Run {
        try run(Repo.hep, ["program"] + arguments + ["--data", data])
    }

    /// A data folder holding the example built by the commands above.
    static func built(_ scratch: Scratch) throws -> String {
        let data = scratch.path + "/data"
        for command in exampleCommands {
            let result = try program(data, command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        return data
    }

    static func json(_ path: String) -> NSDictionary? {
        FileManager.default.contents(atPath: path).flatMap { try? JSONSerialization.jsonObject(with: $0) as? NSDictionary }
    }

    @Test func buildingTheExampleFromNothingGivesTheBundledExample() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.built(scratch)
        let built = try #require(Self.json(data + "/program.json"))
        #expect(built == Self.json(Repo.example), "the same program, field for field, ids included")
        #expect(mode(data + "/program.json") == 0o600)
        #expect(try hep("validate", data + "/program.json").status == 0)
    }

    @Test func historyTellsEachVersionAndWhatChanged() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.built(scratch)
        let progressed = try Self.program(data, ["change", "sit-to-stand", "--sets", "4", "--hold", "2", "--rest", "45", "--days", "mon-fri",
                                                 "--pain-limit", "program", "--notes", "", "--effective", "2026-12-07", "--note", "Week 5"])
        #expect(progressed.status == 0, "\(progressed.stderr)")
        #expect(progressed.outLines == [
            "Wrote version 3, in force from 2026-12-07, to \(data)/program.json:",
            "  changed sit-to-stand (Sit to stand): sets 3 -> 4, hold 0 s -> 2 s,",
            "            rest 60 s -> 45 s, days mon,wed,fri -> mon-fri, pain limit 4 -> 5,",
            "            notes \"Use the kitchen chair against the wall\" -> none",
        ])
        _ = try Self.program(data, ["change", "single-leg-balance", "--side", "left", "--effective", "2026-12-07"])
        _ = try Self.program(data, ["add", "step-up", "--side", "right", "--effective", "2026-12-07"])
        let history = try Self.program(data, ["history"])
        #expect(history.status == 0)
        #expect(history.stdout == """
            Right knee - early strengthening
            For Alex Demo (demo-001). Therapist: J. Rivera, PT, clinic front desk 555-0100.

            Version 1, from 2026-11-02: Start: regain thigh control and knee bend
              added quad-set-r (Quad sets): 3 x 10, hold 5 s, right; rest 30 s; 2/day, daily
              added slr-r (Straight leg raise): 3 x 10, right; rest 30 s; 2/day, daily
              added heel-slide-r (Heel slides): 2 x 15, hold 3 s, right; rest 30 s;
                      2/day, daily
              added ankle-pumps (Ankle pumps): 2 x 20, each side; rest 15 s; 1/day, daily
              added hamstring-stretch (Hamstring stretch): 1 x 3, hold 30 s, each side;
                      rest 15 s; 1/day, daily

            Version 2, from 2026-11-23: Progression at week 3: more reps on leg raises, add
            bridges, sit to stand and balance; fewer quad sets
              changed quad-set-r (Quad sets): times a day 2 -> 1
              changed slr-r (Straight leg raise): reps 10 -> 12
              changed heel-slide-r (Heel slides): times a day 2 -> 1
              added   bridge (Bridges): 3 x 10, hold 3 s; rest 30 s; 1/day, daily
              added   sit-to-stand (Sit to stand): 3 x 8; rest 60 s; 1/day, mon,wed,fri;
                        pain limit 4
              added   single-leg-balance (Single-leg balance): 3 x 30 seconds, each side;
                        rest 30 s; 1/day, daily
              removed ankle-pumps (Ankle pumps)

            Version 3, from 2026-12-07: Week 5
              changed sit-to-stand (Sit to stand): sets 3 -> 4, hold 0 s -> 2 s,
                        rest 60 s -> 45 s, days mon,wed,fri -> mon-fri, pain limit 4 -> 5,
                        notes "Use the kitchen chair against the wall" -> none
              changed single-leg-balance (Single-leg balance): side both -> left
              added   step-up-r (Step ups): 2 x 10, right; rest 60 s; 1/day, daily

            """)
        let spanish = try Self.program(data, ["history", "--lang", "es"])
        #expect(spanish.outLines.contains("  cambiado slr-r (Elevar pierna recta): repeticiones 10 -> 12"))
        #expect(spanish.outLines.contains("  quitado  ankle-pumps (Bombeo de tobillo)"))
    }

    @Test func changesOnOneDateMakeOneVersionAndALaterDateANewOne() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.built(scratch)
        let first = try Self.program(data, ["change", "bridge", "--reps", "12", "--effective", "2026-12-07", "--note", "Week 5"])
        #expect(first.outLines.first == "Wrote version 3, in force from 2026-12-07, to \(data)/program.json:")
        let second = try Self.program(data, ["remove", "quad-set-r", "--effective", "2026-12-07", "--note", "quads are strong"])
        #expect(second.outLines == ["Changed version 3, from 2026-12-07, in \(data)/program.json (nothing is recorded under it yet):",
                                    "  removed quad-set-r (Quad sets)"], "only what this command changed")
        let program = try Documents.loadProgram(data + "/program.json", display: "program")
        #expect(program.versions.count == 3)
        #expect(program.versions[2].note == "Week 5; quads are strong")
        #expect(program.versions[2].items.map(\.id) == ["slr-r", "heel-slide-r", "bridge", "sit-to-stand", "single-leg-balance", "hamstring-stretch"])
        #expect(program.versions[2].item("bridge")?.reps == 12)

        let before = snapshot(data)
        let same = try Self.program(data, ["change", "bridge", "--reps", "12", "--effective", "2026-12-14"])
        #expect(same.status == 0)
        #expect(same.stdout == "Nothing to change: version 3 already prescribes this. No file was written.\n")
        #expect(snapshot(data) == before)
    }

    /// A day log with one session under `version` on `date`.
    static func session(on date: LocalDate, version: Int, in data: String) {
        var log = DayLog(date: date)
        log.sessions = [Session(id: "s-1", started: Moment("\(date)T09:00:00+00:00")!, programVersion: version, exercises: [
            ExerciseRecord(item: "bridge", status: .done, sets: [SetRecord(side: .none, reps: 10, completed: Moment("\(date)T09:05:00+00:00")!)]),
        ])]
        try? FileManager.default.createDirectory(atPath: data + "/log", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        _ = FileManager.default.createFile(atPath: data + "/log/\(date).json", contents: Data(Documents.encode(log)),
                                           attributes: [.posixPermissions: 0o600])
    }

    @Test func aChangeIsNeverDatedOnOrBeforeARecordedSession() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.built(scratch)
        let today = LocalDate(Date())
        Self.session(on: today, version: 2, in: data)
        let before = snapshot(data)
        for date in [today, LocalDate("2026-11-23")!] where date >= LocalDate("2026-11-23")! {
            let refused = try Self.program(data, ["change", "bridge", "--reps", "12", "--effective", "\(date)"])
            #expect(refused.status == 64)
            #expect(refused.stderr == "hep: --effective \(date): a session was recorded on \(today) under the version in force; "
                + "a change takes effect from \(today.adding(days: 1)), so that no recorded day is judged again\n")
        }
        let early = try Self.program(data, ["change", "bridge", "--reps", "12", "--effective", "2026-11-22"])
        #expect(early.status == 64)
        #expect(early.stderr == "hep: --effective 2026-11-22 is before version 2, in force from 2026-11-23; a change takes effect on or after it\n")
        #expect(snapshot(data) == before, "nothing written")

        // Without --effective, the change waits for tomorrow, and says so.
        let deferred = try Self.program(data, ["change", "bridge", "--reps", "12"])
        #expect(deferred.status == 0)
        #expect(deferred.outLines.prefix(2) == [
            "A session was recorded on \(today) under the version in force, so this change takes effect on \(today.adding(days: 1)).",
            "Wrote version 3, in force from \(today.adding(days: 1)), to \(data)/program.json:",
        ])
    }

    @Test func everyRefusalIsOneLineAndChangesNothing() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.built(scratch)
        let cases: [([String], Int32, String)] = [
            (["add", "bridges"], 64, "hep: there is no exercise 'bridges' in the library; `hep library` lists them"),
            (["add", "bridge"], 64, "hep: version 2 already has an item 'bridge'; name the new one with --id"),
            (["add", "bridge", "--id=-b"], 64,
             "hep: --id: must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit (got \"-b\")"),
            (["add", "bridge", "--id", "b2", "--sets", "21"], 64, "hep: --sets: must be a whole number from 1 to 20 (got 21)"),
            (["add", "bridge", "--id", "b2", "--before", "nothing"], 64,
             "hep: version 2 has no item 'nothing'; its items are quad-set-r, slr-r, heel-slide-r, bridge, sit-to-stand, single-leg-balance, hamstring-stretch"),
            (["change", "bridge", "--hold", "3601"], 64, "hep: --hold: must be a whole number from 0 to 3600 (got 3601)"),
            (["change", "bridge", "--rest=-1"], 64, "hep: --rest: must be a whole number from 0 to 600 (got -1)"),
            (["change", "bridge", "--reps", "201"], 64, "hep: --reps: must be a whole number from 1 to 200 (got 201)"),
            (["change", "bridge", "--times-per-day", "11"], 64, "hep: --times-per-day: must be a whole number from 1 to 10 (got 11)"),
            (["change", "bridge", "--pain-limit", "11"], 64, "hep: --pain-limit: must be a whole number from 0 to 10 (got 11)"),
            (["change", "bridge", "--pain-limit", "high"], 64,
             "hep: --pain-limit: must be a whole number from 0 to 10, or program (the program's limit) (got \"high\")"),
            (["change", "bridge", "--days", "fri-mon"], 64,
             "hep: --days: must be daily, a run such as mon-fri, or days such as mon,wed,fri (got \"fri-mon\")"),
            (["change", "bridge", "--days", "mon,mon"], 64,
             "hep: --days: must be daily, a run such as mon-fri, or days such as mon,wed,fri (got \"mon,mon\")"),
            (["change", "bridge", "--notes", "a\u{1B}[2Jb"], 64, "hep: --notes: must not hold control characters other than line breaks (got \"a\\u001b[2Jb\")"),
            (["change", "bridge"], 64,
             "hep: say what to change: --sets, --reps, --hold, --rest, --side, --times-per-day, --days, --pain-limit or --notes"),
            (["change", "brigde", "--reps", "5"], 64,
             "hep: version 2 has no item 'brigde'; its items are quad-set-r, slr-r, heel-slide-r, bridge, sit-to-stand, single-leg-balance, hamstring-stretch"),
            (["remove", "ankle-pumps"], 64,
             "hep: version 2 has no item 'ankle-pumps'; its items are quad-set-r, slr-r, heel-slide-r, bridge, sit-to-stand, single-leg-balance, hamstring-stretch"),
            (["remove", "bridge", "--effective", "2026-11-01"], 64,
             "hep: --effective 2026-11-01 is before version 2, in force from 2026-11-23; a change takes effect on or after it"),
            (["remove", "bridge", "--note", "tab\there"], 64, "hep: --note: must not hold control characters other than line breaks (got \"tab\\there\")"),
            (["new", "--patient-name", "B", "--title", "T"], 73,
             "hep: \(data)/program.json already holds a program; change it with `hep program add`, `change` or `edit`"),
            (["show", "--version", "3"], 64, "hep: the program has no version 3; its versions are 1 to 2"),
        ]
        let before = snapshot(data)
        for (arguments, status, message) in cases {
            let result = try Self.program(data, arguments)
            #expect(result.status == status, "\(arguments)")
            #expect(result.stderr == message + "\n", "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
        #expect(snapshot(data) == before, "no refusal wrote anything")

        let empty = scratch.path + "/empty"
        for arguments in [["add", "bridge"], ["history"], ["edit"], ["export", scratch.path + "/out.json"]] {
            let result = try Self.program(empty, arguments)
            #expect(result.status == 66, "\(arguments)")
            #expect(result.stderr.hasPrefix("hep: there is no exercise program in \(empty);"), "\(arguments)")
        }
        let newBad = try Self.program(empty, ["new", "--patient-name", "Ana\u{7}", "--title", "Knee"])
        #expect(newBad.status == 64)
        #expect(newBad.stderr == "hep: --patient-name: must not hold control characters (got \"Ana\\u0007\")\n")
        for (arguments, message) in [
            (["--contact", "555"], "hep: --contact is the therapist's: give --therapist too"),
            (["--pain-limit", "11"], "hep: --pain-limit: must be a whole number from 0 to 10 (got 11)"),
            (["--title", " "], "hep: --title: must not be empty (got \" \")"),
        ] {
            let result = try Self.program(empty, ["new", "--patient-name", "Ana", "--title", "Knee"] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr == message + "\n", "\(arguments)")
        }
        #expect(!FileManager.default.fileExists(atPath: empty), "a refused program leaves no folder behind")
    }

    @Test func fieldsThisHepDoesNotKnowAndOldVersionsAreKeptAsWritten() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.built(scratch)
        let path = data + "/program.json"
        var text = try #require(readText(path))
        text = text.replacingOccurrences(of: "\"schema\": \"hep.program/1\",", with: "\"clinicCode\": \"K-17\",\n  \"schema\": \"hep.program/1\",")
        text = text.replacingOccurrences(of: "\"id\": \"slr-r\",", with: "\"id\": \"slr-r\",\n          \"video\": \"slr.mp4\",")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let old = try #require(Self.json(path))
        let changed = try Self.program(data, ["change", "slr-r", "--reps", "15", "--effective", "2026-12-07"])
        #expect(changed.status == 0, "\(changed.stderr)")
        let new = try #require(Self.json(path))
        #expect(new["clinicCode"] as? String == "K-17")
        let versions = try #require(new["versions"] as? [NSDictionary])
        #expect(Array(versions.prefix(2)) == (old["versions"] as? [NSDictionary]), "old versions as they were")
        let slr = try #require((versions[2]["items"] as? [NSDictionary])?.first { $0["id"] as? String == "slr-r" })
        #expect(slr["video"] as? String == "slr.mp4")
        #expect(slr["reps"] as? Int == 15)
    }

    @Test func exportAndImportHandAProgramOverWithoutRewritingThePast() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let clinic = try Self.built(scratch)
        let home = scratch.path + "/home"
        let file = scratch.path + "/alex.json"
        let exported = try Self.program(clinic, ["export", file])
        #expect(exported.status == 0)
        #expect(exported.stdout == "Wrote \"Right knee - early strengthening\" for Alex Demo (demo-001), versions 1 to 2 "
            + "(the latest from 2026-11-23), to \(file): the prescription only, no day logs.\n")
        #expect(mode(file) == 0o600)
        #expect(Self.json(file) == Self.json(Repo.example))

        #expect(try Self.program(home, ["import", file]).stdout == "Installed \(file) as \(home)/program.json.\n")
        #expect(readText(home + "/program.json")?.contains("\"installed\": \"\(LocalDate(Date()))\"") == true)
        let again = try Self.program(home, ["import", file])
        #expect(again.stdout == "\(home)/program.json already holds this program; nothing was written.\n")

        _ = try Self.program(clinic, ["change", "bridge", "--reps", "12", "--effective", "2026-12-07", "--note", "Week 5"])
        _ = try Self.program(clinic, ["export", file])
        let taken = try Self.program(home, ["import", file])
        #expect(taken.status == 0)
        #expect(taken.outLines == ["Took version 3 from \(file) into \(home)/program.json:", "Version 3, from 2026-12-07: Week 5",
                                   "  changed bridge (Bridges): reps 10 -> 12"])
        let installed = try Documents.loadProgram(home + "/program.json", display: "home").installed
        #expect(installed == LocalDate(Date()), "the patient's install date is kept")

        // Refusals: an older copy, another patient, a broken file.
        let before = snapshot(home)
        let other = scratch.write("other.json", try #require(readText(file)).replacingOccurrences(of: "demo-001", with: "demo-002"))
        let broken = scratch.write("broken.json", "{\"schema\": \"hep.program/1\"}")
        for (source, status, message) in [
            (Repo.example, 73, "hep: \(Repo.example) is an older copy of this program (2 of the 3 versions here); nothing was imported"),
            (other, 73, "hep: \(other) is a program for Alex Demo (demo-002), and this folder's is for Alex Demo (demo-001); nothing was imported"),
            (broken, 65, "\(broken): $: missing field \"patient\""),
        ] as [(String, Int32, String)] {
            let result = try Self.program(home, ["import", source])
            #expect(result.status == status, "\(source)")
            #expect(result.errLines.first == message, "\(source)")
        }
        #expect(snapshot(home) == before, "no refused import wrote anything")

        // The clinic changed version 3 again before the patient used it: the new one replaces it.
        _ = try Self.program(clinic, ["change", "bridge", "--reps", "14", "--effective", "2026-12-07"])
        _ = try Self.program(clinic, ["export", file])
        let replaced = try Self.program(home, ["import", file])
        #expect(replaced.outLines == [
            "Took version 3 from \(file) into \(home)/program.json (version 3 replaces the one here, under which nothing was recorded):",
            "Version 3, from 2026-12-07: Week 5", "  changed bridge (Bridges): reps 10 -> 14",
        ])

        // Once a session is recorded under it, version 3 is never replaced, nor dated over.
        Self.session(on: LocalDate("2026-12-08")!, version: 3, in: home)
        let used = snapshot(home)
        let rewritten = scratch.write("rewritten.json", try #require(readText(file)).replacingOccurrences(of: "\"Week 5\"", with: "\"Week five\""))
        let painLimit = scratch.write("limit.json", try #require(readText(file)).replacingOccurrences(of: "\"painLimit\": 5,\n  \"patient\"",
                                                                                                      with: "\"painLimit\": 8,\n  \"patient\""))
        _ = try Self.program(clinic, ["remove", "bridge", "--effective", "2026-12-08"])
        _ = try Self.program(clinic, ["export", file])
        for (source, message) in [
            (rewritten, "hep: \(rewritten): version 3 differs from the one here, under which sessions were recorded (the last on 2026-12-08); "
                + "ask for the change as a new version dated 2026-12-09 or later. Nothing was imported"),
            (painLimit, "hep: \(painLimit) changes the program's pain limit from 5 to 8, which would judge the sessions recorded here again; "
                + "ask for the limit on each exercise in a new version instead. Nothing was imported"),
            (file, "hep: \(file): version 4 takes effect on 2026-12-08, but a session was recorded here on 2026-12-08 "
                + "under the version before; ask for it dated 2026-12-09 or later. Nothing was imported"),
        ] {
            let result = try Self.program(home, ["import", source])
            #expect(result.status == 73, "\(source)")
            #expect(result.stderr == message + "\n", "\(source)")
        }
        #expect(snapshot(home) == used)

        let inside = try Self.program(clinic, ["export", clinic + "/copy.json"])
        #expect(inside.status == 73)
        #expect(inside.stderr == "hep: \(clinic)/copy.json is inside the data folder \(clinic); write it outside any data folder, so that no patient file can be replaced\n")
    }

    /// The README's worked example runs as written, so it cannot drift from hep.
    @Test func theReadmesWorkedExampleRuns() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let readme = try #require(readText(Repo.root + "/README.md"))
        let section = try #require(readme.components(separatedBy: "## Prescribing and progressing").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        let script = "set -e\nhep() { \"$HEP\" \"$@\"; }\n" + block.replacingOccurrences(of: "/tmp/alex", with: scratch.path + "/alex")
        let result = try run("/bin/bash", ["-c", script], environment: ["HEP": Repo.hep], in: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        let program = try Documents.loadProgram(scratch.path + "/alex/program.json", display: "alex")
        #expect(program.versions.map(\.effective) == [LocalDate("2026-11-02")!, LocalDate("2026-11-23")!])
        #expect(program.versions[1].items.map(\.id) == ["quad-set-r", "slr-r", "sit-to-stand"])
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/alex.html"))
        #expect(Self.json(scratch.path + "/alex.json")?["versions"] != nil)
    }

    /// What a command writes where the user says: never over a link, a folder, a device,
    /// a pipe or a read-only file, and never into any data folder.
    @Test func aFileToWriteIsNeverSomethingElse() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.built(scratch)
        let other = scratch.path + "/other"
        #expect(try hep("init", "--data", other).status == 0)
        let target = scratch.write("target.json", "kept")
        let link = scratch.path + "/link.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let fifo = scratch.path + "/fifo"
        mkfifo(fifo, 0o600)
        let readOnly = scratch.write("read-only.json", "kept")
        _ = scratch.write("logs-only/log/2026-11-27.json", "a patient's day, before any program")
        chmod(readOnly, 0o400)
        let before = snapshot(scratch.path)
        for (out, message) in [
            (link, "hep: \(link) is a symbolic link; give the file it points to, or a new name"),
            (scratch.path, "hep: \(scratch.path) is a folder; give the name of a file in it"),
            (fifo, "hep: \(fifo) is not a regular file (a device or a pipe); give a file name"),
            ("/dev/null", "hep: /dev/null is not a regular file (a device or a pipe); give a file name"),
            (readOnly, "hep: \(readOnly) is read-only; hep does not replace it"),
            (other + "/program.json", "hep: \(other)/program.json is inside the data folder \(other); write it outside any data folder, so that no patient file can be replaced"),
            (other + "/log/x.json", "hep: \(other)/log/x.json is inside the data folder \(other); write it outside any data folder, so that no patient file can be replaced"),
            ("", "hep: give the name of the file to write"),
            (scratch.path + "/logs-only/log/2026-11-27.json", "hep: \(scratch.path)/logs-only/log/2026-11-27.json is inside the data folder "
                + "\(scratch.path)/logs-only; write it outside any data folder, so that no patient file can be replaced"),
            (scratch.path + "/logs-only/r.html", "hep: \(scratch.path)/logs-only/r.html is inside the data folder "
                + "\(scratch.path)/logs-only; write it outside any data folder, so that no patient file can be replaced"),
        ] {
            for arguments in [["program", "export", out], ["program", "handout", "--out", out], ["report", "--out", out]] {
                let result = try run(Repo.hep, arguments + ["--data", data])
                #expect(result.status == 73, "\(arguments)")
                #expect(result.stderr == message + "\n", "\(arguments)")
            }
        }
        #expect(snapshot(scratch.path) == before, "nothing written, nothing replaced")
        #expect(readText(target) == "kept")
    }

    @Test func aProgramIsNeverWrittenOverDayLogsOfAnotherOrOverAReadOnlyOrTooLargeFile() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let logs = scratch.path + "/logs"
        Self.session(on: LocalDate("2026-11-20")!, version: 1, in: logs)
        let file = scratch.path + "/alex.json"
        try FileManager.default.copyItem(atPath: Repo.example, toPath: file)
        for arguments in [["new", "--patient-name", "Ana", "--title", "Knee"], ["import", file]] {
            let result = try Self.program(logs, arguments)
            #expect(result.status == 73, "\(arguments)")
            #expect(result.stderr == "hep: \(logs) holds day logs but no program: they were recorded under another one; "
                + "start this program in a new folder\n", "\(arguments)")
            #expect(!FileManager.default.fileExists(atPath: logs + "/program.json"))
        }

        let data = try Self.built(scratch)
        chmod(data + "/program.json", 0o400)
        let before = snapshot(data)
        let readOnly = try Self.program(data, ["change", "bridge", "--reps", "12"])
        #expect(readOnly.status == 73)
        #expect(readOnly.stderr == "hep: \(data)/program.json is read-only; make it writable (chmod 600) to change the program. Nothing was written\n")
        #expect(snapshot(data) == before)

        // An item's notes of 6.5 MB, in two versions, copied into a third, would pass what hep reads.
        chmod(data + "/program.json", 0o600)
        var text = try #require(readText(data + "/program.json"))
        text = text.replacingOccurrences(of: "\"notes\": \"Slow on the way down\"",
                                         with: "\"notes\": \"" + String(repeating: "slow ", count: 1_300_000) + "\"")
        try Data(text.utf8).write(to: URL(fileURLWithPath: data + "/program.json"))
        let large = snapshot(data)
        let tooLarge = try Self.program(data, ["change", "bridge", "--reps", "12", "--effective", "2026-12-07"])
        #expect(tooLarge.status == 64)
        #expect(tooLarge.stderr.hasPrefix("hep: \(data)/program.json would be "))
        #expect(tooLarge.stderr.hasSuffix(" bytes, over the 16 MiB hep reads; shorten the notes. Nothing was written\n"))
        #expect(snapshot(data) == large)
    }
}
