import ArgumentParser
import Foundation
import HEPCore

/// `--effective` and `--note`, shared by every command that changes a program.
struct ChangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp(effectiveHelp, valueName: "date"), transform: parseDate)
    var effective: LocalDate?

    @Option(help: ArgumentHelp("The therapist's note on this version: in the history, and shown to the patient (Today screen, handout).",
                               valueName: "text"))
    var note: String?

    static let effectiveHelp = "The day the change takes effect (default: today; tomorrow when a session is already recorded today; "
        + "the date of a version prepared for a later day, which the change then joins)."
}

/// The options that set an item's prescription; those not given stay as they are.
struct ItemOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Sets (1-20).", valueName: "n")) var sets: Int?
    @Option(help: ArgumentHelp("Reps per set (1-200).", valueName: "n")) var reps: Int?
    @Option(help: ArgumentHelp("Seconds each rep is held (0-3600; 0: no hold).", valueName: "seconds")) var hold: Int?
    @Option(help: ArgumentHelp("Seconds of rest between sets (0-600).", valueName: "seconds")) var rest: Int?
    @Option(help: ArgumentHelp("left, right, both (each set on each side) or none.", valueName: "side")) var side: Side?
    @Option(help: ArgumentHelp("Times a day (1-10).", valueName: "n")) var timesPerDay: Int?
    @Option(help: ArgumentHelp("daily, a run such as mon-fri, or days such as mon,wed,fri.", valueName: "days")) var days: String?
    @Option(help: ArgumentHelp("The item's own pain limit (0-10), or program for the program's.", valueName: "limit"))
    var painLimit: String?
    @Option(help: ArgumentHelp("Notes for the patient (empty removes them).", valueName: "text")) var notes: String?

    /// The spec, or a one-line error naming the option (exit 64) for a value out of range.
    func spec() throws -> ItemSpec {
        var spec = ItemSpec(sets: sets, reps: reps, holdSeconds: hold, restSeconds: rest, side: side, timesPerDay: timesPerDay,
                            notes: notes)
        if let days {
            guard let parsed = DaysNotation.parse(days) else { throw optionProblem("days", .notDays, quoted(days)) }
            spec.days = parsed
        }
        if let painLimit {
            if painLimit == "program" {
                spec.painLimit = .program
            } else if let limit = Int(painLimit) {
                spec.painLimit = .own(limit)
            } else {
                throw optionProblem("pain-limit", .notPainLimit, quoted(painLimit))
            }
        }
        if let problem = spec.problems.first { throw optionProblem(problem.part.rawValue, problem.message, problem.got) }
        return spec
    }
}

extension Side: ExpressibleByArgument {}

/// A text value as a problem line shows it: quoted, its control characters escaped.
func quoted(_ text: String) -> String { JSONWriter.compact(.string(text)) }

/// "hep: --sets: must be a whole number from 1 to 20 (got 0)", as `hep validate` words it;
/// `got` is the value as JSON writes it.
func optionProblem(_ option: String, _ what: ProblemMessage, _ got: String?) -> ExitCode {
    printError("hep: --\(option): " + runLanguage.problems.message(what, got: got))
    return ExitCode(Failure.usage)
}

extension ProgramCommand {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "new", abstract: "Start a program: version 1, with no exercises yet.")
        @OptionGroup var dataOption: DataOption
        @OptionGroup var languageOption: LanguageOption
        @Option(help: ArgumentHelp("The patient's name.", valueName: "name")) var patientName: String
        @Option(help: ArgumentHelp("The patient's id in the clinic's records (default: a new random one).", valueName: "id"))
        var patientId: String?
        @Option(help: ArgumentHelp("What the program is for.", valueName: "title")) var title: String
        @Option(help: ArgumentHelp("The therapist's name.", valueName: "name")) var therapist: String?
        @Option(help: ArgumentHelp("How the patient reaches the therapist (with --therapist).", valueName: "text")) var contact: String?
        @Option(help: ArgumentHelp("The program's pain limit (0-10; default 5).", valueName: "limit")) var painLimit: Int?
        @OptionGroup var change: ChangeOptions

        func run() throws {
            try dataOption.checkFolder()
            let folder = dataOption.folder
            for (option, text, lineBreaks) in [("patient-name", patientName, false), ("patient-id", patientId, false), ("title", title, false),
                                                ("therapist", therapist, false), ("contact", contact, false), ("note", change.note, true)] {
                if let text, let problem = TextRule.problem(text, lineBreaks: lineBreaks, allowEmpty: option == "note") {
                    throw optionProblem(option, problem, quoted(text))
                }
            }
            if let painLimit, !ProgramRules.painLimit.contains(painLimit) {
                throw optionProblem("pain-limit", .notWholeNumber(ProgramRules.painLimit, orNull: false), "\(painLimit)")
            }
            if contact != nil && therapist == nil {
                printError(runLanguage.program.contactNeedsTherapist)
                throw ExitCode(Failure.usage)
            }
            let id = patientId ?? "p-" + UUID().uuidString.prefix(8).lowercased()
            let program = Program(patient: Patient(id: id, name: patientName), therapist: therapist.map { Therapist(name: $0, contact: contact) },
                                  title: title, painLimit: painLimit, versions: [
                                      ProgramVersion(version: 1, effective: change.effective ?? LocalDate(Date()),
                                                     note: change.note.flatMap { $0.isEmpty ? nil : $0 }, items: []),
                                  ])
            do {
                try ProgramCommand.refuseStarting(in: dataOption)
                let lock = try WriterLock.acquire(folder)
                try ProgramCommand.refuseStarting(in: dataOption)
                try Prescription.start(program, in: folder).write(lock)
            } catch {
                throw Failure.exit(error)
            }
            try printOut(TerminalText.safe(runLanguage.program.started(program, path: folder.programPath)) + "\n")
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add an exercise from the library, at its default dose unless told otherwise.")
        @OptionGroup var dataOption: DataOption
        @OptionGroup var languageOption: LanguageOption
        @Argument(help: ArgumentHelp("The exercise's id in the library (`hep library`).", valueName: "exercise")) var exercise: String
        @Option(help: ArgumentHelp("The item's id (default: the exercise's, with -l or -r for one side).", valueName: "id")) var id: String?
        @Option(help: ArgumentHelp("Put it before this item (default: last).", valueName: "item")) var before: String?
        @OptionGroup var item: ItemOptions
        @OptionGroup var change: ChangeOptions

        func run() throws {
            let spec = try item.spec()
            if let id, !isItemID(id) { throw optionProblem("id", .badItemID, quoted(id)) }
            let library = try LibraryCommand.load(dataOption)
            try ProgramCommand.change(dataOption, change) { latest in
                guard let entry = library.entry(exercise) else { throw PrescribeError.noSuchExercise(exercise) }
                let itemID = id ?? ProgramItem.defaultID(entry.exercise, side: spec.side ?? entry.exercise.defaults.side)
                if latest.item(itemID) != nil { throw PrescribeError.itemExists(itemID, version: latest.version) }
                var items = latest.items
                var place = items.endIndex
                if let before {
                    guard let index = items.firstIndex(where: { $0.id == before }) else { throw ProgramCommand.noSuchItem(before, in: latest) }
                    place = index
                }
                items.insert(spec.applied(to: .starting(entry.exercise, id: itemID)), at: place)
                return items
            }
        }
    }

    struct Change: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "change", abstract: "Change an item's dose, days, limit or notes.")
        @OptionGroup var dataOption: DataOption
        @OptionGroup var languageOption: LanguageOption
        @Argument(help: ArgumentHelp("The item's id (`hep program show`).", valueName: "item")) var itemID: String
        @OptionGroup var item: ItemOptions
        @OptionGroup var change: ChangeOptions

        func run() throws {
            let spec = try item.spec()
            if spec.isEmpty {
                printError(runLanguage.program.nothingToChange)
                throw ExitCode(Failure.usage)
            }
            try ProgramCommand.change(dataOption, change) { latest in
                guard let index = latest.items.firstIndex(where: { $0.id == itemID }) else { throw ProgramCommand.noSuchItem(itemID, in: latest) }
                var items = latest.items
                items[index] = spec.applied(to: items[index])
                return items
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Take an item out of the program.")
        @OptionGroup var dataOption: DataOption
        @OptionGroup var languageOption: LanguageOption
        @Argument(help: ArgumentHelp("The item's id (`hep program show`).", valueName: "item")) var itemID: String
        @OptionGroup var change: ChangeOptions

        func run() throws {
            try ProgramCommand.change(dataOption, change) { latest in
                guard latest.item(itemID) != nil else { throw ProgramCommand.noSuchItem(itemID, in: latest) }
                return latest.items.filter { $0.id != itemID }
            }
        }
    }

    /// A program is started only where there is none, and no day logs of another one.
    static func refuseStarting(in dataOption: DataOption) throws(PrescribeError) {
        if dataOption.hasProgram { throw .programExists(dataOption.folder.programPath) }
        if !dataOption.folder.logDates().isEmpty { throw .logsWithoutProgram(dataOption.folder.path) }
    }

    static func noSuchItem(_ id: String, in version: ProgramVersion) -> PrescribeError {
        .noSuchItem(id, version: version.version, items: version.items.map(\.id))
    }

    /// One change, start to end, under the writer lock: the latest version's items go
    /// through `edit`, and the result is written as a new version, joined to the latest
    /// (same date, unused), or not at all when nothing changed.
    static func change(_ dataOption: DataOption, _ options: ChangeOptions, _ edit: (ProgramVersion) throws -> [ProgramItem]) throws {
        if let note = options.note, let problem = TextRule.problem(note, lineBreaks: true, allowEmpty: true) {
            throw optionProblem("note", problem, quoted(note))
        }
        let folder = try dataOption.folderWithProgram()
        let w = runLanguage.program
        do {
            let lock = try WriterLock.acquire(folder)
            let prescription = try Prescription.read(folder)
            let today = LocalDate(Date())
            let lastSession = prescription.lastSessionDay(in: folder)
            let effective = try prescription.effectiveDate(options.effective, today: today, lastSession: lastSession)
            let items = try edit(prescription.latest)
            guard let (changed, landing) = prescription.landing(items, effective: effective, note: options.note) else {
                try printOut(w.unchanged(prescription.latest) + "\n")
                return
            }
            try changed.write(lock)
            var lines: [String] = []
            if options.effective == nil, effective > today {
                if let lastSession, effective == lastSession.adding(days: 1) {
                    lines.append(w.deferred(to: effective, session: lastSession))
                } else if landing.joined {
                    lines.append(w.joinsPending(landing.version))
                }
            }
            lines.append(w.wrote(landing.version, joined: landing.joined, path: folder.programPath))
            lines += HistoryText.changeLines(landing.changes, program: changed.program, language: runLanguage)
            try printOut(TerminalText.safe(lines.joined(separator: "\n") + "\n", keepingLineBreaks: true))
        } catch {
            throw Failure.exit(error)
        }
    }
}
