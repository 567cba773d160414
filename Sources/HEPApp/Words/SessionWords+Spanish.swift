import HEPCore

extension Spanish: SessionWords {
    public var spaceKey: String { "Espacio" }
    public var backspaceKey: String { "Retroceso" }
    public var upDownKeys: String { "Arriba/Abajo" }
    public var leftRightKeys: String { "Izquierda/Derecha" }
    public var yesKey: String { "s" }

    public func key(_ action: KeyAction) -> (does: String, short: String) {
        switch action {
        case .help: return ("esta página de ayuda", "ayuda")
        case .stopExercise: return ("parar este ejercicio (te pregunta antes; lo que hiciste se guarda)", "parar")
        case .correct: return ("sumar o quitar una repetición a la serie recién guardada", "corregir")
        case .tryExample: return ("probar hep con el programa de ejemplo", "probar el ejemplo")
        case .leave: return ("salir", "salir")
        case .start: return ("empezar el ejercicio elegido", "empezar")
        case .quit: return ("salir de hep (te pregunta antes)", "salir")
        case .skipToday: return ("saltarlo hoy", "saltar")
        case .chooseExercise: return ("elegir un ejercicio", "mover")
        case .endSession: return ("terminar esta sesión", "terminar")
        case .answer: return ("responder con ese número", "responder")
        case .notSay: return ("prefiero no decirlo", "no decir")
        case .moveOnScale: return ("moverse por la escala (derecha o arriba: hacia el 10)", "mover")
        case .chooseOnScale: return ("confirmar el número elegido con las flechas", "elegir")
        case .backToList: return ("volver a la lista", "volver")
        case .leaveUnanswered: return ("dejar la pregunta sin responder", "saltar")
        case .begin: return ("empezar la primera serie", "empezar")
        case .scrollInstructions: return ("desplazar las instrucciones", "desplazar")
        case .countRep: return ("contar una repetición", "contar")
        case .finishKeepingReps: return ("terminar la serie ya, guardando sus repeticiones", "terminar")
        case .undoRep: return ("quitar una repetición", "deshacer")
        case .startNextHold: return ("empezar el siguiente aguante", "empezar")
        case .finishNow: return ("terminar la serie ya", "terminar serie")
        case .endHoldEarly: return ("soltar ya (no cuenta como repetición; sus segundos se guardan)", "soltar ya")
        case .pause: return ("pausa", "pausa")
        case .resume: return ("seguir", "seguir")
        case .otherSide: return ("seguir con el otro lado", "seguir")
        case .endRest: return ("terminar el descanso ya", "saltar descanso")
        case .chooseReason: return ("elegir ese motivo", "motivo")
        case .chooseMarkedReason: return ("elegir el motivo marcado", "elegir")
        case .move: return ("mover", "mover")
        case .keepWords: return ("guardar estas palabras", "guardar")
        case .leaveWordsOut: return ("seguir sin guardar lo escrito", "no guardar")
        case .deleteLetter: return ("borrar una letra", "borrar")
        case .continueToList: return ("volver a la lista", "seguir")
        case .yes: return ("sí", "sí")
        case .no: return ("no", "no")
        case .leaveHep: return ("salir de hep", "salir")
        }
    }

    public func purpose(_ page: HelpPage) -> String {
        switch page {
        case .offer:
            return "Aquí todavía no hay ningún programa de ejercicios. Puedes probar hep con un programa de ejemplo, o salir e instalar el programa que te dio tu fisioterapeuta."
        case .today:
            return "Estos son los ejercicios que tu fisioterapeuta te indicó para hoy. Elige uno para empezar: hep te guía paso a paso y guarda cada serie al momento."
        case .effort:
            return "Di cuánto te costó el ejercicio, de 0 (fácil) a 10 (el máximo esfuerzo que puedes hacer). Tu fisioterapeuta lo tiene en cuenta para decidir el siguiente paso."
        case .morning:
            return "Di cómo ha estado tu dolor desde que te levantaste, de 0 (sin dolor) a 10 (el peor dolor que puedas imaginar). Así tu fisioterapeuta ve cómo te sentaron los ejercicios de ayer."
        case .pain:
            return "Di cuánto dolor tienes, de 0 (sin dolor) a 10 (el peor dolor que puedas imaginar). Si lo prefieres, también puedes no decirlo."
        case .intro: return "Cómo hacer este ejercicio. Léelo con calma y empieza: hep cuenta las series contigo."
        case .counting: return "Cuenta cada repetición al hacerla. Al completar la serie, hep la guarda y empieza tu descanso."
        case .ready: return "El último aguante acabó antes de tiempo, así que no cuenta como repetición; los segundos que aguantaste se guardan."
        case .hold: return "Mantén la posición mientras pasan los segundos; al final suena un aviso, y cada aguante completo cuenta como una repetición."
        case .switchSide: return "Ya hiciste la serie de un lado: ahora haz la del otro."
        case .rest: return "Descansa antes de la siguiente serie. Suena un aviso cuando toca seguir."
        case .reason: return "Elige el motivo; tu fisioterapeuta lo verá."
        case .note: return "Escribe unas palabras sobre el motivo; tu fisioterapeuta las leerá."
        case .painWarning: return "Tu dolor superó el límite que tu fisioterapeuta fijó para este ejercicio."
        case .confirm: return "Responde s para sí o n para no."
        case .summary: return "Lo que has hecho hoy y lo que aún te queda."
        case .failed: return "hep no pudo escribir en el disco. Lo que ya aparecía como guardado sigue a salvo."
        }
    }

    public var help: String { "Ayuda" }
    public var anyKeyClosesHelp: String { "Cualquier tecla cierra esta ayuda." }
    public func questionsAboutProgram(_ contact: String) -> String { "Dudas sobre tu programa: " + contact }
    public var enlarge: [String] { ["Agranda la ventana, por favor", "(hep necesita 40 x 12)", "", "Ctrl-C sale; lo guardado se conserva"] }

    public func version(_ number: Int) -> String { "versión \(number)" }
    public func programStarts(_ date: LocalDate) -> String { "Tu programa empieza el \(date). Hoy no hay ejercicios." }
    public var restDay: String { "Hoy no hay ejercicios. Disfruta del día de descanso." }

    public func listMore(above: Int, below: Int) -> String {
        [above > 0 ? "\(above) más arriba" : nil, below > 0 ? "\(below) más abajo" : nil].compactMap { $0 }.joined(separator: ", ")
    }

    public func session(since: String, recorded: Int) -> String {
        "Sesión desde las \(since), \(recorded) \(plural(recorded, "ejercicio registrado", "ejercicios registrados")). Pulsa e para terminarla."
    }

    public func times(performed: Int, due: Int) -> String {
        performed > due ? "\(performed) veces hoy" : "\(performed) de \(due) hoy"
    }

    public func mark(_ look: ItemLook) -> String {
        switch look {
        case .due: return ""
        case let .painTooHigh(pain): return "dolor \(pain), alto"
        case let .stopped(reason): return "parado: \(self.reason(reason).lowercased())"
        case .moreToDo: return "pendiente"
        case .fewerReps: return "incompleto"
        case .done: return "hecho"
        case .doneFewerReps: return "hecho en parte"
        case .skipped: return "saltado"
        }
    }

    public func reason(_ reason: SkipReason) -> String {
        switch reason {
        case .pain: return "Dolor"
        case .time: return "Sin tiempo"
        case .equipment: return "Sin material"
        case .forgot: return "Se me olvidó"
        case .unwell: return "No me encuentro bien"
        case .other: return "Otro motivo"
        }
    }

    public func news(_ news: ProgramNews) -> String {
        let parts = news.changes.map { change -> String in
            let name = { (item: ProgramItem) in item.exercise.text(in: .es).name }
            switch change {
            case let .dose(item): return "\(name(item)) ahora \(dose(item.dose))"
            case let .timesPerDay(item):
                let n = item.timesPerDay
                return "\(name(item)) \(n == 1 ? "una vez" : "\(n) veces") al día"
            case let .days(item):
                let days = DaysNotation.text(item.days)
                return "\(name(item)) " + (days == "daily" ? "a diario" : "los " + Language.es.program.days(days))
            case let .painLimit(item, limit): return "\(name(item)): límite de dolor ahora \(limit)"
            case let .added(item): return "nuevo: \(name(item))"
            case let .removed(item): return "ya no: \(name(item))"
            }
        }
        return "Programa nuevo desde el \(news.effective): " + (parts.isEmpty ? news.note ?? "los mismos ejercicios" : parts.joined(separator: "; "))
    }

    public func set(_ set: Int, of sets: Int) -> String { "Serie \(set) de \(sets)" }
    public func sideHeading(_ side: Side) -> String { side == .left ? "Lado izquierdo" : "Lado derecho" }
    public func reps(_ reps: Int, of target: Int) -> String { "\(reps) de \(target) repeticiones" }
    public func rep(_ rep: Int, of reps: Int) -> String { "repetición \(rep) de \(reps)" }
    public var holdEndedEarly: String {
        "Ese aguante acabó antes de tiempo: no cuenta como repetición, pero los segundos que aguantaste se guardan. Pulsa Enter para empezar el siguiente."
    }
    public var getReady: String { "Prepárate" }
    public var hold: String { "Aguanta" }
    public var rest: String { "Descansa" }
    public func paused(_ title: String) -> String { "\(title) - EN PAUSA (p para seguir)" }
    public func seconds(_ n: Int) -> String { n == 1 ? "1 segundo" : "\(n) segundos" }
    public func nextSet(_ set: Int, of sets: Int) -> String { "Siguiente: serie \(set) de \(sets)" }
    public var switchSides: String { "Cambia de lado" }
    public func nextSide(_ words: String) -> String {
        // After a colon Spanish goes on in lowercase; the side's words are written to start a heading.
        "Ahora: " + words.prefix(1).lowercased() + String(words.dropFirst()) + "."
    }
    public func nowTheSide(_ side: Side) -> String { "Ahora el lado \(side == .left ? "IZQUIERDO" : "DERECHO")." }
    public var pressEnterWhenReady: String { "Pulsa Enter cuando quieras seguir." }
    public func restSeconds(_ n: Int) -> String { ", descanso \(n) s" }
    public func stopIfPainAbove(_ limit: Int) -> String { "Detente si tu dolor pasa de \(limit) sobre 10." }
    public var youNeed: String { "Necesitas: " }
    public var yourTherapist: String { "Tu fisioterapeuta: " }
    public var cues: String { "Recuerda: " }
    public var safety: String { "Precaución: " }
    public var more: String { "más" }

    public func question(_ purpose: Question.Purpose, exercise: String?) -> String {
        let name = exercise ?? ""
        switch purpose {
        case .morning: return "¿Cómo ha estado tu dolor desde que te levantaste?"
        case .before: return "Antes de empezar: ¿cuánto dolor tienes ahora?"
        case .after: return "Eso es todo por ahora. ¿Cuánto dolor tienes en este momento?"
        case .effort: return "¿Cuánto esfuerzo te supuso «\(name)»?"
        case .during: return "¿Cuánto dolor tuviste durante «\(name)»?"
        case .stopped: return "¿Cuánto dolor tienes ahora?"
        }
    }

    public var painEnds: (String, String) { ("0 sin dolor", "10 el peor dolor posible") }
    public var effortEnds: (String, String) { ("0 fácil", "10 máximo esfuerzo") }
    public var scaleHint: String {
        "Pulsa un número para responder: 1 y luego 0 para el 10, o muévete con las flechas y pulsa Enter. Pulsa n si prefieres no decirlo."
    }

    public var welcome: String { "Te damos la bienvenida a hep" }
    public func noProgram(in folder: String) -> String { "No hay ningún programa de ejercicios en \(folder)." }
    public var haveAProgramFile: String { "¿Tienes un archivo de programa de tu fisioterapeuta? Pulsa n para salir e instálalo con:" }
    public var tryTheExample: String { "Para probar hep con un programa de ejemplo, pulsa s." }
    public func whySkip(_ exercise: String) -> String { "¿Por qué te saltas «\(exercise)» hoy?" }
    public func whyStop(_ exercise: String) -> String { "¿Por qué paraste «\(exercise)»?" }
    public var noteTitle: String { "En pocas palabras, ¿cuál fue el motivo?" }
    public var noteHint: String { "Tu fisioterapeuta lo leerá. Enter: guardar; Esc: seguir sin nota." }
    public func painDuring(_ pain: Int, _ exercise: String) -> String { "Dolor \(pain) durante «\(exercise)»" }
    public func aboveLimit(_ limit: Int) -> String { "Es más de lo que tu fisioterapeuta fijó como aceptable (\(limit) sobre 10)." }
    public var doNoMore: String { "Hoy no hagas más este ejercicio. Tu respuesta queda guardada para tu fisioterapeuta." }
    public func callIfSevere(_ contact: String) -> String { "Si el dolor es fuerte o no se calma, llama a \(contact)." }
    public var pressEnterToContinue: String { "Pulsa Enter para seguir." }
    public func stopHere(_ exercise: String) -> String { "¿Quieres parar «\(exercise)» aquí?" }
    public var repsSoFarSaved: String { "Se guardarán las repeticiones que llevas en esta serie, junto con las series anteriores." }
    public var nothingDoneYet: String { "Todavía no has hecho nada de este ejercicio." }
    public var finishedSetsSaved: String { "Las series que terminaste están guardadas." }
    public var stopChoices: String { "s: parar y decir por qué, n: seguir" }
    public func startAgain(_ exercise: String) -> String { "¿Quieres empezar «\(exercise)» otra vez?" }
    public func earlierPain(_ pain: Int, limit: Int) -> String {
        "Hoy ya tuviste un dolor de \(pain) durante este ejercicio, por encima del límite de \(limit) que fijó tu fisioterapeuta."
    }
    public var adviceToStop: String { "Tu fisioterapeuta te aconseja dejar este ejercicio por hoy." }
    public var againChoices: String { "s: empezar de todos modos, n: dejarlo por hoy" }
    public var leaveHep: String { "¿Salir de hep?" }
    public var everythingSaved: String { "Todo lo que hiciste está guardado." }
    public var everythingSavedSessionClosed: String { "Todo lo que hiciste hasta ahora está guardado y la sesión queda cerrada." }
    public var leaveChoices: String { "s: salir, n: quedarse" }
    public var couldNotInstall: String { "hep no pudo instalar el programa de ejemplo" }
    public var exampleNotInstalled: String { "El ejemplo no se instaló. Pulsa q para salir." }
    public var couldNotSave: String { "hep no pudo guardar tu último paso" }
    public var savedBeforeIsSafe: String { "Lo que ya aparecía como guardado sigue a salvo. Pulsa q para salir." }

    public var todaySoFar: String { "Hoy hasta ahora" }
    public var skipped: String { "saltado" }
    public func held(_ times: String, held: Int, of target: Int) -> String { "\(times), \(duration(held)) de \(duration(target))" }
    public func reps(_ times: String, reps: Int, of target: Int) -> String { "\(times), \(reps) de \(target) repeticiones" }
    public func painSuffix(_ pain: Int) -> String { ", dolor \(pain)" }
    public var nothingMoreDue: String { "Hoy no te queda nada más." }
    public func stillDue(_ names: [String]) -> String { plural(names.count, "Te queda: ", "Te quedan: ") + names.joined(separator: ", ") }
    public func andMore(_ n: Int) -> String { "y \(n) más" }

    public func painOfTheDay(morning: Int?, sessions: [(time: String, before: Int?, after: Int?)]) -> String? {
        var parts = morning.map { ["\($0) desde que te levantaste"] } ?? []
        for s in sessions {
            let answers = [s.before.map { "\($0) antes" }, s.after.map { "\($0) después" }].compactMap { $0 }
            if !answers.isEmpty { parts.append(answers.joined(separator: " y ") + " de la sesión de las \(s.time)") }
        }
        return parts.isEmpty ? nil : "Dolor sobre 10: " + parts.joined(separator: "; ") + "."
    }

    public func encouragement(_ cheer: Cheer) -> String {
        switch cheer {
        case let .allDone(days):
            return days > 1 ? "Hoy has hecho todo lo que tocaba: ya van \(days) días seguidos." : "Hoy has hecho todo lo que tocaba. ¡Muy bien!"
        case .stoppedForPain: return "Parar cuando duele es lo correcto; tu fisioterapeuta verá el motivo."
        case let .worked(on, of): return "Hoy has trabajado en \(on) de \(of) ejercicios. Cada uno cuenta."
        case .nothingYet: return "Hoy todavía no has hecho nada. Incluso una sesión corta ayuda."
        }
    }

    public func notice(_ notice: Notice, items: [DueItem]) -> String {
        switch notice {
        case let .nothingSaved(set): return "La serie \(set) terminó sin hacer nada, así que no se guarda."
        case let .saved(record, set, item): return "Guardado: " + setWords(record, set, items[item].item)
        case let .corrected(record, set, item): return "Corregido: " + setWords(record, set, items[item].item)
        case .oneChosen: return "Elegiste el 1: pulsa Enter para confirmarlo, o 0 para el 10."
        case .pressANumber: return "Pulsa un número del 0 al 10, o n si prefieres no decirlo."
        case .noteFull: return "La nota no puede ser más larga; pulsa Enter para guardarla."
        case .extraTime: return "Ya lo hiciste hoy: esta será una vez extra."
        case .alreadyDone: return "Ya lo hiciste hoy: no hace falta saltarlo."
        case .noSessionOpen: return "Aún no hay ninguna sesión abierta: pulsa Enter para empezar un ejercicio."
        case let .newDay(date): return "Empieza un nuevo día: \(weekday(date.weekday)) \(date)."
        case .cutShort: return "Tu última sesión se interrumpió; todo lo que se guardó se conserva."
        case let .log(notice): return log(notice)
        }
    }

    private func setWords(_ set: SetRecord, _ number: Int, _ item: ProgramItem) -> String {
        var words = "serie \(number)"
        if set.side != .none { words += ", lado \(set.side == .left ? "izquierdo" : "derecho")" }
        let held = set.heldSeconds ?? 0
        if item.dose.isTimed {
            let full = item.holdSeconds
            words += held >= full ? ", \(duration(full))" : ", \(duration(held)) de \(duration(full))"
        } else {
            words += ", \(set.reps) \(plural(set.reps, "repetición", "repeticiones"))"
            if item.holdSeconds > 0 { words += ", \(duration(held)) de aguante en total" }
        }
        return words + "."
    }
}
