import Foundation

/// The days of an item as a therapist writes them: `daily`, a run such as `mon-fri`, or a
/// list such as `mon,wed,fri`, each day in week order. The edit form, `--days`, `show`,
/// `history` and the handout use this one notation.
public enum DaysNotation {
    public static func text(_ days: [Weekday]) -> String {
        let numbers = Set(days.map(\.number)).sorted()
        if numbers.count == 7 { return "daily" }
        if numbers.count >= 3, numbers.last! - numbers.first! == numbers.count - 1 {
            return "\(Weekday.all[numbers.first!].rawValue)-\(Weekday.all[numbers.last!].rawValue)"
        }
        return numbers.map { Weekday.all[$0].rawValue }.joined(separator: ",")
    }

    /// The days `text` names, in week order; nil when a word is not a day, a run goes
    /// backwards, or a day is named twice.
    public static func parse(_ text: String) -> [Weekday]? {
        let words = text.lowercased().split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if words == ["daily"] { return Weekday.all }
        var numbers: [Int] = []
        for word in words {
            let ends = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard (1...2).contains(ends.count), let first = Weekday(rawValue: ends[0])?.number,
                  let last = Weekday(rawValue: ends[ends.count - 1])?.number, first <= last else { return nil }
            numbers += Array(first...last)
        }
        guard !numbers.isEmpty, Set(numbers).count == numbers.count else { return nil }
        return numbers.sorted().map { Weekday.all[$0] }
    }
}

extension Weekday {
    static let all = Weekday.allCases
    /// 0 for Monday to 6 for Sunday.
    var number: Int { Weekday.all.firstIndex(of: self)! }
}
