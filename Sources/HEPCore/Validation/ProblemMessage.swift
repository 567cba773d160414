/// What is wrong with a file, by meaning, with the figures the sentence names; `ProblemWords`
/// says it in a language. Keys, paths, schema ids and values stay as the file has them.
public enum ProblemMessage: Equatable, Sendable {
    // The file itself (`FileReader`).
    case cannotOpen(errno: Int32)
    case cannotRead(errno: Int32)
    case isFolder
    case notRegularFile
    case tooLarge(bytes: Int, limitMiB: Int)

    /// Not JSON.
    case syntax(JSONSyntaxError.Kind)

    // A value of the wrong type or outside its range (the checker's readers).
    case notObject
    case missingField(String)
    case notString
    case empty
    case controlCharacters(lineBreaksAllowed: Bool)
    case notWholeNumber(ClosedRange<Int>, orNull: Bool)
    /// Not one of the allowed codes, listed in order; the condition says why only these.
    case notOneOf([String], Condition?)
    case notArray
    case noEntries
    case notDate
    case notMoment(orNull: Bool)

    // Which document this is.
    case wrongSchema(expected: String)
    case unknownSchema(known: [String])
    case notReadIntoModel

    // Programs.
    case versionOutOfOrder(expected: Int)
    case effectiveNotAfter(previous: LocalDate)
    case badItemID
    case duplicateItemID(version: Int)
    case dayTwice

    // Exercises.
    case wrongExerciseSchema(expected: String)
    case notKebabCase
    case notLanguageTag
    case notSideKey
    /// The library file that already holds the id.
    case exerciseIDUsed(by: String)

    // Day logs.
    case dateNotFileName(LocalDate)
    case duplicateSessionID
    case startedOffDate(LocalDate)
    case endedBeforeStarted
    case noSuchVersion
    case versionNotYetInForce(Int, effective: LocalDate)
    case notItemOfVersion(Int)
    case skipReasonUnlessSkipped
    case stopReasonWhenDone
    case setsWhenSkipped
    case heldWithoutHold(item: String)

    // A program's text form (`hep program edit`) and the options that set an item.
    case notDays
    case notPainLimit
    case notDosePart
    case notFormLine
    case givenTwice
    case unknownExercise(String)
    case effectiveBeforeLatest(version: Int, effective: LocalDate)
    case sessionRecordedOn(LocalDate)

    /// Why only some of a field's codes are allowed here.
    public enum Condition: Equatable, Sendable {
        case statusSkipped
        case bothSidesItem
        case prescribedBy(item: String)
    }
}
