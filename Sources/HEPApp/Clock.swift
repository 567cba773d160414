import Foundation
import HEPCore

/// The two clocks the session needs: a monotonic one for timers, which no change of the
/// wall clock can disturb, and the wall clock for the moments written to the log.
public struct Now: Sendable {
    /// Seconds on a monotonic clock.
    public var mono: Double
    public var wall: Date
    public var timeZone: TimeZone

    public init(mono: Double, wall: Date, timeZone: TimeZone = .current) {
        self.mono = mono
        self.wall = wall
        self.timeZone = timeZone
    }

    public static func system() -> Now {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Now(mono: Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9, wall: Date())
    }

    public var moment: Moment { Moment(wall, in: timeZone) }
}

/// A countdown as a deadline: the time left is computed from it, never decremented per
/// tick, so it cannot drift however often or seldom the screen wakes.
public struct Countdown: Equatable, Sendable {
    public private(set) var deadline: Double
    public let duration: Double
    public private(set) var pausedAt: Double?

    public init(seconds: Double, from now: Double) {
        duration = seconds
        deadline = now + seconds
    }

    public func remaining(at now: Double) -> Double { max(0, deadline - (pausedAt ?? now)) }

    public func isOver(at now: Double) -> Bool { pausedAt == nil && now >= deadline }

    /// Whole seconds still to show: 5.0 ... 4.01 show 5, and 0 only at the end.
    public func shownSeconds(at now: Double) -> Int { Int(remaining(at: now).rounded(.up)) }

    public var isPaused: Bool { pausedAt != nil }

    public mutating func pause(at now: Double) {
        if pausedAt == nil { pausedAt = now }
    }

    /// Resumes; the time spent paused moves the deadline, so it is not counted.
    public mutating func resume(at now: Double) {
        guard let pausedAt else { return }
        deadline += now - pausedAt
        self.pausedAt = nil
    }

    /// Seconds until what is shown next changes: the next whole second, or the end.
    public func nextChange(at now: Double) -> Double? {
        guard pausedAt == nil else { return nil }
        let left = deadline - now
        guard left > 0 else { return 0 }
        let fraction = left - left.rounded(.down)
        return fraction > 0 ? fraction : min(1, left)
    }
}
