import Foundation
import HEPCore
import TestSupport
import Testing

/// `hep library`: the bundled exercises and a clinic's own, found by words in any language
/// they are written in, and one shown in full; a bad or clashing clinic file is refused.
@Suite struct LibraryTests {
    /// The bundled exercise files, as JSON, for the figures the tests expect.
    static var bundled: [[String: Any]] { Folders.entries(Repo.data + "/exercises").map { name in
        try! JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Repo.data + "/exercises/" + name))) as! [String: Any]
    } }

    @Test func everyBundledExerciseIsListedOnceByID() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let all = try hep("library", "--data", scratch.path)
        #expect(all.status == 0)
        #expect(all.outLines.first == "ID                        Exercise                   Region     Default dose")
        let ids = all.outLines.dropFirst().dropLast().map { String($0.prefix { $0 != " " }) }
        #expect(ids == Self.bundled.map { $0["id"] as! String }.sorted())
        #expect(all.outLines.last == "\(Self.bundled.count) exercises.")
        #expect(all.outLines.contains("bridge                    Bridges                    hip        3 x 10, hold 3 s"),
                "the id column is as wide as the longest id, side-lying-hip-abduction")
    }

    @Test func wordsFindAnExerciseInEitherLanguageWhateverTheCaseAndAccents() throws {
        let library = try ExerciseLibrary.load(folders: [Repo.data + "/exercises"])
        for words in [["Bridge"], ["puente"], ["gluteos"], ["GLÚTEOS", "puente"], ["puente de"]] {
            #expect(library.search(words).map(\.exercise.id) == ["bridge"], "\(words)")
        }
        #expect(library.search(["puente", "knee"]).isEmpty, "every word must match, and instructions are not searched")
        let knee = Self.bundled.filter { $0["region"] as? String == "knee" }.count
        #expect(library.search([], region: "KNEE").count == knee)
        #expect(library.search(["slide"], region: "knee").allSatisfy { $0.exercise.region == "knee" })
        let spanish = try run(Repo.hep, ["library", "puente"], environment: ["LC_ALL": "", "LANG": "es_ES.UTF-8"])
        #expect(spanish.outLines == ["ID                    Ejercicio                  Zona       Dosis inicial",
                                     "bridge                Puente de glúteos          hip        3 x 10, mantén 3 s",
                                     "1 ejercicio."])
        let none = try hep("library", "zzz-nothing")
        #expect(none.status == 0)
        #expect(none.stdout == "No exercise matches.\n")
    }

    @Test func oneExerciseInFullAndAnUnknownIDIsAClearError() throws {
        let shown = try hep("library", "show", "bridge")
        #expect(shown.status == 0)
        #expect(shown.outLines.prefix(3) == ["Bridges (bridge)", "Region: hip. Equipment: none. Default dose: 3 x 10, hold 3 s.",
                                             "How to do it:"])
        #expect(shown.outLines.contains("Also written in es: Puente de glúteos."))
        #expect(shown.outLines.last == "From \(Repo.data)/exercises/bridge.json.")
        let spanish = try hep("library", "show", "bridge", "--lang", "es")
        #expect(spanish.outLines.first == "Puente de glúteos (bridge)")
        #expect(spanish.outLines.contains("Cómo hacerlo:"))
        #expect(spanish.outLines.contains("También en en: Bridges."))
        let unknown = try hep("library", "show", "bridges")
        #expect(unknown.status == 64)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr == "hep: there is no exercise 'bridges' in the library; `hep library` lists them\n")
    }

    @Test func aClinicsOwnExercisesJoinTheLibraryAndABadOneIsRefused() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        var own = Self.bundled.first { $0["id"] as? String == "bridge" }!
        own["id"] = "hip-hike"
        own["name"] = "Hip hikes"
        own.removeValue(forKey: "translations")
        let write = { (name: String, object: Any) in
            _ = scratch.write("data/exercises/\(name)", String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        write("hip-hike.json", own)
        let listed = try hep("library", "hip", "hikes", "--data", scratch.path + "/data")
        #expect(listed.status == 0)
        #expect(listed.outLines.dropFirst().first?.hasPrefix("hip-hike              Hip hikes") == true)

        var clash = own
        clash["id"] = "bridge"
        write("my-bridge.json", clash)
        let refused = try hep("library", "--data", scratch.path + "/data")
        #expect(refused.status == 65)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr == "\(scratch.path)/data/exercises/my-bridge.json: $.id: exercise id already used by "
            + "\(Repo.data)/exercises/bridge.json (got \"bridge\")\n")

        try FileManager.default.removeItem(atPath: scratch.path + "/data/exercises/my-bridge.json")
        _ = scratch.write("data/exercises/broken.json", "{\"schema\": \"hep.exercise/1\", \"id\": ")
        let broken = try hep("library", "show", "hip-hike", "--data", scratch.path + "/data")
        #expect(broken.status == 65)
        #expect(broken.stderr.hasPrefix("\(scratch.path)/data/exercises/broken.json:1:"))
    }
}
