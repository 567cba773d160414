import HEPCore

/// One exercise under way: which set and side, the reps counted so far, and the timer.
public struct ExerciseRun: Equatable, Sendable {
    public enum Phase: Equatable, Sendable {
        /// Instructions, cues and safety, before the first set.
        case intro
        /// A rep exercise: each Space or Enter counts a rep.
        case counting
        /// A hold exercise waiting for Enter (after a hold was stopped early).
        case ready
        case getReady(Countdown)
        case hold(Countdown)
        /// Between the left and the right side of a set.
        case switchSide
        case rest(Countdown)
    }

    public static let getReadySeconds = 3.0

    /// Index in today's due list.
    public let item: Int
    public internal(set) var phase: Phase = .intro
    /// 1-based.
    public internal(set) var set = 1
    public internal(set) var sideIndex = 0
    /// Reps counted in the current set and side, not yet saved.
    public internal(set) var reps = 0
    /// Seconds held in the current set and side by holds that ended (completed or stopped
    /// early), not yet saved.
    public internal(set) var held = 0.0
    /// This exercise's record in the session, once its first set is saved.
    public internal(set) var record: Int?
    /// The set last saved, by its place in the record: it can be corrected until the
    /// next set starts.
    public internal(set) var lastSaved: Int?
    /// That set's number and side, as the patient was told them.
    var lastSavedSet = 1
    /// Lines of the instructions scrolled past, when the window is too short for all.
    public internal(set) var scroll = 0

    public init(item: Int) { self.item = item }

    public static func sides(_ side: Side) -> [Side] {
        switch side {
        case .both: return [.left, .right]
        default: return [side]
        }
    }

    /// Seconds held in the current set and side, the hold under way included.
    public func heldSoFar(at now: Double) -> Double {
        if case let .hold(c) = phase { return held + c.duration - c.remaining(at: now) }
        return held
    }

    /// Whether the current set has begun: a rep counted, or a second held.
    public var setBegun: Bool {
        if case .hold = phase { return true }
        return reps > 0 || held > 0
    }

    public var countdown: Countdown? {
        switch phase {
        case let .getReady(c), let .hold(c), let .rest(c): return c
        default: return nil
        }
    }

    mutating func setCountdown(_ c: Countdown) {
        switch phase {
        case .getReady: phase = .getReady(c)
        case .hold: phase = .hold(c)
        case .rest: phase = .rest(c)
        default: break
        }
    }
}
