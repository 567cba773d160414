import HEPCore

/// The words of the session screen, keyed by meaning. English and Spanish each answer
/// every one (`SessionWords+English.swift`, `SessionWords+Spanish.swift`).
public protocol SessionWords: CommonWords {
    // Keys, on the bottom line and the help page.
    /// The space bar and the backspace key, as their caps are labelled.
    var spaceKey: String { get }
    var backspaceKey: String { get }
    /// The arrow keys in words, where the terminal cannot draw arrows.
    var upDownKeys: String { get }
    var leftRightKeys: String { get }
    /// The letter that answers yes in a dialog (`y` works in every language).
    var yesKey: String { get }
    /// What a key does, in full for the help page and in a word or two for the bottom line.
    func key(_ action: KeyAction) -> (does: String, short: String)
    /// What the screen is for, in a sentence or two.
    func purpose(_ page: HelpPage) -> String

    // The frame.
    var help: String { get }
    var anyKeyClosesHelp: String { get }
    func questionsAboutProgram(_ contact: String) -> String
    var enlarge: [String] { get }

    // The list of the day.
    func version(_ number: Int) -> String
    func programStarts(_ date: LocalDate) -> String
    var restDay: String { get }
    func listMore(above: Int, below: Int) -> String
    func session(since: String, recorded: Int) -> String
    func times(performed: Int, due: Int) -> String
    func mark(_ look: ItemLook) -> String
    func reason(_ reason: SkipReason) -> String
    func news(_ news: ProgramNews) -> String

    // An exercise.
    func set(_ set: Int, of sets: Int) -> String
    /// "Left side", when the exercise has no words of its own for the side.
    func sideHeading(_ side: Side) -> String
    func reps(_ reps: Int, of target: Int) -> String
    func rep(_ rep: Int, of reps: Int) -> String
    var holdEndedEarly: String { get }
    var getReady: String { get }
    var hold: String { get }
    var rest: String { get }
    func paused(_ title: String) -> String
    func seconds(_ n: Int) -> String
    func nextSet(_ set: Int, of sets: Int) -> String
    var switchSides: String { get }
    func nextSide(_ words: String) -> String
    func nowTheSide(_ side: Side) -> String
    var pressEnterWhenReady: String { get }
    func restSeconds(_ n: Int) -> String
    func stopIfPainAbove(_ limit: Int) -> String
    var youNeed: String { get }
    var yourTherapist: String { get }
    var cues: String { get }
    var safety: String { get }
    var more: String { get }

    // Questions.
    func question(_ purpose: Question.Purpose, exercise: String?) -> String
    var painEnds: (String, String) { get }
    var effortEnds: (String, String) { get }
    var scaleHint: String { get }

    // Dialogs.
    var welcome: String { get }
    func noProgram(in folder: String) -> String
    var haveAProgramFile: String { get }
    var tryTheExample: String { get }
    func whySkip(_ exercise: String) -> String
    func whyStop(_ exercise: String) -> String
    var noteTitle: String { get }
    var noteHint: String { get }
    func painDuring(_ pain: Int, _ exercise: String) -> String
    func aboveLimit(_ limit: Int) -> String
    var doNoMore: String { get }
    func callIfSevere(_ contact: String) -> String
    var pressEnterToContinue: String { get }
    func stopHere(_ exercise: String) -> String
    var repsSoFarSaved: String { get }
    var nothingDoneYet: String { get }
    var finishedSetsSaved: String { get }
    var stopChoices: String { get }
    func startAgain(_ exercise: String) -> String
    func earlierPain(_ pain: Int, limit: Int) -> String
    var adviceToStop: String { get }
    var againChoices: String { get }
    var leaveHep: String { get }
    var everythingSaved: String { get }
    var everythingSavedSessionClosed: String { get }
    var leaveChoices: String { get }
    var couldNotInstall: String { get }
    var exampleNotInstalled: String { get }
    var couldNotSave: String { get }
    var savedBeforeIsSafe: String { get }

    // The day so far.
    var todaySoFar: String { get }
    var skipped: String { get }
    func held(_ times: String, held: Int, of target: Int) -> String
    func reps(_ times: String, reps: Int, of target: Int) -> String
    func painSuffix(_ pain: Int) -> String
    var nothingMoreDue: String { get }
    func stillDue(_ names: [String]) -> String
    func andMore(_ n: Int) -> String
    func painOfTheDay(morning: Int?, sessions: [(time: String, before: Int?, after: Int?)]) -> String?
    func encouragement(_ cheer: Cheer) -> String

    // Notices.
    func notice(_ notice: Notice, items: [DueItem]) -> String
}

/// What a key does on a screen.
public enum KeyAction: Sendable {
    case help, stopExercise, correct, tryExample, leave, start, quit, skipToday, chooseExercise, endSession
    case answer, notSay, moveOnScale, chooseOnScale, backToList, leaveUnanswered
    case begin, scrollInstructions, countRep, finishKeepingReps, undoRep, startNextHold, finishNow, endHoldEarly
    case pause, resume, otherSide, endRest, chooseReason, chooseMarkedReason, move, keepWords, leaveWordsOut, deleteLetter
    case continueToList, yes, no, leaveHep
}

/// The help page's sentence on what a screen is for.
public enum HelpPage: Sendable {
    case offer, today, effort, morning, pain, intro, counting, ready, hold, switchSide, rest, reason, note, painWarning
    case confirm, summary, failed
}

/// How an item's day is marked on the list: the word beside the mark.
public enum ItemLook: Equatable, Sendable {
    case due, painTooHigh(Int), stopped(SkipReason), moreToDo, fewerReps, done, doneFewerReps, skipped
}

/// The sentence under the day so far.
public enum Cheer: Equatable, Sendable {
    /// Everything due is done: `days` in a row, today included.
    case allDone(days: Int)
    case stoppedForPain
    case worked(on: Int, of: Int)
    case nothingYet
}

extension Language {
    public var session: any SessionWords {
        switch self {
        case .en: return English()
        case .es: return Spanish()
        }
    }
}

extension SessionWords {
    /// The arrow keys as hints name them: drawn where the terminal can draw them, in words
    /// where it cannot.
    public func arrows(_ glyphs: Glyphs) -> (upDown: String, leftRight: String) {
        glyphs == .ascii ? (upDownKeys, leftRightKeys) : ("↑↓", "←→")
    }
}
