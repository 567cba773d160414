import Foundation
import HEPCore

/// The language of this run's messages: `--lang` when the command line gives it, else the
/// environment's. Known before the parser runs, so its own errors are told in it too.
let runLanguage: Language = {
    let arguments = Array(CommandLine.arguments.dropFirst())
    for (i, word) in arguments.enumerated() {
        if word == "--" { break }
        let value = word == "--lang" ? arguments.dropFirst(i + 1).first : word.hasPrefix("--lang=") ? String(word.dropFirst(7)) : nil
        if let value, let language = Language(rawValue: value) { return language }
    }
    return .from(environment: ProcessInfo.processInfo.environment)
}()

/// This run's words for the command line.
var say: any CommandWords { runLanguage.commands }

/// What hep's commands say outside the screens and the reports, keyed by meaning: errors,
/// warnings and confirmations. English and Spanish each answer every one.
protocol CommandWords: Sendable {
    func unknownCommand(_ word: String, nearest: String?) -> String
    var theCommandsAre: String { get }
    /// What a command does, for the list of commands; nil keeps the parser's own (English) words.
    func abstract(_ command: String) -> String?
    func cannotWriteOutput(_ system: String) -> String
    func noProgram(in folder: String, option: String) -> String
    func bundleMissing(beside executable: String) -> String
    func dataIsAFile(_ path: String) -> String
    func warning(_ text: String) -> String
    func needsTerminal(_ screen: ScreenName, instead: String) -> String
    func cannotShow(_ screen: ScreenName, term: String, instead: String) -> String
    func holdsData(_ folder: String) -> String
    func wroteHistory(logs: Int, days: Int, before: LocalDate, into folder: String) -> String
    var noBundledExample: String { get }
    func holdsBundledFiles(_ folder: String) -> String
    func installed(_ source: String, as target: String, oldKeptAs: String?) -> String
    func alreadyHolds(_ target: String) -> String
    func outInsideData(_ out: String, folder: String) -> String
    var outEmpty: String { get }
    func outIsFolder(_ out: String) -> String
    func outIsLink(_ out: String) -> String
    func outNotRegular(_ out: String) -> String
    func outReadOnly(_ out: String) -> String
    func checked(files: Int, invalid: Int) -> String
    // The command line's own mistakes.
    var emptyData: String { get }
    func tooEarly(_ text: String) -> String
    func notADate(_ problem: DateProblem) -> String
    func notALength(_ text: String, maxDays: Int) -> String
    var fromOrLast: String { get }
    func fromAfterEnd(_ from: LocalDate, _ end: LocalDate) -> String
    func rangeTooLong(_ start: LocalDate, _ end: LocalDate, days: Int, maxDays: Int) -> String
    func years(_ years: Int) -> String
}

/// The two full-screen commands.
enum ScreenName { case session, review }

extension Language {
    var commands: any CommandWords {
        switch self {
        case .en: return English()
        case .es: return Spanish()
        }
    }
}

extension English: CommandWords {
    func unknownCommand(_ word: String, nearest: String?) -> String {
        "hep: unknown command '\(word)'" + (nearest.map { "; did you mean '\($0)'?" } ?? "")
    }
    var theCommandsAre: String { "The commands are:" }
    func abstract(_ command: String) -> String? { nil }
    func cannotWriteOutput(_ system: String) -> String { "hep: cannot write to standard output: \(system)" }
    func noProgram(in folder: String, option: String) -> String {
        "hep: there is no exercise program in \(folder); install the one your therapist gave you "
            + "with `hep init --program FILE\(option)`, or try hep with an example program: `hep init\(option)`"
    }
    func bundleMissing(beside executable: String) -> String {
        "hep: hep's bundled data (the example program and the exercise library) is not installed beside \(executable); "
            + "reinstall hep with scripts/install"
    }
    func dataIsAFile(_ path: String) -> String { "hep: \(path) is a file, not a data folder; give the folder that holds program.json" }
    func warning(_ text: String) -> String { "hep: warning: " + text }
    func needsTerminal(_ screen: ScreenName, instead: String) -> String {
        "hep: the \(screen) screen needs a terminal on standard input and output (use `\(instead)` for plain text)"
    }
    func cannotShow(_ screen: ScreenName, term: String, instead: String) -> String {
        "hep: this terminal (TERM=\(term)) cannot show the \(screen) screen (use `\(instead)` for plain text)"
    }
    func holdsData(_ folder: String) -> String {
        "hep: \(folder) already holds a patient's data; demo-history writes only into a new folder"
    }
    func wroteHistory(logs: Int, days: Int, before: LocalDate, into folder: String) -> String {
        "Wrote \(logs) day logs of the \(days) days before \(before) into \(folder)."
    }
    var noBundledExample: String { "hep: the bundled example program is not installed with this hep; give one with --program FILE" }
    func holdsBundledFiles(_ folder: String) -> String { "hep: \(folder) holds hep's bundled files; choose another data folder with --data" }
    func installed(_ source: String, as target: String, oldKeptAs: String?) -> String {
        "Installed \(source) as \(target)" + (oldKeptAs.map { "; the old program is kept as \($0)." } ?? ".")
    }
    func alreadyHolds(_ target: String) -> String { "\(target) already holds this program." }
    func outInsideData(_ out: String, folder: String) -> String {
        "hep: \(out) is inside the data folder \(folder); write it outside any data folder, so that no patient file can be replaced"
    }
    var outEmpty: String { "hep: give the name of the file to write" }
    func outIsFolder(_ out: String) -> String { "hep: \(out) is a folder; give the name of a file in it" }
    func outIsLink(_ out: String) -> String { "hep: \(out) is a symbolic link; give the file it points to, or a new name" }
    func outNotRegular(_ out: String) -> String { "hep: \(out) is not a regular file (a device or a pipe); give a file name" }
    func outReadOnly(_ out: String) -> String { "hep: \(out) is read-only; hep does not replace it" }
    func checked(files: Int, invalid: Int) -> String {
        "\(files) file\(files == 1 ? "" : "s") checked: " + (invalid == 0 ? "all valid" : "\(invalid) invalid")
    }
    var emptyData: String { "--data needs a folder (got an empty value)" }
    func tooEarly(_ text: String) -> String { "\(text): hep works with dates from 1900 on" }
    func notADate(_ problem: DateProblem) -> String {
        switch problem {
        case let .notADate(text): return "\(text): not a date written YYYY-MM-DD"
        case let .noYearZero(text): return "\(text): there is no year 0"
        case let .noSuchMonth(text, month): return "\(text): there is no month \(month)"
        case let .noDayZero(text): return "\(text): there is no day 0"
        case let .noSuchDay(text, month, year, days): return "\(text): month \(month) of \(year) has \(days) days"
        }
    }
    func notALength(_ text: String, maxDays: Int) -> String { "not a length like 14d or 2w, at most \(maxDays) days (got \(text))" }
    var fromOrLast: String { "give --from or --last, not both" }
    func fromAfterEnd(_ from: LocalDate, _ end: LocalDate) -> String { "--from \(from) is after the end of the range \(end)" }
    func rangeTooLong(_ start: LocalDate, _ end: LocalDate, days: Int, maxDays: Int) -> String {
        "\(start) to \(end) is \(days) days; a range is at most \(maxDays) days (20 years)"
    }
    func years(_ years: Int) -> String { "--years must be from 1 to 20 (got \(years))" }
}

extension Spanish: CommandWords {
    func unknownCommand(_ word: String, nearest: String?) -> String {
        "hep: no existe la orden '\(word)'" + (nearest.map { "; ¿quisiste decir '\($0)'?" } ?? "")
    }
    var theCommandsAre: String { "Las órdenes son:" }
    func abstract(_ command: String) -> String? {
        [
            "session": "La sesión de hoy, paso a paso (la orden por defecto).",
            "init": "Instala un programa de ejercicios en la carpeta de datos.",
            "today": "Los ejercicios de hoy, en texto.",
            "report": "El informe para tu fisioterapeuta: adherencia, dosis, dolor y alertas.",
            "export": "Escribe un periodo de días como paquete FHIR R4 para el sistema de una clínica, en un archivo tuyo.",
            "review": "La revisión del fisioterapeuta, a pantalla completa.",
            "library": "La biblioteca de ejercicios (la de hep y la de la carpeta de datos), o un ejercicio en detalle.",
            "program": "Prescribe y progresa el programa: verlo, cambiarlo como versión nueva, entregarlo.",
            "validate": "Comprueba programas, registros diarios y ejercicios; una línea por problema.",
            "demo-history": "Escribe un historial de ejemplo en una carpeta nueva.",
            "help": "Muestra la ayuda.",
        ][command]
    }
    func cannotWriteOutput(_ system: String) -> String { "hep: no se puede escribir en la salida estándar: \(system)" }
    func noProgram(in folder: String, option: String) -> String {
        "hep: no hay ningún programa de ejercicios en \(folder); instala el que te dio tu fisioterapeuta "
            + "con `hep init --program ARCHIVO\(option)`, o prueba hep con un programa de ejemplo: `hep init\(option)`"
    }
    func bundleMissing(beside executable: String) -> String {
        "hep: los datos que acompañan a hep (el programa de ejemplo y la biblioteca de ejercicios) no están instalados junto a "
            + "\(executable); vuelve a instalar hep con scripts/install"
    }
    func dataIsAFile(_ path: String) -> String {
        "hep: \(path) es un archivo, no una carpeta de datos; indica la carpeta que contiene program.json"
    }
    func warning(_ text: String) -> String { "hep: aviso: " + text }
    func needsTerminal(_ screen: ScreenName, instead: String) -> String {
        "hep: \(name(screen)) necesita un terminal en la entrada y la salida estándar (usa `\(instead)` para verlo en texto)"
    }
    func cannotShow(_ screen: ScreenName, term: String, instead: String) -> String {
        "hep: este terminal (TERM=\(term)) no puede mostrar \(name(screen)) (usa `\(instead)` para verlo en texto)"
    }
    private func name(_ screen: ScreenName) -> String {
        screen == .session ? "la pantalla de la sesión" : "la pantalla de revisión"
    }
    func holdsData(_ folder: String) -> String {
        "hep: \(folder) ya contiene datos de un paciente; demo-history solo escribe en una carpeta nueva"
    }
    func wroteHistory(logs: Int, days: Int, before: LocalDate, into folder: String) -> String {
        "Se escribieron \(logs) registros diarios de los \(days) días anteriores al \(before) en \(folder)."
    }
    var noBundledExample: String {
        "hep: el programa de ejemplo no está instalado con este hep; indica uno con --program ARCHIVO"
    }
    func holdsBundledFiles(_ folder: String) -> String {
        "hep: \(folder) contiene los archivos que acompañan a hep; elige otra carpeta de datos con --data"
    }
    func installed(_ source: String, as target: String, oldKeptAs: String?) -> String {
        "Se instaló \(source) como \(target)" + (oldKeptAs.map { "; el programa anterior se conserva como \($0)." } ?? ".")
    }
    func alreadyHolds(_ target: String) -> String { "\(target) ya contiene este programa." }
    func outInsideData(_ out: String, folder: String) -> String {
        "hep: \(out) está dentro de la carpeta de datos \(folder); guárdalo fuera de toda carpeta de datos, para que ningún archivo del paciente pueda sustituirse"
    }
    var outEmpty: String { "hep: da el nombre del archivo que se va a escribir" }
    func outIsFolder(_ out: String) -> String { "hep: \(out) es una carpeta; da el nombre de un archivo dentro de ella" }
    func outIsLink(_ out: String) -> String { "hep: \(out) es un enlace simbólico; da el archivo al que apunta, o un nombre nuevo" }
    func outNotRegular(_ out: String) -> String { "hep: \(out) no es un archivo normal (un dispositivo o una tubería); da un nombre de archivo" }
    func outReadOnly(_ out: String) -> String { "hep: \(out) es de solo lectura; hep no lo sustituye" }
    func checked(files: Int, invalid: Int) -> String {
        "\(files) \(plural(files, "archivo comprobado", "archivos comprobados")): "
            + (invalid == 0 ? plural(files, "es válido", "todos válidos") : "\(invalid) \(plural(invalid, "no válido", "no válidos"))")
    }
    var emptyData: String { "--data necesita una carpeta (el valor está vacío)" }
    func tooEarly(_ text: String) -> String { "\(text): hep trabaja con fechas desde 1900" }
    func notADate(_ problem: DateProblem) -> String {
        switch problem {
        case let .notADate(text): return "\(text): no es una fecha con el formato AAAA-MM-DD"
        case let .noYearZero(text): return "\(text): no existe el año 0"
        case let .noSuchMonth(text, month): return "\(text): no existe el mes \(month)"
        case let .noDayZero(text): return "\(text): no existe el día 0"
        case let .noSuchDay(text, month, year, days): return "\(text): el mes \(month) de \(year) tiene \(days) días"
        }
    }
    func notALength(_ text: String, maxDays: Int) -> String {
        "no es una duración como 14d (días) o 2s (semanas), de como máximo \(maxDays) días (se recibió \(text))"
    }
    var fromOrLast: String { "indica --from o --last, no los dos" }
    func fromAfterEnd(_ from: LocalDate, _ end: LocalDate) -> String { "--from \(from) es posterior al final del periodo, \(end)" }
    func rangeTooLong(_ start: LocalDate, _ end: LocalDate, days: Int, maxDays: Int) -> String {
        "del \(start) al \(end) hay \(days) días; un periodo tiene como máximo \(maxDays) días (20 años)"
    }
    func years(_ years: Int) -> String { "--years debe estar entre 1 y 20 (se recibió \(years))" }
}
