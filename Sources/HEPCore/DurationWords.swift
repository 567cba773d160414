/// A length of time as people say it: "1 second", "30 seconds", "15 minutes",
/// "1 minute 30 seconds", "1 hour 5 minutes".
public func durationWords(_ seconds: Int) -> String {
    func unit(_ n: Int, _ name: String) -> String { "\(n) \(name)\(n == 1 ? "" : "s")" }
    let (h, m, s) = (seconds / 3600, seconds % 3600 / 60, seconds % 60)
    let parts = [h > 0 ? unit(h, "hour") : nil, m > 0 ? unit(m, "minute") : nil, s > 0 || seconds == 0 ? unit(s, "second") : nil]
    return parts.compactMap { $0 }.joined(separator: " ")
}
