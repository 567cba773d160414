import ArgumentParser
import Foundation
import HEPCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a range of days as a FHIR R4 bundle for a clinic's system, to a file of yours.",
        discussion: """
        The bundle holds the patient, each program version used as a CarePlan, a Procedure per exercise record and an \
        Observation per pain or effort answer. Ids come from the records, so the same records exported \
        twice have the same ids. The range is --from to --to, or the --last days up to --to; by default \
        the last 14 days up to today.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case fhir
    }

    @OptionGroup var dataOption: DataOption
    @OptionGroup var range: RangeOptions
    @OptionGroup var languageOption: LanguageOption

    @Option(help: "fhir (FHIR R4 JSON).")
    var format: Format

    @Option(help: ArgumentHelp("collection, or transaction for a server to store (each entry a PUT).", valueName: "type"))
    var type: FHIRBundle.Kind = .collection

    @Option(help: ArgumentHelp("The file to write (0600), outside the data folder.", valueName: "file"), completion: .file())
    var out: String

    func validate() throws {
        // Health data goes only where the user names a file, never to a terminal's scrollback.
        if out == "-" { throw ValidationError(runLanguage.export.fhirNeedsFile) }
    }

    func run() throws {
        let words = languageOption.language.export
        let folder = try dataOption.folderWithProgram()
        try OutFile.check(out, data: folder)
        do {
            let loaded = try ReportLoader.load(folder, from: range.start, to: range.end)
            // As in the report, a log dated after today is a data problem, not a record to send.
            let today = range.today ?? LocalDate(Date())
            let future = loaded.logs.keys.filter { $0 > today }.sorted().map { Report.DataProblem.future(date: $0, today: today) }
            let export = FHIRBundle.build(program: loaded.program, logs: loaded.logs.filter { $0.key <= today }, lastDay: range.end,
                                          kind: type, language: languageOption.language)
            let leftOut = loaded.problems + future + export.leftOut
            leftOut.forEach { printError("hep: " + words.leftOut($0)) }
            try AtomicFile.write(JSONWriter.bytes(export.bundle), to: out, display: out)
            try printOut(TerminalText.safe(words.fhirWritten(out, kind: type, patient: loaded.program.patient, from: range.start,
                                                             to: range.end, counts: export.counts,
                                                             leftOut: leftOut.count), keepingLineBreaks: true))
        } catch {
            throw Failure.exit(error)
        }
    }
}

extension FHIRBundle.Kind: ExpressibleByArgument {}
