import Foundation
import HEPCore
import TestSupport
import Testing

/// `hep program edit` driven by an EDITOR script that rewrites the form: a valid change
/// becomes a version, an invalid one is named by line and changes nothing, an unchanged
/// form writes nothing, and the form never outlives the command.
@Suite struct ProgramEditTests {
    /// A data folder with the example built by commands, an editor script doing `sed`'s
    /// `script` (keeping each form it was shown in `forms/`), and a private TMPDIR.
    struct Setup {
        let scratch = Scratch()
        let data: String
        let tmp: String

        init() throws {
            data = try PrescribeTests.built(scratch)
            tmp = scratch.path + "/tmp"
            try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        }

        /// Runs `hep program edit` with an editor whose n-th run applies `scripts[n]`.
        func edit(_ scripts: [String], input: String? = nil, extra: [String] = []) throws -> Run {
            try? FileManager.default.removeItem(atPath: scratch.path + "/forms")
            var editor = "#!/bin/sh\nn=$(ls \(scratch.path)/forms 2>/dev/null | wc -l)\nmkdir -p \(scratch.path)/forms\ncp \"$1\" \(scratch.path)/forms/$n\n"
            for (n, script) in scripts.enumerated() { editor += "[ $n = \(n) ] && sed -i '\(script)' \"$1\"\n" }
            editor += "exit 0\n"
            let path = scratch.write("editor.sh", editor)
            chmod(path, 0o700)
            return try run(Repo.hep, ["program", "edit", "--data", data] + extra, environment: ["EDITOR": path, "VISUAL": "", "TMPDIR": tmp],
                           input: input)
        }

        func form(_ n: Int) -> [String] { readText(scratch.path + "/forms/\(n)")?.components(separatedBy: "\n") ?? [] }

        var program: Program { get throws { try Documents.loadProgram(data + "/program.json", display: "program") } }
    }

    @Test func aValidFormBecomesANewVersion() throws {
        let s = try Setup()
        defer { s.scratch.remove() }
        let result = try s.edit(["s/^slr-r .*/slr-r  straight-leg-raise  4 x 12, rest 30, right, 2\\/day, mon-fri, limit 4  # Slow down; \\\\n then rest/;"
            + "s/^effective .*/effective 2026-12-07/; s/^note.*/note Week 5/; /^bridge /d; $a calf-raise calf-raise 2 x 15"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.outLines == [
            "Wrote version 3, in force from 2026-12-07, to \(s.data)/program.json:",
            "  changed slr-r (Straight leg raise): sets 3 -> 4, days daily -> mon-fri,",
            "            pain limit 5 -> 4, notes \"Slow on the way down\" -> \"Slow down; \\n then",
            "            rest\"",
            "  added   calf-raise (Calf raises): 2 x 15; rest 45 s; 1/day, daily",
            "  removed bridge (Bridges)",
        ])
        let third = try s.program.versions[2]
        #expect(third.note == "Week 5")
        #expect(third.item("slr-r")?.notes == "Slow down; \n then rest", "\\n in the form is a line break in the notes")
        #expect(third.item("calf-raise")?.timesPerDay == 1)
        let form = s.form(0)
        #expect(form.contains("slr-r               straight-leg-raise  3 x 12, hold 0, rest 30, right, 2/day, daily  # Slow on the way down"))
        #expect(form.contains("sit-to-stand        sit-to-stand        3 x 8, hold 0, rest 60, none, 1/day, mon,wed,fri, limit 4  # Use the kitchen chair against the wall"))
        #expect(Folders.entries(s.tmp).isEmpty, "the form is removed")
    }

    @Test func anInvalidFormIsNamedByLineAndAbandonedChangesNothing() throws {
        let s = try Setup()
        defer { s.scratch.remove() }
        let before = snapshot(s.data)
        let result = try s.edit(["s/^bridge .*/bridge bridge 3 x 0, hold 3/; s/^effective .*/effective 2026-11-01/; "
            + "s/^quad-set-r .*/quad-set-r quad-set 3 x 10, wobble/; $a knee-hug knee-hugs 3 x 10"])
        #expect(result.status == 65)
        let form = s.form(0)
        let line = { (prefix: String) in (form.firstIndex { $0.hasPrefix(prefix) } ?? -2) + 1 }
        let file = try #require(result.errLines.first?.components(separatedBy: ":").first)
        #expect(file.hasPrefix(s.tmp + "/hep-program-") && file.hasSuffix(".txt"))
        #expect(result.errLines == [
            "\(file):\(line("effective ")): effective: is before version 2, in force from 2026-11-23; a change takes effect on or after it (got \"2026-11-01\")",
            "\(file):\(line("quad-set-r ")): quad-set-r: is not part of a dose: SETS x REPS, hold S, rest S, left/right/both/none, N/day, days, limit P or limit program (got \"wobble\")",
            "\(file):\(line("bridge ")): bridge reps: must be a whole number from 1 to 200 (got 0)",
            "\(file):\(form.count): knee-hug: there is no exercise 'knee-hugs' in the library; `hep library` lists them",
            "Edit again? (y/n) ",
            "hep: abandoned; the program was not changed",
        ])
        #expect(snapshot(s.data) == before)
        #expect(Folders.entries(s.tmp).isEmpty)
    }

    @Test func aRefusedFormCanBeEditedAgain() throws {
        let s = try Setup()
        defer { s.scratch.remove() }
        let result = try s.edit(["s/^bridge .*/bridge bridge 3 x 0/", "s/^bridge .*/bridge bridge 3 x 12/"], input: "y\n",
                                extra: ["--effective", "2026-12-07"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasSuffix(": bridge reps: must be a whole number from 1 to 200 (got 0)\nEdit again? (y/n) \n"), "without a terminal, the answer's line ends the prompt")
        #expect(s.form(1).contains("bridge bridge 3 x 0"), "the second run opens the form as it was left")
        #expect(s.form(1).contains("effective 2026-12-07"))
        #expect(try s.program.versions[2].item("bridge")?.reps == 12)
        #expect(try s.program.versions[2].item("bridge")?.holdSeconds == 3, "a part left out takes the exercise's default")
    }

    @Test func anUnchangedFormOrAFailedEditorWritesNothing() throws {
        let s = try Setup()
        defer { s.scratch.remove() }
        let before = snapshot(s.data)
        let same = try s.edit([])
        #expect(same.status == 0)
        #expect(same.stdout == "Nothing to change: version 2 already prescribes this. No file was written.\n")
        // Saved with only its layout changed: still nothing to change.
        let spaced = try s.edit(["s/  */ /g; s/^# .*//"])
        #expect(spaced.stdout == same.stdout)
        #expect(snapshot(s.data) == before)

        let failed = try run(Repo.hep, ["program", "edit", "--data", s.data], environment: ["EDITOR": "false", "VISUAL": "", "TMPDIR": s.tmp])
        #expect(failed.status == 69)
        #expect(failed.stderr == "hep: the editor (false) exited with status 1; the program was not changed\n")
        #expect(snapshot(s.data) == before)
        #expect(Folders.entries(s.tmp).isEmpty)
    }

    @Test func anEmptyFormATwiceGivenPartAndAnUnclearAnswerChangeNothing() throws {
        let s = try Setup()
        defer { s.scratch.remove() }
        let before = snapshot(s.data)
        let emptied = try s.edit(["d"])
        #expect(emptied.status == 65)
        #expect(emptied.stderr == "hep: the form was saved empty; the program was not changed\n")
        let twice = try s.edit(["s/^bridge .*/bridge bridge 3 x 10, hold 3, hold 5/"], input: "maybe\nno\n")
        #expect(twice.status == 65)
        #expect(twice.errLines.first?.hasSuffix(": bridge: is given twice; keep one (got \"hold 5\")") == true)
        #expect(twice.errLines.filter { $0.hasPrefix("Edit again?") }.count == 2, "an answer that is neither yes nor no is asked again")
        #expect(snapshot(s.data) == before)
        #expect(Folders.entries(s.tmp).isEmpty)

        let program = try s.edit(["s/^sit-to-stand .*/sit-to-stand sit-to-stand 3 x 8, rest 60, mon,wed,fri, limit program/"],
                                 extra: ["--effective", "2026-12-07"])
        #expect(program.status == 0, "\(program.stderr)")
        #expect(try s.program.versions[2].item("sit-to-stand")?.painLimit == nil, "limit program: the program's limit")
    }

    @Test func aKilledEditLeavesNoFormAndNoTerminalNoEditorIsRefused() throws {
        let s = try Setup()
        defer { s.scratch.remove() }
        let before = snapshot(s.data)
        // The editor kills hep: its parent, or its parent's parent when the shell forked.
        let killer = s.scratch.write("killer.sh",
                                     "#!/bin/sh\np=$PPID\n[ \"$(ps -o comm= -p $p)\" = hep ] || p=$(ps -o ppid= -p $p)\nkill -TERM $p\nsleep 1\n")
        chmod(killer, 0o700)
        let killed = try run(Repo.hep, ["program", "edit", "--data", s.data], environment: ["EDITOR": killer, "VISUAL": "", "TMPDIR": s.tmp])
        #expect(killed.status == 128 + SIGTERM)
        #expect(Folders.entries(s.tmp).isEmpty, "the form, which names the patient, is removed")
        #expect(snapshot(s.data) == before)

        let blind = try run(Repo.hep, ["program", "edit", "--data", s.data], environment: ["EDITOR": "", "VISUAL": "", "TMPDIR": s.tmp])
        #expect(blind.status == 69)
        #expect(blind.stderr == "hep: hep program edit opens an editor, which needs a terminal; or set $VISUAL or $EDITOR to one that needs none\n")
    }
}
