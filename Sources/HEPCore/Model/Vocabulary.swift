/// The closed vocabularies of the data contract.

public enum Weekday: String, CaseIterable, Sendable {
    case mon, tue, wed, thu, fri, sat, sun
}

public enum Side: String, CaseIterable, Sendable {
    /// `both`: every set is done on the left and then on the right.
    case left, right, both, none
}

public enum RecordStatus: String, CaseIterable, Sendable {
    case done, partial, skipped
}

public enum SkipReason: String, CaseIterable, Sendable {
    case pain, time, equipment, forgot, unwell, other
}
