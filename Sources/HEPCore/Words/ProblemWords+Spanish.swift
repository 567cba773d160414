import Foundation

extension Spanish: ProblemWords {
    public func problem(_ what: ProblemMessage) -> String {
        switch what {
        case let .cannotOpen(code): return "no se puede abrir: \(systemError(code))"
        case let .cannotRead(code): return "no se puede leer: \(systemError(code))"
        case .isFolder: return "es una carpeta, no un archivo"
        case .notRegularFile: return "no es un archivo normal"
        case let .tooLarge(bytes, limit): return "demasiado grande para un archivo de hep (\(bytes) bytes; el límite es \(limit) MiB)"
        case let .syntax(kind): return syntax(kind)
        case .notObject: return "debe ser un objeto"
        case let .missingField(key): return "falta el campo \"\(key)\""
        case .notString: return "debe ser un texto"
        case .empty: return "no puede estar vacío"
        case let .controlCharacters(lineBreaks):
            return "no puede contener caracteres de control" + (lineBreaks ? ", salvo saltos de línea" : "")
        case let .notWholeNumber(range, orNull):
            let bounds = range.upperBound == Int.max ? "de \(range.lowerBound) o más" : "del \(range.lowerBound) al \(range.upperBound)"
            return "debe ser un número entero \(bounds)" + (orNull ? ", o null" : "")
        case let .notOneOf(codes, condition):
            // The condition comes first: after a list of codes it would read as one more.
            return (condition.map { self.condition($0) + ", " } ?? "")
                + "debe ser " + (codes.count == 1 ? codes[0] : "uno de estos: " + codes.joined(separator: ", "))
        case .notArray: return "debe ser una lista"
        case .noEntries: return "debe tener al menos un elemento"
        case .notDate: return "debe ser una fecha con el formato AAAA-MM-DD"
        case let .notMoment(orNull): return "debe ser una fecha y hora como 2026-11-29T08:02:11+01:00" + (orNull ? ", o null" : "")
        case let .wrongSchema(expected): return "debe ser \(expected) en este archivo"
        case let .unknownSchema(known): return "no es un esquema que esta versión de hep sepa leer (\(known.joined(separator: ", ")))"
        case .notReadIntoModel: return "hep no puede interpretarlo"
        case let .versionOutOfOrder(expected): return "debe ser \(expected): las versiones se numeran 1, 2, 3... por orden"
        case let .effectiveNotAfter(previous): return "debe ser posterior a la fecha de la versión anterior, \(previous)"
        case .badItemID: return "debe tener de 1 a 64 letras, dígitos, '.', '_' o '-', y empezar por una letra o un dígito"
        case let .duplicateItemID(version): return "id de ejercicio repetido en la versión \(version)"
        case .dayTwice: return "día repetido"
        case let .wrongExerciseSchema(expected): return "debe ser \(expected) si se indica"
        case .notKebabCase: return "debe estar en kebab-case: minúsculas y dígitos unidos por guiones simples"
        case .notLanguageTag: return "la clave debe ser una etiqueta de idioma, como es o pt-BR"
        case .notSideKey: return "debe ser left o right"
        case let .exerciseIDUsed(other): return "id de ejercicio ya usado en \(other)"
        case let .dateNotFileName(date): return "debe coincidir con el nombre del archivo, \(date).json"
        case .duplicateSessionID: return "id de sesión repetido en este día"
        case let .startedOffDate(date): return "debe caer en la fecha del registro, \(date)"
        case .endedBeforeStarted: return "no puede ser anterior al inicio de la sesión"
        case .noSuchVersion: return "el programa no tiene esa versión"
        case let .versionNotYetInForce(version, effective):
            return "la versión \(version) entra en vigor el \(effective), después de la fecha de este registro"
        case let .notItemOfVersion(version): return "no es un ejercicio de la versión \(version) del programa"
        case .skipReasonUnlessSkipped: return "debe ser null salvo si status es skipped"
        case .stopReasonWhenDone: return "debe ser null si status es done (se hizo toda la dosis)"
        case .setsWhenSkipped: return "debe estar vacío si status es skipped"
        case let .heldWithoutHold(item): return "no debe aparecer: el ejercicio \(item) no tiene tiempo de mantenimiento"
        case .notDays: return "debe ser daily, un tramo como mon-fri, o días como mon,wed,fri"
        case .notPainLimit: return "debe ser un número entero de 0 a 10, o program (el límite del programa)"
        case .notDosePart:
            return "no es parte de una dosis: SERIES x REPETICIONES, hold S, rest S, left/right/both/none, N/day, días, limit P o limit program"
        case .givenTwice: return "aparece dos veces; deja una"
        case .notFormLine: return "debe ser: ELEMENTO EJERCICIO DOSIS  # notas, o effective FECHA, o note TEXTO"
        case let .unknownExercise(id): return "no hay ningún ejercicio '\(id)' en la biblioteca; `hep library` los muestra"
        case let .effectiveBeforeLatest(version, effective):
            return "es anterior a la versión \(version), en vigor desde el \(effective); un cambio empieza ese día o después"
        case let .sessionRecordedOn(date):
            return "hay una sesión registrada el \(date) con la versión en vigor; un cambio empieza a partir del \(date.adding(days: 1))"
        }
    }

    private func condition(_ condition: ProblemMessage.Condition) -> String {
        switch condition {
        case .statusSkipped: return "si status es skipped"
        case .bothSidesItem: return "en un ejercicio de ambos lados"
        case let .prescribedBy(item): return "como indica el ejercicio \(item)"
        }
    }

    public func syntax(_ kind: JSONSyntaxError.Kind) -> String {
        switch kind {
        case let .notUTF8(byte): return "no es texto UTF-8 (byte \(hex(byte)))"
        case .emptyFile: return "archivo vacío; se esperaba un objeto JSON"
        case .onlyWhiteSpace: return "no hay ningún valor JSON, solo espacios en blanco"
        case .textAfterValue: return "hay texto después del final del valor JSON"
        case let .unexpected(found): return "se esperaba un valor, pero se encontró \(self.found(found))"
        case let .tooDeep(levels): return "más de \(levels) niveles de anidamiento"
        case let .expectedKey(found): return "se esperaba una clave entre comillas dobles, pero se encontró \(self.found(found))"
        case let .duplicateKey(key, line, column): return "clave \"\(key)\" repetida (la primera está en \(line):\(column))"
        case let .expectedColon(found): return "se esperaba ':' tras la clave, pero se encontró \(self.found(found))"
        case let .expectedCommaInObject(found): return "se esperaba ',' o '}' en un objeto, pero se encontró \(self.found(found))"
        case let .expectedCommaInArray(found): return "se esperaba ',' o ']' en una lista, pero se encontró \(self.found(found))"
        case .endInsideString: return "el archivo termina dentro de un texto"
        case .controlCharacterInString: return "carácter de control dentro de un texto (hay que escaparlo)"
        case .unpairedSurrogate: return "sustituto UTF-16 sin pareja en una secuencia de escape \\u"
        case let .invalidEscape(character): return "secuencia de escape '\\\(character)' no válida en un texto"
        case .expectedHexDigits: return "se esperaban 4 dígitos hexadecimales tras \\u"
        case .expectedDigit: return "se esperaba un dígito en el número"
        case .expectedFractionDigit: return "se esperaba un dígito tras el punto decimal"
        case .expectedExponentDigit: return "se esperaba un dígito en el exponente"
        }
    }

    private func found(_ found: JSONSyntaxError.Found) -> String {
        switch found {
        case .endOfFile: return "el final del archivo"
        case let .character(character): return "'\(character)'"
        case let .byte(byte): return "el byte \(hex(byte))"
        }
    }

    public func message(_ sentence: String, got value: String) -> String { "\(sentence) (valor: \(value))" }

    /// The C library speaks English here, whatever the locale: the errors a file can meet
    /// are worded, any other keeps its number and the system's text.
    private func systemError(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no existe"
        case EACCES: return "permiso denegado"
        case EPERM: return "operación no permitida"
        case ELOOP: return "demasiados niveles de enlaces simbólicos"
        case ENOTDIR: return "una parte de la ruta no es una carpeta"
        case ENAMETOOLONG: return "nombre demasiado largo"
        case EIO: return "error de entrada/salida"
        case EMFILE, ENFILE: return "demasiados archivos abiertos"
        default: return "error \(code) del sistema (\(HEPCore.systemError(code)))"
        }
    }
}
