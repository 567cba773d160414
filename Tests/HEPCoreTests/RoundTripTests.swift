import Foundation
import HEPCore
import TestSupport
import Testing

/// Every bundled file reads into the model and writes back to the very same bytes.
@Suite struct RoundTripTests {
    static let exerciseFiles = Folders.entries(Repo.data + "/exercises").map { Repo.data + "/exercises/" + $0 }
    static let programFiles = Folders.entries(Repo.data + "/programs").map { Repo.data + "/programs/" + $0 }

    @Test func theLibraryIsBigAndCoversEveryRegion() throws {
        #expect(Self.exerciseFiles.count >= 30)
        let regions = Set(try Self.exerciseFiles.map { try Documents.loadExercise($0, display: $0).region })
        #expect(regions.isSuperset(of: ["knee", "hip", "ankle", "back", "neck", "shoulder"]))
    }

    @Test(arguments: exerciseFiles)
    func exerciseFile(_ path: String) throws {
        let exercise = try Documents.loadExercise(path, display: path)
        #expect(exercise.schema == Exercise.schemaID)
        #expect(path.hasSuffix("/\(exercise.id).json"))
        #expect(String(decoding: Documents.encode(exercise), as: UTF8.self) == readText(path))
    }

    @Test(arguments: programFiles)
    func programFile(_ path: String) throws {
        let program = try Documents.loadProgram(path, display: path)
        #expect(String(decoding: Documents.encode(program), as: UTF8.self) == readText(path))
    }

    @Test func dayLogWithEveryKindOfAnswer() throws {
        let date = LocalDate("2026-11-29")!
        let at = Moment("2026-11-29T08:02:11+01:00")!
        var log = DayLog(date: date, morningPain: 2, sessions: [
            Session(id: "s-080211", started: at, ended: Moment("2026-11-29T08:20:40+01:00"), programVersion: 2,
                    painBefore: 3, painAfter: nil, exercises: [
                        ExerciseRecord(item: "slr-r", status: .done,
                                       sets: [SetRecord(side: .right, reps: 12, completed: at)],
                                       painDuring: 0, effort: 4, note: "felt \"fine\"\nno ache"),
                        ExerciseRecord(item: "bridge", status: .skipped, skipReason: .time),
                    ]),
        ])
        log.morningPainAsked = Moment("2026-11-29T07:45:00+01:00")
        let text = Documents.encode(log)
        let again = try Documents.decodeLog(text, display: "log")
        #expect(again == log)
        #expect(Documents.encode(again) == text)
        // An unanswered question is written as null, never left out and never 0.
        #expect(String(decoding: text, as: UTF8.self).contains("\"painAfter\": null"))
        #expect(String(decoding: text, as: UTF8.self).contains("\"painDuring\": 0"))
    }

    @Test func bundledFilesConformToTheJSONSchemas() throws {
        let python = ProcessInfo.processInfo.environment["HEP_PYTHON"] ?? "/usr/bin/env"
        let prefix = python == "/usr/bin/env" ? ["python3"] : []
        let result = try run(python, prefix + [Repo.root + "/scripts/check-schemas.py"] + Self.exerciseFiles + Self.programFiles)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "\(Self.exerciseFiles.count + Self.programFiles.count) files conform\n")
    }
}
