/// The words of `hep export`: the texts inside the FHIR bundle, for the clinician who reads
/// them there, and what the command tells the patient about the file it wrote.
public protocol ExportWords: Sendable {
    /// A plan activity's dose: "3 x 10, hold 5 s, right; rest 30 s".
    func planDose(_ dose: Dose) -> String
    /// "24 of 30 reps; stopped early: pain".
    func repsDone(_ done: Int, of prescribed: Int, stopped: SkipReason?) -> String
    /// Why an exercise was not done, with the patient's own words when given.
    func notDone(_ reason: SkipReason?, note: String?) -> String
    /// Which question an answer is to; `exercise` for the questions about one exercise.
    func answerTo(_ question: FHIRBundle.Question, exercise: String?) -> String
    /// A day or a record left out of the export, and why.
    func leftOut(_ problem: Report.DataProblem) -> String
    /// A CarePlan's title: the program's, and which version of it.
    func planTitle(_ title: String, version: Int) -> String
    var fhirNeedsFile: String { get }
    /// What the file holds, so that nobody shares more than they meant to.
    func fhirWritten(_ file: String, kind: FHIRBundle.Kind, patient: Patient, from: LocalDate, to: LocalDate,
               counts: [(type: String, count: Int)], leftOut: Int) -> String
    /// What a report written to a file holds, so that nobody shares more than they meant to.
    func reportWritten(_ file: String, format: String, report: Report) -> String
}

extension Language {
    public var export: any ExportWords {
        switch self {
        case .en: return English()
        case .es: return Spanish()
        }
    }
}

extension English: ExportWords {
    public func planDose(_ dose: Dose) -> String { self.dose(dose) + (dose.restSeconds > 0 ? "; rest \(dose.restSeconds) s" : "") }
    public func repsDone(_ done: Int, of prescribed: Int, stopped: SkipReason?) -> String {
        "\(done) of \(prescribed) \(plural(prescribed, "rep", "reps"))" + (stopped.map { "; stopped early: \(skipWord($0))" } ?? "")
    }
    public func notDone(_ reason: SkipReason?, note: String?) -> String {
        "Skipped" + (reason.map { ": \(skipWord($0))" } ?? "") + (note.map { "; the patient's note: \($0)" } ?? "")
    }
    private func skipWord(_ reason: SkipReason) -> String {
        switch reason {
        case .pain: return "pain"
        case .time: return "no time"
        case .equipment: return "no equipment"
        case .forgot: return "forgot"
        case .unwell: return "unwell"
        case .other: return "another reason"
        }
    }
    public func answerTo(_ question: FHIRBundle.Question, exercise: String?) -> String {
        switch question {
        case .painBefore: return "Pain before the session"
        case .painDuring: return "Pain during \(exercise ?? "the exercise")"
        case .painAfter: return "Pain after the session"
        case .morningPain: return "Pain since waking, the morning after a session"
        case .effort: return "Effort of \(exercise ?? "the exercise") (Borg CR10)"
        }
    }
    public func leftOut(_ problem: Report.DataProblem) -> String {
        switch problem {
        case let .noSuchVersion(date, session, version):
            return "\(date) session \(session): the program has no version \(version); its exercises are left out of the export"
        case let .notAnItem(date, session, item, version):
            return "\(date) session \(session): \(item) is not an item of version \(version); left out of the export"
        default:
            return Language.en.report.dataProblem(problem)
        }
    }
    public func planTitle(_ title: String, version: Int) -> String { "\(title), version \(version)" }
    public var fhirNeedsFile: String {
        "--out needs a file name: an export holds health data, so hep writes it only to a file of yours (mode 0600)"
    }
    public func fhirWritten(_ file: String, kind: FHIRBundle.Kind, patient: Patient, from: LocalDate, to: LocalDate,
                      counts: [(type: String, count: Int)], leftOut: Int) -> String {
        let resources = counts.map { "\($0.count) \($0.type)\($0.count == 1 ? "" : "s")" }.joined(separator: ", ")
        return """
            Wrote \(file), a FHIR bundle (\(kind.rawValue)) holding:
              patient    \(patient.name) (id \(patient.id))
              days       \(from) to \(to)
              resources  \(resources), with the patient's own notes

            """ + (leftOut > 0 ? "  left out   \(leftOut) \(plural(leftOut, "day or record", "days or records")) hep could not read or place (named above)\n" : "")
    }
    public func reportWritten(_ file: String, format: String, report: Report) -> String {
        """
            Wrote \(file), a report (\(format)) holding:
              patient    \(report.patient.name) (id \(report.patient.id))
              days       \(report.from) to \(report.to)
              figures    \(report.total.due) \(plural(report.total.due, "performance", "performances")) due, \(report.sessions) \(plural(report.sessions, "session", "sessions")), \(report.flags.count) \(plural(report.flags.count, "flag", "flags"))

            """
    }
}

extension Spanish: ExportWords {
    public func planDose(_ dose: Dose) -> String { self.dose(dose) + (dose.restSeconds > 0 ? "; descanso \(dose.restSeconds) s" : "") }
    public func repsDone(_ done: Int, of prescribed: Int, stopped: SkipReason?) -> String {
        "\(done) de \(prescribed) \(plural(prescribed, "repetición", "repeticiones"))"
            + (stopped.map { "; se detuvo antes: \(skipWord($0))" } ?? "")
    }
    public func notDone(_ reason: SkipReason?, note: String?) -> String {
        "No realizado" + (reason.map { ": \(skipWord($0))" } ?? "") + (note.map { "; nota del paciente: \($0)" } ?? "")
    }
    private func skipWord(_ reason: SkipReason) -> String {
        switch reason {
        case .pain: return "dolor"
        case .time: return "falta de tiempo"
        case .equipment: return "falta de material"
        case .forgot: return "olvido"
        case .unwell: return "malestar"
        case .other: return "otro motivo"
        }
    }
    public func answerTo(_ question: FHIRBundle.Question, exercise: String?) -> String {
        switch question {
        case .painBefore: return "Dolor antes de la sesión"
        case .painDuring: return "Dolor durante \(exercise ?? "el ejercicio")"
        case .painAfter: return "Dolor después de la sesión"
        case .morningPain: return "Dolor desde el despertar, la mañana siguiente a una sesión"
        case .effort: return "Esfuerzo en \(exercise ?? "el ejercicio") (Borg CR10)"
        }
    }
    public func leftOut(_ problem: Report.DataProblem) -> String {
        switch problem {
        case let .noSuchVersion(date, session, version):
            return "\(date), sesión \(session): el programa no tiene versión \(version); sus ejercicios quedan fuera de la exportación"
        case let .notAnItem(date, session, item, version):
            return "\(date), sesión \(session): \(item) no es un ejercicio de la versión \(version); queda fuera de la exportación"
        default:
            return Language.es.report.dataProblem(problem)
        }
    }
    public func planTitle(_ title: String, version: Int) -> String { "\(title), versión \(version)" }
    public var fhirNeedsFile: String {
        "--out necesita un nombre de archivo: una exportación contiene datos de salud, así que hep solo la escribe en un archivo tuyo (modo 0600)"
    }
    public func fhirWritten(_ file: String, kind: FHIRBundle.Kind, patient: Patient, from: LocalDate, to: LocalDate,
                      counts: [(type: String, count: Int)], leftOut: Int) -> String {
        let resources = counts.map { "\($0.count) \($0.type)" }.joined(separator: ", ")
        return """
            Se escribió \(file), un paquete FHIR (\(kind.rawValue)) con:
              paciente   \(patient.name) (id \(patient.id))
              días       del \(from) al \(to)
              recursos   \(resources), con las notas del propio paciente

            """ + (leftOut > 0 ? "  omitidos   \(leftOut) \(plural(leftOut, "día o registro", "días o registros")) que hep no pudo leer o situar (arriba)\n" : "")
    }
    public func reportWritten(_ file: String, format: String, report: Report) -> String {
        """
            Escrito \(file), un informe (\(format)) con:
              paciente   \(report.patient.name) (id \(report.patient.id))
              días       del \(report.from) al \(report.to)
              cifras     \(report.total.due) \(plural(report.total.due, "ejecución prevista", "ejecuciones previstas")), \(report.sessions) \(plural(report.sessions, "sesión", "sesiones")), \(report.flags.count) \(plural(report.flags.count, "alerta", "alertas"))

            """
    }
}
