/// The words of `hep program`: a program shown, its history, what a change did, and why a
/// change was refused.
public protocol ProgramWords: Sendable {
    func patient(_ patient: Patient, therapist: Therapist?) -> String
    func version(_ version: ProgramVersion, of count: Int) -> String
    func painLimit(_ limit: Int) -> String
    func rest(_ seconds: Int) -> String
    func perDay(_ times: Int) -> String
    /// `daily`, `mon-fri` or `mon,wed,fri` (`DaysNotation`) as the reader says it.
    func days(_ notation: String) -> String
    var noItems: String { get }
    func scheduled(_ version: ProgramVersion) -> String
    func programLimit(_ limit: Int) -> String
    func noVersion(_ number: Int, count: Int) -> String
    /// "Version 2, from 2026-11-23: Progression" in a history.
    func historyVersion(_ version: ProgramVersion) -> String
    /// "added", "removed", "changed", padded by the caller.
    func changeKind(_ change: ItemChange) -> String
    /// "reps 10 -> 12".
    func field(_ change: FieldChange) -> String
    var noItemChanged: String { get }
    func started(_ program: Program, path: String) -> String
    func wrote(_ version: ProgramVersion, joined: Bool, path: String) -> String
    func unchanged(_ version: ProgramVersion) -> String
    func deferred(to date: LocalDate, session: LocalDate) -> String
    func joinsPending(_ version: ProgramVersion) -> String
    func error(_ error: PrescribeError) -> String
    /// The comment at the top of the edit form, one line each.
    func formHelp(_ program: Program, version: ProgramVersion) -> [String]
    var editAgain: String { get }
    /// The answers to `editAgain`, lowercased.
    var yes: Set<String> { get }
    var no: Set<String> { get }
    var emptyForm: String { get }
    func moreProblems(_ n: Int) -> String
    var editNeedsTerminal: String { get }
    var nothingToChange: String { get }
    var contactNeedsTherapist: String { get }
    func exported(_ program: Program, to path: String) -> String
    func importSame(_ path: String) -> String
    func imported(_ added: [ProgramVersion], replacing: Bool, from file: String, into path: String) -> String
    func refused(_ refusal: ImportRefusal, file: String) -> String
    var abandoned: String { get }
    func editorFailed(_ editor: String, status: Int32) -> String
}

/// Notes on one line of a history, their line breaks written as the edit form writes them.
private func oneLine(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\\n") }

extension Language {
    public var program: any ProgramWords {
        switch self {
        case .en: return English()
        case .es: return Spanish()
        }
    }
}

extension English: ProgramWords {
    public func patient(_ patient: Patient, therapist: Therapist?) -> String {
        "For \(patient.name) (\(patient.id))." + (therapist.map { " Therapist: " + [$0.name, $0.contact].compactMap { $0 }.joined(separator: ", ") + "." } ?? "")
    }
    public func version(_ version: ProgramVersion, of count: Int) -> String {
        "Version \(version.version) of \(count), from \(version.effective)" + (version.note.map { ": \($0)" } ?? ".")
    }
    public func painLimit(_ limit: Int) -> String { "pain limit \(limit)" }
    public func rest(_ seconds: Int) -> String { "rest \(seconds) s" }
    public func perDay(_ times: Int) -> String { "\(times)/day" }
    public func days(_ notation: String) -> String { notation }
    public var noItems: String { "No exercises in this version." }
    public func scheduled(_ version: ProgramVersion) -> String {
        "Version \(version.version) is prepared for \(version.effective) (`--version \(version.version)` shows it)."
    }
    public func programLimit(_ limit: Int) -> String { "Pain limit: \(limit), unless an exercise has its own." }
    public func noVersion(_ number: Int, count: Int) -> String {
        "hep: the program has no version \(number); its versions are 1 to \(count)"
    }
    public func historyVersion(_ version: ProgramVersion) -> String {
        "Version \(version.version), from \(version.effective)" + (version.note.map { ": \($0)" } ?? "")
    }
    public func changeKind(_ change: ItemChange) -> String {
        switch change {
        case .added: return "added"
        case .removed: return "removed"
        case .changed: return "changed"
        }
    }
    public func field(_ change: FieldChange) -> String {
        switch change {
        case let .exercise(a, b): return "exercise \(a) -> \(b)"
        case let .sets(a, b): return "sets \(a) -> \(b)"
        case let .reps(a, b): return "reps \(a) -> \(b)"
        case let .hold(a, b): return "hold \(a) s -> \(b) s"
        case let .rest(a, b): return "rest \(a) s -> \(b) s"
        case let .side(a, b): return "side \(a.rawValue) -> \(b.rawValue)"
        case let .timesPerDay(a, b): return "times a day \(a) -> \(b)"
        case let .days(a, b): return "days \(DaysNotation.text(a)) -> \(DaysNotation.text(b))"
        case let .painLimit(a, b): return "pain limit \(a) -> \(b)"
        case let .notes(a, b): return "notes \(quoted(a)) -> \(quoted(b))"
        }
    }
    private func quoted(_ text: String?) -> String { text.map { "\"\(oneLine($0))\"" } ?? "none" }
    public var noItemChanged: String { "no exercise changed" }
    public func started(_ program: Program, path: String) -> String {
        "Started \"\(program.title)\" for \(program.patient.name) in \(path): version 1, from \(program.versions[0].effective), "
            + "no exercises yet (`hep program add` adds them)."
    }
    public func wrote(_ version: ProgramVersion, joined: Bool, path: String) -> String {
        joined ? "Changed version \(version.version), from \(version.effective), in \(path) (nothing is recorded under it yet):"
            : "Wrote version \(version.version), in force from \(version.effective), to \(path):"
    }
    public func unchanged(_ version: ProgramVersion) -> String {
        "Nothing to change: version \(version.version) already prescribes this. No file was written."
    }
    public func joinsPending(_ version: ProgramVersion) -> String {
        "Version \(version.version) is prepared for \(version.effective), so this change joins it and takes effect then, not today."
    }
    public func deferred(to date: LocalDate, session: LocalDate) -> String {
        "A session was recorded on \(session) under the version in force, so this change takes effect on \(date)."
    }
    public func error(_ error: PrescribeError) -> String {
        switch error {
        case let .noSuchExercise(id): return "hep: there is no exercise '\(id)' in the library; `hep library` lists them"
        case let .itemExists(id, version):
            return "hep: version \(version) already has an item '\(id)'; name the new one with --id"
        case let .noSuchItem(id, version, items):
            return "hep: version \(version) has no item '\(id)'; " + (items.isEmpty ? "it has none" : "its items are " + items.joined(separator: ", "))
        case let .beforeLatest(date, version, effective):
            return "hep: --effective \(date) is before version \(version), in force from \(effective); a change takes effect on or after it"
        case let .sessionRecorded(date, session):
            return "hep: --effective \(date): a session was recorded on \(session) under the version in force; "
                + "a change takes effect from \(session.adding(days: 1)), so that no recorded day is judged again"
        case let .programExists(path):
            return "hep: \(path) already holds a program; change it with `hep program add`, `change` or `edit`"
        case let .logsWithoutProgram(folder):
            return "hep: \(folder) holds day logs but no program: they were recorded under another one; start this program in a new folder"
        case let .readOnly(path): return "hep: \(path) is read-only; make it writable (chmod 600) to change the program. Nothing was written"
        case let .tooLarge(path, bytes):
            return "hep: \(path) would be \(bytes) bytes, over the \(FileReader.maxBytes >> 20) MiB hep reads; shorten the notes. Nothing was written"
        }
    }
    public func formHelp(_ program: Program, version: ProgramVersion) -> [String] {
        [
            "\(program.title), for \(program.patient.name) (\(program.patient.id)).",
            "Below is version \(version.version) of \(program.versions.count) (from \(version.effective)). Change it, save and quit:",
            "hep checks it, and a valid change becomes a new version. Quit without saving to change nothing.",
            "",
            "effective DATE   the day the change takes effect (YYYY-MM-DD)",
            "note TEXT        why it changed, for the history",
            "Then one line per exercise, in the order the patient does them:",
            "  ITEM  EXERCISE  SETS x REPS, hold S, rest S, SIDE, N/day, DAYS, limit P  # notes",
            "SIDE: left, right, both or none. DAYS: daily, a run such as mon-fri, or mon,wed,fri.",
            "limit P: the item's own pain limit (without it, the program's, \(program.effectivePainLimit)).",
            "A part left out takes the exercise's default, 1/day and daily. A new line with an",
            "exercise id from `hep library` adds it; deleting a line removes the exercise.",
        ]
    }
    public var contactNeedsTherapist: String { "hep: --contact is the therapist's: give --therapist too" }
    public func exported(_ program: Program, to path: String) -> String {
        let latest = program.versions[program.versions.count - 1]
        return "Wrote \"\(program.title)\" for \(program.patient.name) (\(program.patient.id)), versions 1 to \(latest.version) "
            + "(the latest from \(latest.effective)), to \(path): the prescription only, no day logs."
    }
    public func importSame(_ path: String) -> String { "\(path) already holds this program; nothing was written." }
    public func imported(_ added: [ProgramVersion], replacing: Bool, from file: String, into path: String) -> String {
        guard let first = added.first, let last = added.last else {
            return "Took the program's details (title, therapist) from \(file) into \(path); no new version."
        }
        return "Took version" + (added.count == 1 ? " \(first.version)" : "s \(first.version) to \(last.version)") + " from \(file) into \(path)"
            + (replacing ? " (version \(first.version) replaces the one here, under which nothing was recorded):" : ":")
    }
    public func refused(_ refusal: ImportRefusal, file: String) -> String {
        switch refusal {
        case let .otherPatient(here, other):
            return "hep: \(file) is a program for \(other.name) (\(other.id)), and this folder's is for \(here.name) (\(here.id)); nothing was imported"
        case let .diverged(version, session):
            return "hep: \(file): version \(version) differs from the one here, under which sessions were recorded (the last on \(session)); "
                + "ask for the change as a new version dated \(session.adding(days: 1)) or later. Nothing was imported"
        case let .older(here, other):
            return "hep: \(file) is an older copy of this program (\(other) of the \(here) versions here); nothing was imported"
        case let .overSession(version, effective, session):
            return "hep: \(file): version \(version) takes effect on \(effective), but a session was recorded here on \(session) "
                + "under the version before; ask for it dated \(session.adding(days: 1)) or later. Nothing was imported"
        case let .painLimitChanged(from, to):
            return "hep: \(file) changes the program's pain limit from \(from) to \(to), which would judge the sessions recorded here again; "
                + "ask for the limit on each exercise in a new version instead. Nothing was imported"
        }
    }
    public var editAgain: String { "Edit again? (y/n) " }
    public var yes: Set<String> { ["y", "yes"] }
    public var no: Set<String> { ["n", "no"] }
    public var emptyForm: String { "hep: the form was saved empty; the program was not changed" }
    public func moreProblems(_ n: Int) -> String { "hep: and \(n) more" }
    public var editNeedsTerminal: String {
        "hep: hep program edit opens an editor, which needs a terminal; or set $VISUAL or $EDITOR to one that needs none"
    }
    public var nothingToChange: String {
        "hep: say what to change: --sets, --reps, --hold, --rest, --side, --times-per-day, --days, --pain-limit or --notes"
    }
    public var abandoned: String { "hep: abandoned; the program was not changed" }
    public func editorFailed(_ editor: String, status: Int32) -> String {
        "hep: the editor (\(editor)) exited with status \(status); the program was not changed"
    }
}

extension Spanish: ProgramWords {
    public func patient(_ patient: Patient, therapist: Therapist?) -> String {
        "Para \(patient.name) (\(patient.id))." + (therapist.map { " Fisioterapeuta: " + [$0.name, $0.contact].compactMap { $0 }.joined(separator: ", ") + "." } ?? "")
    }
    public func version(_ version: ProgramVersion, of count: Int) -> String {
        "Versión \(version.version) de \(count), desde el \(version.effective)" + (version.note.map { ": \($0)" } ?? ".")
    }
    public func painLimit(_ limit: Int) -> String { "límite de dolor \(limit)" }
    public func rest(_ seconds: Int) -> String { "descanso \(seconds) s" }
    public func perDay(_ times: Int) -> String { "\(times)/día" }
    public func days(_ notation: String) -> String {
        let names = ["mon": "lun", "tue": "mar", "wed": "mié", "thu": "jue", "fri": "vie", "sat": "sáb", "sun": "dom"]
        if notation == "daily" { return "a diario" }
        return names.reduce(notation) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }
    public var noItems: String { "Esta versión no tiene ejercicios." }
    public func scheduled(_ version: ProgramVersion) -> String {
        "La versión \(version.version) está preparada para el \(version.effective) (`--version \(version.version)` la muestra)."
    }
    public func programLimit(_ limit: Int) -> String { "Límite de dolor: \(limit), salvo en los ejercicios que tienen el suyo." }
    public func noVersion(_ number: Int, count: Int) -> String {
        "hep: el programa no tiene versión \(number); sus versiones van de la 1 a la \(count)"
    }
    public func historyVersion(_ version: ProgramVersion) -> String {
        "Versión \(version.version), desde el \(version.effective)" + (version.note.map { ": \($0)" } ?? "")
    }
    public func changeKind(_ change: ItemChange) -> String {
        switch change {
        case .added: return "añadido"
        case .removed: return "quitado"
        case .changed: return "cambiado"
        }
    }
    public func field(_ change: FieldChange) -> String {
        switch change {
        case let .exercise(a, b): return "ejercicio \(a) -> \(b)"
        case let .sets(a, b): return "series \(a) -> \(b)"
        case let .reps(a, b): return "repeticiones \(a) -> \(b)"
        case let .hold(a, b): return "mantener \(a) s -> \(b) s"
        case let .rest(a, b): return "descanso \(a) s -> \(b) s"
        case let .side(a, b): return "lado \(a.rawValue) -> \(b.rawValue)"
        case let .timesPerDay(a, b): return "veces al día \(a) -> \(b)"
        case let .days(a, b): return "días \(days(DaysNotation.text(a))) -> \(days(DaysNotation.text(b)))"
        case let .painLimit(a, b): return "límite de dolor \(a) -> \(b)"
        case let .notes(a, b): return "notas \(quoted(a)) -> \(quoted(b))"
        }
    }
    private func quoted(_ text: String?) -> String { text.map { "«\(oneLine($0))»" } ?? "ninguna" }
    public var noItemChanged: String { "ningún ejercicio cambió" }
    public func started(_ program: Program, path: String) -> String {
        "Empezado «\(program.title)» para \(program.patient.name) en \(path): versión 1, desde el \(program.versions[0].effective), "
            + "aún sin ejercicios (`hep program add` los añade)."
    }
    public func wrote(_ version: ProgramVersion, joined: Bool, path: String) -> String {
        joined ? "Cambiada la versión \(version.version), desde el \(version.effective), en \(path) (aún no hay nada registrado con ella):"
            : "Escrita la versión \(version.version), en vigor desde el \(version.effective), en \(path):"
    }
    public func unchanged(_ version: ProgramVersion) -> String {
        "Nada que cambiar: la versión \(version.version) ya prescribe esto. No se escribió ningún archivo."
    }
    public func joinsPending(_ version: ProgramVersion) -> String {
        "La versión \(version.version) está preparada para el \(version.effective), así que este cambio se une a ella y empieza entonces, no hoy."
    }
    public func deferred(to date: LocalDate, session: LocalDate) -> String {
        "Hay una sesión registrada el \(session) con la versión en vigor, así que este cambio empieza el \(date)."
    }
    public func error(_ error: PrescribeError) -> String {
        switch error {
        case let .noSuchExercise(id): return "hep: no hay ningún ejercicio '\(id)' en la biblioteca; `hep library` los muestra"
        case let .itemExists(id, version):
            return "hep: la versión \(version) ya tiene un elemento '\(id)'; da otro nombre al nuevo con --id"
        case let .noSuchItem(id, version, items):
            return "hep: la versión \(version) no tiene ningún elemento '\(id)'; " + (items.isEmpty ? "no tiene ninguno" : "sus elementos son " + items.joined(separator: ", "))
        case let .beforeLatest(date, version, effective):
            return "hep: --effective \(date) es anterior a la versión \(version), en vigor desde el \(effective); un cambio empieza ese día o después"
        case let .sessionRecorded(date, session):
            return "hep: --effective \(date): hay una sesión registrada el \(session) con la versión en vigor; "
                + "un cambio empieza a partir del \(session.adding(days: 1)), para no volver a juzgar ningún día registrado"
        case let .programExists(path):
            return "hep: \(path) ya tiene un programa; cámbialo con `hep program add`, `change` o `edit`"
        case let .logsWithoutProgram(folder):
            return "hep: \(folder) tiene registros diarios pero ningún programa: se registraron con otro; empieza este programa en una carpeta nueva"
        case let .readOnly(path): return "hep: \(path) es de solo lectura; hazlo escribible (chmod 600) para cambiar el programa. No se escribió nada"
        case let .tooLarge(path, bytes):
            return "hep: \(path) ocuparía \(bytes) bytes, más de los \(FileReader.maxBytes >> 20) MiB que hep lee; acorta las notas. No se escribió nada"
        }
    }
    public func formHelp(_ program: Program, version: ProgramVersion) -> [String] {
        [
            "\(program.title), para \(program.patient.name) (\(program.patient.id)).",
            "Abajo está la versión \(version.version) de \(program.versions.count) (desde el \(version.effective)). Cámbiala, guarda y sal:",
            "hep la comprueba, y un cambio válido es una versión nueva. Sal sin guardar para no cambiar nada.",
            "",
            "effective FECHA  el día en que empieza el cambio (AAAA-MM-DD)",
            "note TEXTO       por qué cambió, para el historial",
            "Después, una línea por ejercicio, en el orden en que el paciente los hace:",
            "  ELEMENTO  EJERCICIO  SERIES x REPS, hold S, rest S, LADO, N/day, DÍAS, limit P  # notas",
            "LADO: left, right, both o none. DÍAS: daily, un tramo como mon-fri, o mon,wed,fri.",
            "limit P: el límite de dolor propio del elemento (sin él, el del programa, \(program.effectivePainLimit)).",
            "Lo que falte toma el valor por defecto del ejercicio, 1/day y daily. Una línea nueva con",
            "un ejercicio de `hep library` lo añade; borrar una línea quita el ejercicio.",
        ]
    }
    public var contactNeedsTherapist: String { "hep: --contact es el del fisioterapeuta: da también --therapist" }
    public func exported(_ program: Program, to path: String) -> String {
        let latest = program.versions[program.versions.count - 1]
        return "Escrito «\(program.title)» para \(program.patient.name) (\(program.patient.id)), versiones 1 a \(latest.version) "
            + "(la última desde el \(latest.effective)), en \(path): solo la prescripción, ningún registro diario."
    }
    public func importSame(_ path: String) -> String { "\(path) ya tiene este programa; no se escribió nada." }
    public func imported(_ added: [ProgramVersion], replacing: Bool, from file: String, into path: String) -> String {
        guard let first = added.first, let last = added.last else {
            return "Tomados los datos del programa (título, fisioterapeuta) de \(file) en \(path); ninguna versión nueva."
        }
        return (added.count == 1 ? "Tomada la versión \(first.version)" : "Tomadas las versiones \(first.version) a \(last.version)")
            + " de \(file) en \(path)" + (replacing ? " (la versión \(first.version) sustituye a la de aquí, con la que no hay nada registrado):" : ":")
    }
    public func refused(_ refusal: ImportRefusal, file: String) -> String {
        switch refusal {
        case let .otherPatient(here, other):
            return "hep: \(file) es un programa para \(other.name) (\(other.id)), y el de esta carpeta es para \(here.name) (\(here.id)); no se importó nada"
        case let .diverged(version, session):
            return "hep: \(file): la versión \(version) no es igual a la de aquí, con la que hay sesiones registradas (la última el \(session)); "
                + "pide el cambio como una versión nueva fechada el \(session.adding(days: 1)) o después. No se importó nada"
        case let .older(here, other):
            return "hep: \(file) es una copia más antigua de este programa (\(other) de las \(here) versiones de aquí); no se importó nada"
        case let .overSession(version, effective, session):
            return "hep: \(file): la versión \(version) empieza el \(effective), pero aquí hay una sesión registrada el \(session) "
                + "con la versión anterior; pide que la fechen el \(session.adding(days: 1)) o después. No se importó nada"
        case let .painLimitChanged(from, to):
            return "hep: \(file) cambia el límite de dolor del programa de \(from) a \(to), lo que volvería a juzgar las sesiones registradas aquí; "
                + "pide el límite en cada ejercicio en una versión nueva. No se importó nada"
        }
    }
    public var editAgain: String { "¿Editar otra vez? (s/n) " }
    public var yes: Set<String> { ["s", "si", "sí", "y", "yes"] }
    public var no: Set<String> { ["n", "no"] }
    public var emptyForm: String { "hep: el formulario se guardó vacío; el programa no cambió" }
    public func moreProblems(_ n: Int) -> String { "hep: y \(n) más" }
    public var editNeedsTerminal: String {
        "hep: hep program edit abre un editor, que necesita un terminal; o pon en $VISUAL o $EDITOR uno que no lo necesite"
    }
    public var nothingToChange: String {
        "hep: di qué cambiar: --sets, --reps, --hold, --rest, --side, --times-per-day, --days, --pain-limit o --notes"
    }
    public var abandoned: String { "hep: abandonado; el programa no cambió" }
    public func editorFailed(_ editor: String, status: Int32) -> String {
        "hep: el editor (\(editor)) terminó con el estado \(status); el programa no cambió"
    }
}
