extension Spanish: CommonWords {
    public func weekday(_ day: Weekday) -> String {
        ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][Weekday.allCases.firstIndex(of: day)!]
    }

    public func month(_ month: Int) -> String {
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
         "diciembre"][month - 1]
    }

    public func longDate(_ date: LocalDate) -> String {
        "\(weekday(date.weekday)) \(date.day) de \(month(date.month)) de \(date.year)"
    }

    public func duration(_ seconds: Int) -> String {
        durationParts(seconds) { n, unit in "\(n) " + plural(n, ["hora", "minuto", "segundo"][unit], ["horas", "minutos", "segundos"][unit]) }
    }

    public func side(_ side: Side) -> String {
        switch side {
        case .left: return "izquierda"
        case .right: return "derecha"
        case .both: return "ambos lados"
        case .none: return ""
        }
    }

    public func dose(_ dose: Dose) -> String { doseShorthand(dose, hold: "mantén", eachSide: "cada lado") }

    public func log(_ notice: LogNotice) -> String {
        switch notice {
        case let .kept(date, problem, more):
            return "Tu registro del \(date) tiene un problema: se conserva y se le añade lo que hagas. \(problem.description(in: .es))"
                + (more > 0 ? " (y \(more) más)" : "")
        case let .setAside(date, aside, problem):
            return "Tu registro del \(date) no se pudo leer; se movió a \(aside) y se empezó uno nuevo. \(problem.description(in: .es))"
        }
    }
}
