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
          review        The therapist's review screen: calendar, exercises, pain by week and flags. Read-only.
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
        for command in ["session", "init", "today", "report", "review", "validate", "demo-history"] {
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
        ("2026-11-00", "2026-11-00: month 11 of 2026 has 30 days"),
        ("0000-01-01", "0000-01-01: there is no year 0"),
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
        for command in [["today"], ["report"], ["report", "--format", "csv"], ["validate"]] {
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
}
