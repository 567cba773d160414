/// The words of `hep program suggest`: what hep suggests for each item, and why.
public protocol SuggestWords: Sendable {
    func heading(patient: Patient, title: String) -> String
    /// The range, and today when it is in it: today is not over, so it counts in no figure.
    func range(from: LocalDate, to: LocalDate, days: Int, today: LocalDate?) -> String
    func items(of version: ProgramVersion) -> String
    func noVersion(on date: LocalDate) -> String
    /// Item, exercise, suggestion; the reasons go under each row.
    var columns: [String] { get }
    func kind(_ kind: Suggestion.Kind) -> String
    /// One reason as a phrase that carries its figures.
    func reason(_ reason: Suggestion.Reason, _ figures: Suggestion.Figures) -> String
    /// The last line: hep suggests, the therapist decides.
    var therapistDecides: String { get }
}

extension SuggestWords {
    /// A suggestion's reasons as one sentence: progress lists the conditions it met; hold
    /// and regress, each reason with its own figures.
    public func sentence(_ s: Suggestion) -> String {
        s.reasons.map { reason($0, s.figures) }.joined(separator: s.kind == .progress ? ", " : "; ")
    }
}

extension Language {
    public var suggest: any SuggestWords {
        switch self {
        case .en: return English()
        case .es: return Spanish()
        }
    }
}

extension English: SuggestWords {
    public func heading(patient: Patient, title: String) -> String { "Suggestions for \(patient.name) (\(patient.id)): \(title)" }
    public func range(from: LocalDate, to: LocalDate, days: Int, today: LocalDate?) -> String {
        "From \(from) to \(to), \(days) \(plural(days, "day", "days"))" + (today.map { "; today (\($0)) is not counted" } ?? "")
    }
    public func items(of version: ProgramVersion) -> String { "Items of version \(version.version), in force from \(version.effective)" }
    public func noVersion(on date: LocalDate) -> String { "No version of the program is in force on \(date): nothing to suggest." }
    public var columns: [String] { ["Item", "Exercise", "Suggestion"] }
    public func kind(_ kind: Suggestion.Kind) -> String { kind.rawValue }

    public func reason(_ reason: Suggestion.Reason, _ f: Suggestion.Figures) -> String {
        let adherence = "adherence \(f.tally.performed) of \(f.tally.due) (\(percent(f.tally.adherence)))"
        switch reason {
        case .painOverLimit: return flagged("pain during above its limit", f.flags(for: reason))
        case .painNotSettled: return flagged("pain not settled by the next morning", f.flags(for: reason))
        case .painSkips, .lowAdherence:
            let skips = f.painSkips == 0 ? "none" : "\(f.painSkips)"
            return "\(adherence), below \(percent(Report.adherenceThreshold)): \(f.missed) missed, \(skips) skipped for pain"
        case .nothingDue: return "nothing was due in these days"
        case .painAfterSession: return flagged("pain after a session with it above the limit", f.flags(for: reason))
        case .morningPainRising: return flagged("mean morning pain rising in weeks it was done", f.flags(for: reason))
        case .effortAboveMiddle:
            return "mean effort \(Suggestion.effort(f.effort.value)), above the middle of the scale (\(Suggestion.effortMiddle))"
        case .noEffort: return "effort never answered, so hep cannot tell whether it felt manageable"
        case .adherenceMet: return adherence
        case .effortAtMostMiddle: return "mean effort \(Suggestion.effort(f.effort.value))"
        case .noPainFlags: return "no pain flags"
        }
    }

    /// What the flags behind a reason say, how many there were, and the last one's figures.
    private func flagged(_ what: String, _ flags: [Report.Flag]) -> String {
        guard let last = flags.last else { return what }
        let figures: String
        switch last.facts {
        case let .painDuring(_, pain, limit, _), let .painAfter(pain, limit, _): figures = "pain \(pain), limit \(limit)"
        case let .notSettled(morning, before, _): figures = "morning \(morning), before \(before)"
        case let .morningRising(_, from, _, to): figures = "\(decimal(from)) to \(decimal(to))"
        case .lowAdherence, .missedDays: figures = "-"
        }
        return "\(what): \(flags.count) \(plural(flags.count, "time", "times")), last on \(last.date) (\(figures))"
    }

    public var therapistDecides: String { "These are suggestions from the figures above: the therapist decides." }
}

extension Spanish: SuggestWords {
    public func heading(patient: Patient, title: String) -> String { "Sugerencias para \(patient.name) (\(patient.id)): \(title)" }
    public func range(from: LocalDate, to: LocalDate, days: Int, today: LocalDate?) -> String {
        "Del \(from) al \(to), \(days) \(plural(days, "día", "días"))" + (today.map { "; hoy (\($0)) no cuenta" } ?? "")
    }
    public func items(of version: ProgramVersion) -> String {
        "Ejercicios de la versión \(version.version), en vigor desde el \(version.effective)"
    }
    public func noVersion(on date: LocalDate) -> String {
        "Ninguna versión del programa está en vigor el \(date): no hay nada que sugerir."
    }
    public var columns: [String] { ["Id", "Ejercicio", "Sugerencia"] }
    public func kind(_ kind: Suggestion.Kind) -> String {
        switch kind {
        case .progress: return "progresar"
        case .hold: return "mantener"
        case .regress: return "retroceder"
        }
    }

    public func reason(_ reason: Suggestion.Reason, _ f: Suggestion.Figures) -> String {
        let adherence = "adherencia \(f.tally.performed) de \(f.tally.due) (\(share(f.tally.adherence)))"
        switch reason {
        case .painOverLimit: return flagged("dolor durante el ejercicio por encima de su límite", f.flags(for: reason))
        case .painNotSettled: return flagged("dolor sin calmar a la mañana siguiente", f.flags(for: reason))
        case .painSkips, .lowAdherence:
            let skips = f.painSkips == 0 ? "ninguna saltada" : "\(f.painSkips) \(plural(f.painSkips, "saltada", "saltadas"))"
            return "\(adherence), por debajo del \(share(Report.adherenceThreshold)): \(f.missed) "
                + "\(plural(f.missed, "no hecha", "no hechas")), \(skips) por dolor"
        case .nothingDue: return "no había nada pautado en estos días"
        case .painAfterSession:
            return flagged("dolor después de una sesión con este ejercicio por encima del límite", f.flags(for: reason))
        case .morningPainRising: return flagged("dolor medio por la mañana en aumento en semanas en que se hizo", f.flags(for: reason))
        case .effortAboveMiddle:
            return "esfuerzo medio \(effort(f.effort.value)), por encima de la mitad de la escala (\(Suggestion.effortMiddle))"
        case .noEffort: return "esfuerzo sin respuesta, así que hep no puede saber si le resultó llevadero"
        case .adherenceMet: return adherence
        case .effortAtMostMiddle: return "esfuerzo medio \(effort(f.effort.value))"
        case .noPainFlags: return "sin alertas de dolor"
        }
    }

    /// `77 %` with a no-break space, as Spanish sets it, so a wrapped reason keeps it whole.
    private func share(_ fraction: Double?) -> String { percent(fraction).replacingOccurrences(of: " %", with: "\u{00A0}%") }

    /// `5,01`: Spanish writes a decimal comma.
    private func effort(_ mean: Double?) -> String { Suggestion.effort(mean).replacingOccurrences(of: ".", with: ",") }

    private func flagged(_ what: String, _ flags: [Report.Flag]) -> String {
        guard let last = flags.last else { return what }
        let figures: String
        switch last.facts {
        case let .painDuring(_, pain, limit, _), let .painAfter(pain, limit, _): figures = "dolor \(pain), límite \(limit)"
        case let .notSettled(morning, before, _): figures = "por la mañana \(morning), antes \(before)"
        case let .morningRising(_, from, _, to): figures = "de \(decimal(from)) a \(decimal(to))"
        case .lowAdherence, .missedDays: figures = "-"
        }
        return "\(what): \(flags.count) \(plural(flags.count, "vez", "veces")), la última el \(last.date) (\(figures))"
    }

    public var therapistDecides: String { "Son sugerencias a partir de estas cifras: la decisión es del fisioterapeuta." }
}
