/// What hep suggests to the therapist for one item of the program: progress, hold or
/// regress, with the reasons and the report's figures behind them. The rules are here and
/// nowhere else (docs/suggest.md words them for therapists); every figure and flag is read
/// from the report, never counted again. hep only suggests: the therapist decides.
public struct Suggestion: Equatable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case progress, hold, regress
    }

    /// Why, as the code the JSON carries; the words make a phrase of it with its figures.
    public enum Reason: String, Sendable {
        // Regress: the item hurt, or pain kept the patient from doing it.
        case painOverLimit = "pain-over-limit"
        case painNotSettled = "pain-not-settled"
        case painSkips = "pain-skips"
        // Hold.
        case nothingDue = "nothing-due"
        case lowAdherence = "low-adherence"
        case painAfterSession = "pain-after-over-limit"
        case morningPainRising = "morning-pain-rising"
        case effortAboveMiddle = "effort-above-middle"
        case noEffort = "no-effort"
        // Progress: each of its conditions, met.
        case adherenceMet = "adherence-met"
        case effortAtMostMiddle = "effort-at-most-middle"
        case noPainFlags = "no-pain-flags"
    }

    /// The item's figures in the report, as the rules read them.
    public struct Figures: Equatable, Sendable {
        public var tally = Report.Tally()
        /// Due performances skipped for pain.
        public var painSkips = 0
        public var effort = Report.Mean()
        /// The range's pain flags that implicate the item, in the report's order.
        public var painFlags: [Report.Flag] = []

        /// Due performances not performed.
        public var missed: Int { tally.due - tally.performed }

        /// The flags behind a reason that rests on flags (none for the others).
        public func flags(for reason: Reason) -> [Report.Flag] {
            painFlags.filter { flag in
                switch (reason, flag.facts) {
                case (.painOverLimit, .painDuring), (.painAfterSession, .painAfter), (.painNotSettled, .notSettled),
                     (.morningPainRising, .morningRising): return true
                default: return false
                }
            }
        }
    }

    public var item: ProgramItem
    public var kind: Kind
    public var reasons: [Reason]
    public var figures: Figures

    /// The middle of the effort scale (Borg CR10, 0..10): a mean effort at or below it is
    /// taken as the dose feeling manageable.
    public static let effortMiddle = 5

    /// One suggestion for each item of the version in force on the range's last day, in
    /// program order; none when no version is in force then.
    public static func suggest(_ report: Report, program: Program) -> [Suggestion] {
        guard let version = program.version(on: report.to) else { return [] }
        // What each item was counted as doing (done or partial, extra records too): what ties
        // a flag about a session, a morning or a week to the items done in it.
        let performed = Dictionary(grouping: report.performances.filter { p in
            p.counted && p.record.map { $0.status != .skipped } == true
        }, by: \.item)
        return version.items.map { item in
            var figures = Figures()
            if let row = report.items.first(where: { $0.item == item.id }) {
                figures.tally = row.tally
                figures.painSkips = row.skippedDue[.pain] ?? 0
                figures.effort = row.effort
            }
            figures.painFlags = report.flags.filter { implicates($0, item.id, performed[item.id] ?? []) }
            let (kind, reasons) = judge(figures)
            return Suggestion(item: item, kind: kind, reasons: reasons, figures: figures)
        }
    }

    /// The rules, in order: any reason to regress decides; else progress when all of its
    /// conditions hold; else hold, with every reason that kept it from progress.
    static func judge(_ f: Figures) -> (Kind, [Reason]) {
        let flagged = { (reason: Reason) in !f.flags(for: reason).isEmpty }
        // Adherence fell because of pain: at least half of the missed performances (and at
        // least one) were skipped for pain, in whole numbers.
        let fellForPain = f.tally.isBelowThreshold && f.painSkips > 0 && f.painSkips * 2 >= f.missed
        let regress = [(flagged(.painOverLimit), Reason.painOverLimit), (flagged(.painNotSettled), .painNotSettled),
                       (fellForPain, .painSkips)].filter(\.0).map(\.1)
        if !regress.isEmpty { return (.regress, regress) }
        guard f.tally.due > 0 else { return (.hold, [.nothingDue]) }
        var hold: [Reason] = []
        if f.tally.isBelowThreshold { hold.append(.lowAdherence) }
        if flagged(.painAfterSession) { hold.append(.painAfterSession) }
        if flagged(.morningPainRising) { hold.append(.morningPainRising) }
        // No effort answered: hep cannot say the dose felt manageable.
        if f.effort.count == 0 {
            hold.append(.noEffort)
        } else if f.effort.sum > effortMiddle * f.effort.count {
            hold.append(.effortAboveMiddle)
        }
        return hold.isEmpty ? (.progress, [.adherenceMet, .effortAtMostMiddle, .noPainFlags]) : (.hold, hold)
    }

    /// Whether a pain flag is about the item: its own pain during; or pain after a session,
    /// a morning's pain not settled, or morning pain rising between two weeks, where the item
    /// was performed in that session, on the day before that morning, or in either week.
    static func implicates(_ flag: Report.Flag, _ item: String, _ performed: [Report.Performance]) -> Bool {
        switch flag.facts {
        case .painDuring: return flag.item == item
        case .painAfter: return performed.contains { $0.date == flag.date && $0.session == flag.session }
        case let .notSettled(_, _, sessionDay): return performed.contains { $0.date == sessionDay }
        case let .morningRising(fromWeek, _, toWeek, _): return performed.contains { [fromWeek, toWeek].contains($0.date.isoWeek) }
        case .lowAdherence, .missedDays: return false
        }
    }

    /// A mean effort as the reasons show it: one decimal, never rounded across the middle
    /// of the scale (a mean of 5.01 is `5.01`, not `5.0`).
    public static func effort(_ mean: Double?) -> String {
        guard let mean else { return "-" }
        return Report.figure(mean, places: 1) { $0 > Double(effortMiddle) }
    }
}
