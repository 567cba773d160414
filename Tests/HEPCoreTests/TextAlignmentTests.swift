import HEPCore
import TestSupport
import Testing

/// Names in wide characters (Chinese, Japanese, emoji) line up in the plain-text commands
/// as they do on the screens: every column is measured in terminal columns.
@Suite struct TextAlignmentTests {
    /// The fixture program with item A renamed in two-column characters.
    static let program: Program = {
        var program = ReportFixture.program
        for v in program.versions.indices {
            for i in program.versions[v].items.indices where program.versions[v].items[i].id == "a" {
                program.versions[v].items[i].exercise.name = "膝の伸展 🦵"
            }
        }
        return program
    }()

    @Test func todayLinesUpWideNames() {
        let text = TodayText.render(Self.program, schedule(Self.program, LocalDate("2026-11-04")!), width: 80)
        let a = text.split(separator: "\n").map(String.init).first { $0.contains("膝の伸展") }!
        let b = text.split(separator: "\n").map(String.init).first { $0.contains("Exercise B") }!
        // The dose column starts at the same terminal column on both lines.
        let column = { (line: String, dose: String) in TextWidth.of(String(line[..<line.range(of: dose)!.lowerBound])) }
        #expect(column(a, "2 x 5") == column(b, "1 x 4"), "\(a)\n\(b)")
    }

    @Test func theReportTableLinesUpWideNames() {
        let report = ReportBuilder.build(program: Self.program, from: LocalDate("2026-11-04")!, to: LocalDate("2026-11-06")!,
                                         today: LocalDate("2026-11-20")!, logs: [:])
        let rows = ReportText.render(report).split(separator: "\n").map(String.init)
            .filter { $0.hasPrefix("膝の伸展") || $0.hasPrefix("Exercise B") }
        #expect(rows.count == 2)
        #expect(Set(rows.map(TextWidth.of)).count == 1, "\(rows)")
    }
}
