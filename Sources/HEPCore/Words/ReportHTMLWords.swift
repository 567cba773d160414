/// The words of the report as a page to print (`ReportHTML`) and of its charts
/// (`ReportCharts`), beside those it shares with the text report.
public protocol ReportHTMLWords: ReportWords {
    /// The report's today: the range is judged as it stood that day.
    func asOf(_ date: LocalDate) -> String
    var versionsHeading: String { get }
    var figuresHeading: String { get }
    /// The rows of the headline figures.
    var sessionAdherenceLabel: String { get }
    var doseAdherenceLabel: String { get }
    var sessionsLabel: String { get }
    var skipsLabel: String { get }
    /// "6 of 15 performances due".
    func performedOfDue(_ performed: Int, _ due: Int) -> String
    /// "52 of 157 reps prescribed".
    func repsOfPrescribed(_ reps: Int, _ prescribed: Int) -> String
    /// Skip reasons with their counts, or that there were none.
    func skipCounts(_ reasons: [(SkipReason, Int)]) -> String
    var exercisesHeading: String { get }
    var weeksHeading: String { get }

    var calendarHeading: String { get }
    var calendarDescription: String { get }
    /// What a day of the calendar drawn so means.
    func calendarMark(_ mark: CalendarMark) -> String

    var adherenceChartHeading: String { get }
    /// `threshold` is the adherence threshold as a percentage.
    func adherenceChartDescription(threshold: String) -> String
    var adherenceAxis: String { get }
    var weekAxis: String { get }
    func thresholdLine(_ percent: String) -> String

    var painChartHeading: String { get }
    func painChartDescription(limit: Int) -> String
    func painLimitLine(_ limit: Int) -> String
}

extension Language {
    public var reportHTML: any ReportHTMLWords {
        switch self {
        case .en: return English()
        case .es: return Spanish()
        }
    }
}

extension English: ReportHTMLWords {
    public func asOf(_ date: LocalDate) -> String { "As of \(date): that day and later ones are not counted." }
    public var versionsHeading: String { "Program versions in the range" }
    public var figuresHeading: String { "Headline figures" }
    public var sessionAdherenceLabel: String { "Session adherence" }
    public var doseAdherenceLabel: String { "Dose adherence" }
    public var sessionsLabel: String { "Sessions" }
    public var skipsLabel: String { "Skipped, by reason" }
    public func performedOfDue(_ performed: Int, _ due: Int) -> String { "\(performed) of \(due) performances due" }
    public func repsOfPrescribed(_ reps: Int, _ prescribed: Int) -> String { "\(reps) of \(prescribed) reps prescribed" }
    public func skipCounts(_ reasons: [(SkipReason, Int)]) -> String {
        reasons.isEmpty ? "none" : reasons.map { "\(reasonWord($0.0)) \($0.1)" }.joined(separator: ", ")
    }
    public var exercisesHeading: String { "Exercises" }
    public var weeksHeading: String { "Weeks" }

    public var calendarHeading: String { "Calendar" }
    public var calendarDescription: String {
        "One row per ISO week, Monday first. Each day shows the performances done of those due; the darker "
            + "the day, the more of its due work was done."
    }
    public func calendarMark(_ mark: CalendarMark) -> String {
        switch mark {
        case .all: return "all the day's due work done"
        case .half: return "half or more done"
        case .some: return "some done"
        case .none: return "none done"
        case .nothingDue: return "nothing was due"
        case .today: return "the report's today: not over, not counted"
        case .future: return "after the report's today"
        case .unreadable: return "log could not be read: not counted"
        }
    }

    public var adherenceChartHeading: String { "Session adherence per week" }
    public func adherenceChartDescription(threshold: String) -> String {
        "One bar per ISO week of the range: the share of the due performances that were done, written above the "
            + "bar (- when nothing was due). The line marks the \(threshold) threshold; a week below it is flagged."
    }
    public var adherenceAxis: String { "Done of due" }
    public var weekAxis: String { "ISO week" }
    public func thresholdLine(_ percent: String) -> String { "threshold \(percent)" }

    public var painChartHeading: String { "Pain per week" }
    public func painChartDescription(limit: Int) -> String {
        "Mean pain (0-10) per ISO week, before a session (solid line, circles), after a session (dashed, "
            + "squares) and the next morning (dotted, triangles). A gap is a week without an answer; the values are "
            + "in the table below. The line at \(limit) is the program's pain limit."
    }
    public func painLimitLine(_ limit: Int) -> String { "pain limit \(limit)" }
}

extension Spanish: ReportHTMLWords {
    public func asOf(_ date: LocalDate) -> String { "A fecha de \(date): ese día y los siguientes no cuentan." }
    public var versionsHeading: String { "Versiones del programa en el periodo" }
    public var figuresHeading: String { "Cifras principales" }
    public var sessionAdherenceLabel: String { "Adherencia en sesiones" }
    public var doseAdherenceLabel: String { "Adherencia en dosis" }
    public var sessionsLabel: String { "Sesiones" }
    public var skipsLabel: String { "Saltados, por motivo" }
    public func performedOfDue(_ performed: Int, _ due: Int) -> String { "\(performed) de \(due) veces pautadas" }
    public func repsOfPrescribed(_ reps: Int, _ prescribed: Int) -> String { "\(reps) de \(prescribed) repeticiones pautadas" }
    public func skipCounts(_ reasons: [(SkipReason, Int)]) -> String {
        reasons.isEmpty ? "ninguno" : reasons.map { count($0.1, of: reasonWord($0.0)) }.joined(separator: ", ")
    }
    public var exercisesHeading: String { "Ejercicios" }
    public var weeksHeading: String { "Semanas" }

    public var calendarHeading: String { "Calendario" }
    public var calendarDescription: String {
        "Una fila por semana ISO, empezando en lunes. Cada día muestra las veces hechas de las pautadas; "
            + "cuanto más oscuro el día, más de lo pautado se hizo."
    }
    public func calendarMark(_ mark: CalendarMark) -> String {
        switch mark {
        case .all: return "todo lo pautado del día, hecho"
        case .half: return "la mitad o más, hecho"
        case .some: return "algo hecho"
        case .none: return "nada hecho"
        case .nothingDue: return "nada pautado"
        case .today: return "el día del informe: sin terminar, no cuenta"
        case .future: return "posterior al día del informe"
        case .unreadable: return "registro ilegible: no cuenta"
        }
    }

    public var adherenceChartHeading: String { "Adherencia en sesiones por semana" }
    public func adherenceChartDescription(threshold: String) -> String {
        "Una barra por semana ISO del periodo: la parte de las veces pautadas que se hizo, escrita sobre la "
            + "barra (- si no había nada pautado). La línea marca el umbral del \(threshold); una semana por debajo lleva "
            + "alerta."
    }
    public var adherenceAxis: String { "Hecho de lo pautado" }
    public var weekAxis: String { "Semana ISO" }
    public func thresholdLine(_ percent: String) -> String { "umbral \(percent)" }

    public var painChartHeading: String { "Dolor por semana" }
    public func painChartDescription(limit: Int) -> String {
        "Dolor medio (0-10) por semana ISO, antes de la sesión (línea continua, círculos), después de la "
            + "sesión (discontinua, cuadrados) y a la mañana siguiente (de puntos, triángulos). Un hueco es una "
            + "semana sin respuesta; los valores están en la tabla de abajo. La línea en \(limit) es el límite de "
            + "dolor del programa."
    }
    public func painLimitLine(_ limit: Int) -> String { "límite de dolor \(limit)" }
}
