import Foundation
import HEPCore
import TestSupport
import Testing

/// Which language hep speaks, and `hep today` in it.
@Suite struct LanguageTests {
    @Test func theEnvironmentChoosesByThePOSIXOrder() {
        #expect(Language.from(environment: [:]) == .en)
        #expect(Language.from(environment: ["LANG": "es_ES.UTF-8"]) == .es)
        #expect(Language.from(environment: ["LANG": "es_MX"]) == .es)
        #expect(Language.from(environment: ["LANG": "es"]) == .es)
        #expect(Language.from(environment: ["LANG": "et_EE.UTF-8"]) == .en, "Estonian is not Spanish")
        #expect(Language.from(environment: ["LANG": "en_GB.UTF-8", "LC_MESSAGES": "es_AR.UTF-8"]) == .es)
        #expect(Language.from(environment: ["LANG": "es_ES.UTF-8", "LC_ALL": "C.UTF-8"]) == .en, "LC_ALL rules")
        #expect(Language.from(environment: ["LANG": "es_ES.UTF-8", "LC_ALL": ""]) == .es, "an empty variable is unset")
    }

    @Test func spanishDatesDurationsAndPlurals() {
        let es = Spanish()
        #expect(es.longDate(LocalDate("2026-11-29")!) == "domingo 29 de noviembre de 2026")
        #expect(es.duration(1) == "1 segundo")
        #expect(es.duration(3725) == "1 hora 2 minutos 5 segundos")
        #expect(es.nothingDueOn(.sat) == "Los sábados no hay ejercicios.")
        #expect(es.nothingDueOn(.mon) == "Los lunes no hay ejercicios.")
        #expect(es.total(exercises: 1, performances: 2) == "1 ejercicio, 2 veces en total.")
    }

    @Test func flagsAreWordedFromTheirFigures() {
        let low = Report.Flag.Facts.lowAdherence(week: "2026-W45", performed: 39, due: 49, adherence: 39.0 / 49.0)
        #expect(English().flag(low) == "2026-W45: 39 of 49 performances performed (79.6%)")
        #expect(Spanish().flag(low) == "2026-W45: 39 de 49 veces hechas (79,6 %)")
        let rising = Report.Flag.Facts.morningRising(fromWeek: "2026-W45", from: 2.0, toWeek: "2026-W46", to: 3.25)
        #expect(Spanish().flag(rising) == "el dolor medio por la mañana subió de 2,0 en 2026-W45 a 3,3 en 2026-W46")
    }

    @Test func todayInSpanishFromTheEnvironmentOrTheOption() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/data"
        #expect(try hep("init", "--data", data).status == 0)
        // A week after the install, when every item of the example is due.
        let date = LocalDate(Date()).adding(days: 7)
        let spanish = try run(Repo.hep, ["today", "--data", data, "--date", "\(date)"], environment: ["LC_ALL": "", "LANG": "es_ES.UTF-8"])
        #expect(spanish.status == 0)
        let heading = try #require(spanish.outLines.first)
        let days = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
        #expect(days.contains(String(heading.prefix { $0 != " " })), "\(heading)")
        #expect(heading.hasSuffix(" \(date) - Right knee - early strengthening - Alex Demo"))
        #expect(spanish.outLines.contains("Ejercicios del día:"))
        #expect(spanish.outLines.contains { $0.hasPrefix("  Contraer cuádriceps ") && $0.contains("3 x 10, mantén 5 s, derecha") && $0.hasSuffix("una vez") })
        #expect(spanish.outLines.last?.wholeMatch(of: /\d+ ejercicios, \d+ veces en total\./) != nil)
        let english = try run(Repo.hep, ["today", "--data", data, "--date", "\(date)", "--lang", "en"], environment: ["LANG": "es_ES.UTF-8"])
        #expect(english.outLines.first?.hasSuffix("day \(date) - Right knee - early strengthening - Alex Demo") == true)
        #expect(english.outLines.contains("Due:"))
        // The option may come before the command word, as --data may.
        let first = try hep("--lang", "es", "today", "--data", data, "--date", "\(date)")
        #expect(first.status == 0)
        #expect(first.outLines.contains("Ejercicios del día:"))
        let bad = try hep("today", "--data", data, "--lang", "fr")
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--lang"))
    }

    /// Confirmations and errors of the command line, in the language asked for: each line
    /// whole, with its figures, and the exit status unchanged.
    @Test func theCommandsSpeakSpanish() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = scratch.path + "/data"
        let spanish = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "es_ES.UTF-8"]
        let es = { (arguments: [String]) in try run(Repo.hep, arguments, environment: spanish) }
        let installed = try es(["init", "--data", data])
        #expect(installed.status == 0)
        #expect(installed.stdout.hasPrefix("Se instaló ") && installed.stdout.hasSuffix(" como \(data)/program.json.\n"), "\(installed.stdout)")
        #expect(try es(["init", "--data", data]).stdout == "\(data)/program.json ya contiene este programa.\n")
        let replaced = try es(["init", "--data", data, "--program", Repo.example, "--force"])
        #expect(replaced.status == 0)
        let again = try hep("init", "--data", data, "--lang", "es")
        #expect(again.stdout == "\(data)/program.json ya contiene este programa.\n", "--lang decides as LANG does")

        let checked = try es(["validate", "--data", data])
        #expect(checked.status == 0)
        #expect(checked.stderr == "1 archivo comprobado: es válido\n")
        let bad = scratch.write("bad.json", "{\"schema\": \"hep.log/1\", \"date\": \"2026-11-31\", \"sessions\": []}")
        let refused = try es(["validate", bad])
        #expect(refused.status == 65)
        #expect(refused.stdout == "\(bad): $.date: debe ser una fecha con el formato AAAA-MM-DD (valor: \"2026-11-31\")\n", "\(refused.stdout)")
        #expect(refused.stderr == "1 archivo comprobado: 1 no válido\n")

        let empty = try es(["today", "--data", scratch.path + "/nothing"])
        #expect(empty.status == 66)
        #expect(empty.stderr.hasPrefix("hep: no hay ningún programa de ejercicios en \(scratch.path)/nothing; instala el que te dio"))

        let misspelt = try es(["reprot"])
        #expect(misspelt.status == 64)
        #expect(misspelt.errLines.first == "hep: no existe la orden 'reprot'; ¿quisiste decir 'report'?")
        #expect(misspelt.errLines.contains("Las órdenes son:"))
        #expect(misspelt.errLines.contains { $0.hasPrefix("  report ") && $0.hasSuffix("El informe para tu fisioterapeuta: adherencia, dosis, dolor y alertas.") })

        let both = try es(["report", "--data", data, "--from", "2026-11-01", "--last", "2w"])
        #expect(both.status == 64)
        #expect(both.stderr.contains("indica --from o --last, no los dos"))
        let weeks = try es(["report", "--data", data, "--last", "2s", "--today", "2026-11-30", "--format", "json"])
        #expect(weeks.status == 0)
        #expect(weeks.stdout == (try hep("report", "--data", data, "--last", "2w", "--today", "2026-11-30", "--format", "json")).stdout,
                "2s (semanas) is 2w")
        let february = try es(["report", "--data", data, "--to", "2026-02-30"])
        #expect(february.status == 64)
        #expect(february.stderr.contains("2026-02-30: el mes 2 de 2026 tiene 28 días"))
        let inside = try es(["report", "--data", data, "--out", data + "/informe.txt"])
        #expect(inside.status == 73)
        #expect(inside.stderr.hasPrefix("hep: \(data)/informe.txt está dentro de la carpeta de datos \(data);"))

        let noTerminal = try es(["--data", data])
        #expect(noTerminal.status == 69)
        #expect(noTerminal.stderr == "hep: la pantalla de la sesión necesita un terminal en la entrada y la salida estándar (usa `hep today` para verlo en texto)\n")
    }
}
