import Foundation
import HEPCore
import Testing
import TestSupport

/// The command line as a new user meets it: typos, wrong dates, a data folder without a
/// program. Each answer is checked word for word, with its exit status, and nothing is
/// left on disk by a command that was refused.
@Suite struct CommandLineTests {
    static let commands = """
        The commands are:
          session       Open the session screen for today's exercises (what `hep` alone does).
          init          Install a program into the data folder (by default the bundled example).
          today         Print what is due today, as plain text.
          report        Adherence, dose, pain and flags over a range of days, for the therapist.
          export        Write a range of days as a FHIR R4 bundle for a clinic's system, to a file of yours.
          review        The therapist's review screen: calendar, exercises, pain by week and flags. Read-only.
          library       List the exercise library (bundled, and the clinic's own in the data folder), or show one exercise.
          program       Prescribe and progress the program: show it, change it as a new version, hand it over.
          validate      Check programs, day logs and exercise files; one line per problem.
          demo-history  Write a made-up but realistic history of the example program into a new data folder.

        """

    @Test(arguments: [
        (["reprot"], "reprot", "report"),
        (["reveiw", "--last", "4w"], "reveiw", "review"),
        (["--data", "/tmp/hep-nowhere", "tody"], "tody", "today"),
        (["valdate"], "valdate", "validate"),
        (["demo"], "demo", "demo-history"),
        (["zzz"], "zzz", nil),
        (["re"], "re", nil),
        (["help", "reprot"], "reprot", "report"),
    ])
    func aMisspeltCommandIsNamedWithTheNearestOne(arguments: [String], word: String, nearest: String?) throws {
        let result = try run(Repo.hep, arguments)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        let guess = nearest.map { "; did you mean '\($0)'?" } ?? ""
        #expect(result.stderr == "hep: unknown command '\(word)'\(guess)\n" + Self.commands)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/hep-nowhere"))
    }

    @Test func theDataFolderComesFromTheOptionThenTheEnvironment() {
        #expect(DataFolder.resolve(option: "/x/", environment: ["HEP_DATA": "/y"]).path == "/x")
        #expect(DataFolder.resolve(option: nil, environment: ["HEP_DATA": "/y", "XDG_DATA_HOME": "/z"]).path == "/y")
        #expect(DataFolder.resolve(option: nil, environment: ["XDG_DATA_HOME": "/z", "HOME": "/h"]).path == "/z/hep")
        #expect(DataFolder.resolve(option: nil, environment: ["HOME": "/h"]).path == "/h/.local/share/hep")
    }

    @Test func helpListsEveryCommand() throws {
        let help = try hep("--help")
        #expect(help.status == 0)
        for command in ["session", "init", "today", "report", "export", "review", "validate", "demo-history"] {
            #expect(help.outLines.contains { $0.hasPrefix("  \(command) ") }, "\(command) missing from --help")
        }
    }

    @Test func theVersionComesFromOnePlace() throws {
        let source = try String(contentsOfFile: Repo.root + "/Sources/hep/HEP.swift", encoding: .utf8)
        let declared = try #require(source.firstMatch(of: /static let version = "(\d+\.\d+\.\d+)"/)?.1)
        let result = try hep("--version")
        #expect(result.status == 0)
        #expect(result.stdout == "\(declared)\n")
    }

    @Test(arguments: [
        ("2026-13-01", "2026-13-01: there is no month 13"),
        ("2026-00-10", "2026-00-10: there is no month 0"),
        ("2026-02-30", "2026-02-30: month 2 of 2026 has 28 days"),
        ("2028-02-30", "2028-02-30: month 2 of 2028 has 29 days"),
        ("2026-04-31", "2026-04-31: month 4 of 2026 has 30 days"),
        ("2026-11-00", "2026-11-00: there is no day 0"),
        ("0000-01-01", "0000-01-01: there is no year 0"),
        ("0001-01-01", "0001-01-01: hep works with dates from 1900 on"),
        ("1899-12-31", "1899-12-31: hep works with dates from 1900 on"),
        ("2026-1-5", "2026-1-5: not a date written YYYY-MM-DD"),
        ("yesterday", "yesterday: not a date written YYYY-MM-DD"),
    ])
    func aWrongDateSaysWhatIsWrong(text: String, message: String) throws {
        for arguments in [["report", "--from", text], ["review", "--to", text], ["today", "--date", text],
                          ["demo-history", "--today", text]] {
            let result = try run(Repo.hep, arguments + ["--data", "/tmp/hep-nowhere"])
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains(": \(message)\n"), "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/hep-nowhere"))
    }

    @Test func everyCommandThatNeedsAProgramSaysTheSameWhenThereIsNone() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/typo"
        let advice = "hep: there is no exercise program in \(data); install the one your therapist gave you with "
            + "`hep init --program FILE --data \(data)`, or try hep with an example program: `hep init --data \(data)`\n"
        for command in [["today"], ["report"], ["report", "--format", "csv"], ["validate"],
                        ["export", "--format", "fhir", "--out", scratch.path + "/bundle.json"]] {
            let result = try run(Repo.hep, command + ["--data", data])
            #expect(result.status == 66, "\(command)")
            #expect(result.stderr == advice, "\(command)")
            #expect(result.stdout == "", "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: data), "a refused command created the folder")

        // An empty folder that exists is left as it was too: no lock, no log folder.
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: false)
        #expect(try hep("today", "--data", data).stderr == advice)
        #expect(try FileManager.default.contentsOfDirectory(atPath: data) == [])

        // Without --data the advice names the folder hep chose, and no option.
        let home = try run(Repo.hep, ["report"], environment: ["HEP_DATA": data])
        #expect(home.status == 66)
        #expect(home.stderr == "hep: there is no exercise program in \(data); install the one your therapist gave you with "
            + "`hep init --program FILE`, or try hep with an example program: `hep init`\n")
    }

    @Test func aFolderNameIsQuotedForTheShellInTheAdvice() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/my data's"
        let result = try hep("today", "--data", data)
        #expect(result.stderr.contains("`hep init --data '\(scratch.path)/my data'\\''s'`"))
    }

    @Test func initOverADifferentProgramCannotCreate() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/data"
        #expect(try hep("init", "--data", data).status == 0)
        let other = scratch.write("other.json", readText(Repo.example)!.replacingOccurrences(of: "Alex Demo", with: "Sam Other"))
        let before = snapshot(data)
        let refused = try hep("init", "--data", data, "--program", other)
        #expect(refused.status == 73)
        #expect(refused.stderr == "hep: \(data)/program.json already holds a program; use --force to replace it (the old one is kept beside it)\n")
        #expect(snapshot(data) == before)
    }

    @Test func optionsMayComeBeforeTheCommand() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/data"
        #expect(try hep("--data", data, "init").status == 0)
        let plan = try hep("--data", data, "today", "--date", "2026-11-25")
        #expect(plan.status == 0)
        #expect(plan.outLines.first == "Wednesday 2026-11-25 - Right knee - early strengthening - Alex Demo")
    }

    @Test func aDataFolderThatIsEmptyOrAFileIsRefused() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let empty = try hep("today", "--data", "")
        #expect(empty.status == 64)
        #expect(empty.errLines.first == "Error: --data needs a folder (got an empty value)")
        let file = scratch.write("notes.txt", "not a folder")
        for command in [["today"], ["report"], ["validate"], ["review"]] {
            let result = try run(Repo.hep, command + ["--data", file])
            #expect(result.status == (command == ["review"] ? 69 : 66), "\(command)")
            if command != ["review"] {
                #expect(result.stderr == "hep: \(file) is a file, not a data folder; give the folder that holds program.json\n")
            }
        }
        #expect(readText(file) == "not a folder")
    }

    @Test func aReportIsNeverWrittenOverAPatientFile() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/data"
        #expect(try hep("init", "--data", data).status == 0)
        let before = snapshot(data)
        for out in [data + "/program.json", data + "/log/2026-11-25.json", scratch.path + "/./data/../data/new.txt"] {
            let refused = try hep("report", "--data", data, "--out", out)
            #expect(refused.status == 73)
            #expect(refused.stderr == "hep: \(out) is inside the data folder \(data); write it outside any data folder, so that no patient file can be replaced\n")
        }
        #expect(snapshot(data) == before)
        let dash = try hep("report", "--data", data, "--today", "2026-11-25", "--out", "-")
        #expect(dash.status == 0)
        #expect(dash.outLines.first == "hep report: Alex Demo (demo-001)")
    }

    @Test func aRefusedInitLeavesTheFolderAsItWasAndForcedInitsKeepEveryOldProgram() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: false)
        let other = scratch.write("other.json", readText(Repo.example)!.replacingOccurrences(of: "Alex Demo", with: "Sam Other"))
        try FileManager.default.copyItem(atPath: other, toPath: data + "/program.json")
        let refused = try hep("init", "--data", data)
        #expect(refused.status == 73)
        #expect(try FileManager.default.contentsOfDirectory(atPath: data) == ["program.json"], "no lock was taken")
        // Two replacements within the same second each keep the program they replaced.
        #expect(try hep("init", "--data", data, "--force").status == 0)
        #expect(try hep("init", "--data", data, "--program", other, "--force").status == 0)
        let kept = try FileManager.default.contentsOfDirectory(atPath: data).filter { $0.hasPrefix("program.json.replaced-") }
        #expect(kept.count == 2)
        #expect(Set(kept.map { programText(data + "/" + $0) }) == [readText(other), readText(Repo.example)])
    }
}

/// Nothing in a file or a file's name can drive the terminal, and names are names.
@Suite struct SafeTextTests {
    @Test func controlCharactersInAFileAreRefusedAndNeverEchoedRaw() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let hostile = readText(Repo.example)!.replacingOccurrences(of: "\"Right knee - early strengthening\"",
                                                                   with: "\"\\u001b[2J\\u001b]0;PWNED\\u0007\"")
        let file = scratch.write("hostile\u{1B}[2J.json", hostile)
        let result = try hep("validate", file)
        #expect(result.status == 65)
        #expect(!result.stdout.contains("\u{1B}") && !result.stderr.contains("\u{1B}"), "no escape reaches the terminal")
        #expect(result.stdout.contains("hostile\\u{1B}[2J.json: $.title: must not hold control characters"))
        // A program that does not pass never reaches today or report.
        let data = scratch.path + "/data"
        let refused = try hep("init", "--data", data, "--program", file)
        #expect(refused.status == 65)
        #expect(!refused.stderr.contains("\u{1B}"))
    }

    @Test func itemIdsAreNamesAndNotesMayBreakLines() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        for (id, valid) in [("slr-r", true), ("a.b_c-1", true), ("../x", false), ("a/b", false), ("-a", false),
                            (String(repeating: "a", count: 65), false), ("a\\nb", false)] {
            let text = readText(Repo.example)!.replacingOccurrences(of: "\"id\": \"slr-r\"", with: "\"id\": \"\(id)\"")
            let result = try hep("validate", scratch.write("p.json", text))
            #expect((result.status == 0) == valid, "\(id): \(result.stdout)")
            if !valid {
                #expect(result.stdout.contains("must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit")
                    || result.stdout.contains("control characters"), "\(id): \(result.stdout)")
            }
        }
        let noted = readText(Repo.example)!.replacingOccurrences(of: "\"note\": \"Start", with: "\"note\": \"Two\\nlines. Start")
        #expect(try hep("validate", scratch.write("n.json", noted)).status == 0, "a line break in a note is fine")
        let tabbed = readText(Repo.example)!.replacingOccurrences(of: "\"note\": \"Start", with: "\"note\": \"Tab\\there. Start")
        #expect(try hep("validate", scratch.write("t.json", tabbed)).stdout.contains("must not hold control characters other than line breaks"))
    }

    @Test func aRelativeXDGDataHomeIsIgnored() {
        #expect(DataFolder.resolve(option: nil, environment: ["XDG_DATA_HOME": "relative/place", "HOME": "/h"]).path == "/h/.local/share/hep")
    }

    @Test func theTerminalRuleShowsEveryControlCharacter() {
        #expect(TerminalText.safe("a\u{1B}[2Jb\u{7}\u{9B}c") == "a\\u{1B}[2Jb\\u{7}\\u{9B}c")
        #expect(TerminalText.safe("one\ntwo", keepingLineBreaks: true) == "one\ntwo")
        #expect(TerminalText.safe("one\ntwo") == "one\\u{A}two")
        #expect(TerminalText.safe("plain, é 日本") == "plain, é 日本")
    }
}

@Suite struct RangeLimitTests {
    @Test func aRangeIsAtMostTwentyYears() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/data"
        #expect(try hep("init", "--data", data).status == 0)
        let huge = try hep("report", "--data", data, "--from", "1900-01-01", "--to", "9999-12-31")
        #expect(huge.status == 64)
        #expect(huge.errLines.first == "Error: 1900-01-01 to 9999-12-31 is 2958464 days; a range is at most 7320 days (20 years)")
        #expect(try hep("report", "--data", data, "--last", "7321d").status == 64)
        let longest = try hep("report", "--data", data, "--to", "2026-11-29", "--last", "7320d", "--format", "json")
        #expect(longest.status == 0)
    }
}

@Suite struct OutputTests {
    @Test(arguments: [["today"], ["report"], ["report", "--format", "json"], ["report", "--format", "csv"]])
    func aReportThatCannotBeWrittenIsAFailedWrite(command: [String]) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/data"
        #expect(try hep("init", "--data", data).status == 0)
        let full = try run("/bin/sh", ["-c", "exec \"$0\" \"$@\" >/dev/full", Repo.hep] + command + ["--data", data])
        #expect(full.status == 74, "\(command)")
        #expect(full.stderr == "hep: cannot write to standard output: No space left on device\n")
    }
}
