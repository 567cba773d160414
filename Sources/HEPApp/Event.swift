import HEPCore

/// A key as the screens understand it.
public enum Key: Equatable, Sendable {
    case char(Character)
    case enter, escape, backspace, up, down, left, right, redraw
}

/// What the session loop feeds to `update`.
public enum Event: Equatable, Sendable {
    case key(Key)
    /// Time passed (the loop woke for a deadline or its timeout).
    case tick
    case resize(width: Int, height: Int)
    /// SIGHUP, SIGINT or SIGTERM: save, end the session and leave.
    case stopSignal(Int32)
    /// A write the last update asked for did not happen.
    case saveFailed(StorageError)
    /// The example program was installed at the patient's request; `log` is the day's log
    /// as it is on disk.
    case programInstalled(Program, log: DayLog)
}

/// What `update` asks the loop to do; the loop runs every effect before it draws again,
/// so nothing is shown as recorded before it is on disk.
public enum Effect: Equatable, Sendable {
    case record(LogChange, on: LocalDate)
    /// The clock passed midnight with no session open: the new day's log is to be read
    /// and shown (`AppState.startDay`).
    case startDay(LocalDate)
    case bell
    case installExample
    case quit
}
