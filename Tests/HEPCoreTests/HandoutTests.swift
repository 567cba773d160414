import Foundation
import HEPCore
import TestSupport
import Testing

/// `hep program handout`: the version in force written for the patient to keep, as text
/// or as a page to print that holds no script and fetches nothing, whatever the program says.
@Suite struct HandoutTests {
    /// A data folder with the bundled example installed (its version 2 is in force from
    /// 2026-11-23), or with `program` when one is given.
    static func installed(_ scratch: Scratch, program: [String: Any]? = nil) throws -> String {
        let data = scratch.path + "/data"
        var arguments = ["init", "--data", data]
        if let program {
            let file = scratch.write("program.json", String(decoding: try JSONSerialization.data(withJSONObject: program), as: UTF8.self))
            arguments += ["--program", file]
        }
        let result = try run(Repo.hep, arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return data
    }

    static var example: [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Repo.example))) as! [String: Any]
    }

    /// The items of the example's version in force today, each with its name and dose in `language`.
    static func itemsInForce(_ language: Language) -> [(name: String, dose: String)] {
        let versions = example["versions"] as! [[String: Any]]
        let today = "\(LocalDate(Date()))"
        let version = versions.last { ($0["effective"] as! String) <= today } ?? versions[0]
        return (version["items"] as! [[String: Any]]).map { item in
            let exercise = item["exercise"] as! [String: Any]
            let translated = (exercise["translations"] as? [String: [String: Any]])?[language.rawValue] ?? exercise
            let dose = Dose(sets: item["sets"] as! Int, reps: item["reps"] as! Int, holdSeconds: item["holdSeconds"] as! Int,
                            restSeconds: item["restSeconds"] as! Int, side: Side(rawValue: item["side"] as! String)!)
            return (translated["name"] as! String, language.common.dose(dose))
        }
    }

    @Test func textGivesTheHeaderAndEachExerciseInFull() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.installed(scratch)
        let shown = try hep("program", "handout", "--data", data, "--lang", "en")
        #expect(shown.status == 0)
        #expect(shown.stderr.isEmpty)
        let lines = shown.stdout.components(separatedBy: "\n")
        #expect(Array(lines.prefix(7)) == [
            "Right knee - early strengthening",
            "================================",
            "Home exercises for Alex Demo",
            "Version 2, from Monday 23 November 2026",
            "Note from your therapist: Progression at week 3: more reps on leg raises, add",
            "  bridges, sit to stand and balance; fewer quad sets",
            "",
        ])
        let start = try #require(lines.firstIndex(of: "5. Sit to stand"))
        #expect(Array(lines[start...].prefix { !$0.isEmpty }) == [
            "5. Sit to stand",
            "   Dose:       3 x 8",
            "   Rest:       1 minute between sets",
            "   How often:  Once a day (mon, wed, fri)",
            "   Pain:       Stop and rest if your pain goes above 4 out of 10.",
            "   Note:       Use the kitchen chair against the wall",
            "   How to do it:",
            "   1. Sit near the front of a sturdy chair with your feet hip-width apart, a",
            "      little behind your knees.",
            "   2. Lean your chest forward over your toes.",
            "   3. Push through your heels to stand up tall, using your hands only if you",
            "      need to.",
            "   4. Sit back down slowly, reaching your hips back to the chair.",
            "   Remember:",
            "   - Nose over toes",
            "   - Knees in line with your second toe",
            "   - Control the sit, do not drop",
            "   Safety:     Stop if you feel dizzy or unsteady; keep the chair against a wall",
            "               so it cannot slide.",
            "   You need:   sturdy chair without wheels",
        ], "the item's own pain limit (4), not the program's (5)")
        #expect(lines.suffix(2) == ["Questions about your program? Ask J. Rivera, PT: clinic front desk 555-0100", ""])
        #expect(lines.allSatisfy { TextWidth.of($0) <= 80 })

        // Every item in force, in order, each under its number with its dose.
        var at = lines.startIndex
        for (n, item) in Self.itemsInForce(.en).enumerated() {
            let heading = try #require(lines[at...].firstIndex(of: "\(n + 1). \(item.name)"), "\(item.name)")
            #expect(lines[heading + 1] == "   Dose:       \(item.dose)")
            at = heading + 1
        }
        #expect(!shown.stdout.contains("Ankle pumps"), "an exercise of version 1 only")
    }

    @Test func spanishGivesTheExercisesAndHeadingsInSpanish() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.installed(scratch)
        let shown = try run(Repo.hep, ["program", "handout", "--data", data], environment: ["LC_ALL": "", "LANG": "es_ES.UTF-8"])
        #expect(shown.status == 0)
        let lines = shown.stdout.components(separatedBy: "\n")
        #expect(lines[2...3] == ["Ejercicios en casa para Alex Demo", "Versión 2, desde el lunes 23 de noviembre de 2026"])
        #expect(lines[7...12] == ["1. Contraer cuádriceps", "   Dosis:       3 x 10, mantén 5 s, derecha",
                                  "   Descanso:    30 segundos entre series", "   Frecuencia:  Una vez al día, todos los días",
                                  "   Dolor:       Detente y descansa si tu dolor pasa de 5 sobre 10.", "   Cómo hacerlo:"])
        #expect(lines.contains("   Recuerda:"))
        #expect(lines.contains("   Frecuencia:  Una vez al día (lun, mié, vie)"))
        #expect(lines.contains("   Necesitas:   una toalla enrollada"))
        #expect(lines.suffix(3) == ["¿Tienes dudas sobre tu programa? Pregunta a J. Rivera, PT: clinic front desk",
                                    "555-0100", ""])
        for (n, item) in Self.itemsInForce(.es).enumerated() {
            #expect(lines.contains("\(n + 1). \(item.name)"), "\(item.name)")
        }
        #expect(!shown.stdout.contains("Quad sets") && !shown.stdout.contains("How to do it"))
        let flag = try hep("program", "handout", "--data", data, "--lang", "es")
        #expect(flag.stdout == shown.stdout, "--lang es as the environment's es_ES")
    }

    @Test func htmlIsOnePageThatParsesAndHoldsEveryItem() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.installed(scratch)
        for language in Language.allCases {
            let shown = try hep("program", "handout", "--format", "html", "--data", data, "--lang", language.rawValue)
            #expect(shown.status == 0)
            #expect(shown.stdout.hasPrefix("<!DOCTYPE html>\n"))
            let page = try Page(shown.stdout)
            #expect(page.first("html")?.attributes["lang"] == language.rawValue)
            #expect(page.first("meta")?.attributes["charset"] == "utf-8")
            #expect(page.first("title")?.text == "Right knee - early strengthening - " + language.handout.forPatient("Alex Demo"))
            let style = try #require(page.first("style")?.text)
            #expect(style.contains("@media print"))
            #expect(style.contains("break-inside: avoid"))
            #expect(page.all("script").isEmpty && !shown.stdout.lowercased().contains("<script"))
            #expect(!shown.stdout.lowercased().contains("http"), "nothing fetched from elsewhere")
            #expect(!shown.stdout.contains("src="), "no image or frame")

            let sections = page.all("section")
            let items = Self.itemsInForce(language)
            #expect(sections.count == items.count)
            for (n, item) in items.enumerated() {
                #expect(page.all("h2").map(\.text).contains("\(n + 1). \(item.name)"), "\(item.name)")
                #expect(page.all("dd").map(\.text).contains(item.dose), "\(item.dose)")
            }
            #expect(page.first("p", class: "questions")?.text.hasSuffix("J. Rivera, PT: clinic front desk 555-0100") == true)
        }
    }

    @Test func programTextIsEscapedAndStaysText() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let hostile = "<script>alert(1)</script> & \"x\" 'y'"
        var program = Self.example
        var versions = program["versions"] as! [[String: Any]]
        versions[1]["note"] = hostile
        var items = versions[1]["items"] as! [[String: Any]]
        items[0]["notes"] = hostile
        var exercise = items[0]["exercise"] as! [String: Any]
        exercise["name"] = hostile
        exercise.removeValue(forKey: "translations")
        items[0]["exercise"] = exercise
        versions[1]["items"] = items
        program["versions"] = versions
        program["therapist"] = ["name": "A & B <PT>", "contact": "\"front desk\""]
        let data = try Self.installed(scratch, program: program)

        let shown = try hep("program", "handout", "--format", "html", "--data", data, "--lang", "en")
        #expect(shown.status == 0)
        #expect(!shown.stdout.contains("<script"))
        #expect(!shown.stdout.contains("<PT>"))
        let page = try Page(shown.stdout)
        #expect(page.all("script").isEmpty)
        #expect(page.first("p", class: "note")?.text == "Note from your therapist: " + hostile)
        #expect(page.all("h2").first?.text == "1. " + hostile)
        #expect(page.all("dd").map(\.text).contains(hostile), "the item's notes")
        #expect(page.first("p", class: "questions")?.text == "Questions about your program? Ask A & B <PT>: \"front desk\"")

        let text = try hep("program", "handout", "--data", data, "--lang", "en")
        #expect(text.outLines.contains("   Note:       " + hostile), "plain text shows it as written")
    }

    @Test func beforeTheFirstVersionStartsTheHandoutSaysWhen() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        var program = Self.example
        var versions = program["versions"] as! [[String: Any]]
        versions[0]["effective"] = "2099-01-05"
        versions[1]["effective"] = "2099-02-02"
        program["versions"] = versions
        let data = try Self.installed(scratch, program: program)
        let shown = try hep("program", "handout", "--data", data, "--lang", "en")
        #expect(shown.status == 0)
        #expect(shown.outLines[3] == "Version 1, starting Monday 5 January 2099")
        #expect(shown.outLines.contains("4. Ankle pumps"), "version 1's items")
    }

    @Test func outWritesAPrivateFileAndNeverIntoTheDataFolder() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.installed(scratch)
        for format in ["text", "html"] {
            let out = scratch.path + "/handout.\(format)"
            let written = try hep("program", "handout", "--format", format, "--out", out, "--data", data, "--lang", "en")
            #expect(written.status == 0)
            #expect(written.stdout.isEmpty)
            #expect(mode(out) == 0o600)
            let printed = try hep("program", "handout", "--format", format, "--out", "-", "--data", data, "--lang", "en")
            #expect(readText(out) == printed.stdout, "the file holds what standard output shows")
        }

        let before = snapshot(data)
        let inside = try hep("program", "handout", "--out", data + "/handout.txt", "--data", data, "--lang", "en")
        #expect(inside.status == 73)
        #expect(inside.stdout.isEmpty)
        #expect(inside.stderr == "hep: \(data)/handout.txt is inside the data folder \(data); write it outside any data folder, "
            + "so that no patient file can be replaced\n")
        #expect(!FileManager.default.fileExists(atPath: data + "/handout.txt"))
        let replace = try hep("program", "handout", "--out", data + "/program.json", "--data", data)
        #expect(replace.status == 73)
        #expect(snapshot(data) == before, "program.json untouched")
    }

    @Test func noProgramAndAnUnknownFormatAreRefused() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let empty = scratch.path + "/empty"
        let none = try hep("program", "handout", "--data", empty, "--lang", "en")
        #expect(none.status == 66)
        #expect(none.stdout.isEmpty)
        let show = try hep("program", "show", "--data", empty, "--lang", "en")
        #expect(none.stderr == show.stderr)
        #expect(none.stderr.hasPrefix("hep: there is no exercise program in "))

        let data = try Self.installed(scratch)
        let pdf = try hep("program", "handout", "--format", "pdf", "--out", scratch.path + "/handout.pdf", "--data", data)
        #expect(pdf.status == 64)
        #expect(pdf.stdout.isEmpty)
        #expect(pdf.stderr.contains("pdf"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/handout.pdf"))
    }
}
