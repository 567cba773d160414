/// The words of what is wrong with a file, as `hep validate` and every command that refuses
/// a file say it. JSON paths, keys, codes, schema ids and values are the file's own and stay
/// as written.
public protocol ProblemWords: Sendable {
    func problem(_ what: ProblemMessage) -> String
    /// Why a document is not JSON.
    func syntax(_ kind: JSONSyntaxError.Kind) -> String
    /// A message followed by the value at fault: "... (got 25)".
    func message(_ sentence: String, got value: String) -> String
}

extension ProblemWords {
    public func message(_ what: ProblemMessage, got: String?) -> String {
        let sentence = problem(what)
        return got.map { message(sentence, got: $0) } ?? sentence
    }

    /// `0xC3`, as a byte is named in both languages.
    func hex(_ byte: UInt8) -> String { "0x" + String(byte, radix: 16, uppercase: true) }
}

extension Language {
    public var problems: any ProblemWords {
        switch self {
        case .en: return English()
        case .es: return Spanish()
        }
    }
}

extension English: ProblemWords {
    public func problem(_ what: ProblemMessage) -> String {
        switch what {
        case let .cannotOpen(code): return "cannot open: \(systemError(code))"
        case let .cannotRead(code): return "cannot read: \(systemError(code))"
        case .isFolder: return "is a folder, not a file"
        case .notRegularFile: return "is not a regular file"
        case let .tooLarge(bytes, limit): return "too large for a hep file (\(bytes) bytes; the limit is \(limit) MiB)"
        case let .syntax(kind): return syntax(kind)
        case .notObject: return "must be an object"
        case let .missingField(key): return "missing field \"\(key)\""
        case .notString: return "must be a string"
        case .empty: return "must not be empty"
        case let .controlCharacters(lineBreaks):
            return "must not hold control characters" + (lineBreaks ? " other than line breaks" : "")
        case let .notWholeNumber(range, orNull):
            let bounds = range.upperBound == Int.max ? "\(range.lowerBound) or more" : "from \(range.lowerBound) to \(range.upperBound)"
            return "must be a whole number \(bounds)" + (orNull ? ", or null" : "")
        case let .notOneOf(codes, condition):
            return "must be " + (codes.count == 1 ? codes[0] : "one of " + codes.joined(separator: ", "))
                + (condition.map(self.condition) ?? "")
        case .notArray: return "must be an array"
        case .noEntries: return "must have at least one entry"
        case .notDate: return "must be a date written YYYY-MM-DD"
        case let .notMoment(orNull): return "must be a moment written like 2026-11-29T08:02:11+01:00" + (orNull ? ", or null" : "")
        case let .wrongSchema(expected): return "must be \(expected) for this file"
        case let .unknownSchema(known): return "is not a schema this hep reads (\(known.joined(separator: ", ")))"
        case .notReadIntoModel: return "cannot be read into hep's model"
        case let .versionOutOfOrder(expected): return "must be \(expected): versions are numbered 1, 2, 3 ... in order"
        case let .effectiveNotAfter(previous): return "must be later than the previous version's \(previous)"
        case .badItemID: return "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"
        case let .duplicateItemID(version): return "duplicate item id within version \(version)"
        case .dayTwice: return "day listed twice"
        case let .wrongExerciseSchema(expected): return "must be \(expected) when given"
        case .notKebabCase: return "must be kebab-case: lower-case letters and digits joined by single hyphens"
        case .notLanguageTag: return "must be keyed by a language tag such as es or pt-BR"
        case .notSideKey: return "must be left or right"
        case let .exerciseIDUsed(other): return "exercise id already used by \(other)"
        case let .dateNotFileName(date): return "must match the file name \(date).json"
        case .duplicateSessionID: return "duplicate session id in this day"
        case let .startedOffDate(date): return "must fall on the log's date \(date)"
        case .endedBeforeStarted: return "must not be before the session started"
        case .noSuchVersion: return "the program has no such version"
        case let .versionNotYetInForce(version, effective):
            return "version \(version) takes effect on \(effective), after this log's date"
        case let .notItemOfVersion(version): return "not an item of program version \(version)"
        case .skipReasonUnlessSkipped: return "must be null unless the status is skipped"
        case .stopReasonWhenDone: return "must be null when the status is done (the whole dose was done)"
        case .setsWhenSkipped: return "must be empty when the status is skipped"
        case let .heldWithoutHold(item): return "must be absent: item \(item) has no hold"
        case .notDays: return "must be daily, a run such as mon-fri, or days such as mon,wed,fri"
        case .notPainLimit: return "must be a whole number from 0 to 10, or program (the program's limit)"
        case .notDosePart:
            return "is not part of a dose: SETS x REPS, hold S, rest S, left/right/both/none, N/day, days, limit P or limit program"
        case .givenTwice: return "is given twice; keep one"
        case .notFormLine: return "must be: ITEM EXERCISE DOSE  # notes, or effective DATE, or note TEXT"
        case let .unknownExercise(id): return "there is no exercise '\(id)' in the library; `hep library` lists them"
        case let .effectiveBeforeLatest(version, effective):
            return "is before version \(version), in force from \(effective); a change takes effect on or after it"
        case let .sessionRecordedOn(date):
            return "a session was recorded on \(date) under the version in force; a change takes effect from \(date.adding(days: 1))"
        }
    }

    private func condition(_ condition: ProblemMessage.Condition) -> String {
        switch condition {
        case .statusSkipped: return " when the status is skipped"
        case .bothSidesItem: return " for a both-sides item"
        case let .prescribedBy(item): return " as item \(item) prescribes"
        }
    }

    public func syntax(_ kind: JSONSyntaxError.Kind) -> String {
        switch kind {
        case let .notUTF8(byte): return "not UTF-8 text (byte \(hex(byte)))"
        case .emptyFile: return "empty file, expected a JSON object"
        case .onlyWhiteSpace: return "no JSON value, only white space"
        case .textAfterValue: return "unexpected text after the end of the JSON value"
        case let .unexpected(found): return "unexpected \(self.found(found)), expected a value"
        case let .tooDeep(levels): return "nested deeper than \(levels) levels"
        case let .expectedKey(found): return "expected a key in double quotes, found \(self.found(found))"
        case let .duplicateKey(key, line, column): return "duplicate key \"\(key)\" (first at \(line):\(column))"
        case let .expectedColon(found): return "expected ':' after the key, found \(self.found(found))"
        case let .expectedCommaInObject(found): return "expected ',' or '}' in an object, found \(self.found(found))"
        case let .expectedCommaInArray(found): return "expected ',' or ']' in an array, found \(self.found(found))"
        case .endInsideString: return "unexpected end of file inside a string"
        case .controlCharacterInString: return "control character in a string (escape it)"
        case .unpairedSurrogate: return "unpaired surrogate in \\u escape"
        case let .invalidEscape(character): return "invalid escape '\\\(character)' in a string"
        case .expectedHexDigits: return "expected 4 hex digits after \\u"
        case .expectedDigit: return "expected a digit in a number"
        case .expectedFractionDigit: return "expected a digit after the decimal point"
        case .expectedExponentDigit: return "expected a digit in the exponent"
        }
    }

    private func found(_ found: JSONSyntaxError.Found) -> String {
        switch found {
        case .endOfFile: return "end of file"
        case let .character(character): return "'\(character)'"
        case let .byte(byte): return "byte \(hex(byte))"
        }
    }

    public func message(_ sentence: String, got value: String) -> String { "\(sentence) (got \(value))" }
}
