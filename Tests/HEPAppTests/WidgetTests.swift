import HEPApp
import HEPCore
import TestSupport
import Testing

/// Each widget alone on a small canvas, compared with its snapshot (text and styles).
@Suite struct WidgetTests {
    @Test func theScaleShowsNoChoiceUntilOneIsMadeAndMarksIt() {
        for (name, value) in [("none", nil), ("3", 3), ("10", 10)] as [(String, Int?)] {
            var canvas = Canvas(width: 40, height: 3)
            Scale(value: value, ends: ("0 no pain", "10 worst imaginable")).draw(on: &canvas, y: 0)
            expectSnapshot(canvas, "widget-scale-\(name)")
        }
    }

    @Test func theSparklineIsOneCharacterPerValueAndBlankWithoutOne() {
        var canvas = Canvas(width: 12, height: 2)
        canvas.put(Sparkline.line([0, 2.4, 5, nil, 7.6, 10], glyphs: .unicode), x: 0, y: 0)
        canvas.put(Sparkline.line([0, 2.4, 5, nil, 7.6, 10], glyphs: .ascii), x: 0, y: 1)
        expectSnapshot(canvas, "widget-sparkline")
        #expect(Sparkline.line([0, 2.4, 5, nil, 7.6, 10], glyphs: .ascii) == "025 8X")
    }

    @Test func theScrollingListNeverScrollsPastItsEndAndCountsWhatItLeavesOut() {
        let list = ScrollingList(lines: Array(1...10), offset: 4, rows: 3)
        #expect(Array(list.visible) == [5, 6, 7] && list.above == 4 && list.below == 3)
        let end = ScrollingList(lines: Array(1...10), offset: 99, rows: 3)
        #expect(Array(end.visible) == [8, 9, 10] && end.below == 0 && end.isCut)
        let start = ScrollingList(lines: Array(1...10), offset: -5, rows: 3)
        #expect(start.top == 0 && start.above == 0)
        #expect(!ScrollingList(lines: [1, 2], offset: 0, rows: 3).isCut)
        var canvas = Canvas(width: 20, height: 4)
        for (i, n) in list.visible.enumerated() { canvas.put("line \(n)", x: 1, y: i) }
        canvas.put("\(list.above) above, \(list.below) below", x: 1, y: 3, style: .dim)
        expectSnapshot(canvas, "widget-scrolling-list")
    }

    @Test func theCalendarKeepsTheCursorsWeekInView() {
        let from = LocalDate("2026-11-02")!, to = LocalDate("2026-11-29")!
        for (name, cursor) in [("last", to), ("first", from)] {
            var canvas = Canvas(width: 34, height: 3)
            let calendar = Calendar(from: from, to: to, cursor: cursor, initials: "Mo Tu We Th Fr Sa Su") { date in
                date.day % 3 == 0 ? "#" : date.day % 3 == 1 ? "+" : "."
            }
            #expect(calendar.draw(on: &canvas, y: 1, rows: 2) == 2)
            expectSnapshot(canvas, "widget-calendar-\(name)")
        }
    }

    @Test func theHintLineKeepsHelpLastAndShortensToFit() {
        let keys = [KeyHint("Enter", "start the chosen exercise", short: "start"), KeyHint("q", "quit hep (asks first)", short: "quit"),
                    KeyHint("s", "skip it today", short: "skip"), KeyHint("?", "this help page", short: "help")]
        for width in [80, 40, 24] {
            var canvas = Canvas(width: width, height: 1)
            canvas.keyHints(keys)
            expectSnapshot(canvas, "widget-hints-\(width)")
        }
    }

    @Test func theTableAlignsFiguresAndCutsNames() {
        let table = TextTable([("Exercise", 12), ("Sess", 6), ("Pain", 6)])
        var canvas = Canvas(width: 24, height: 3)
        canvas.put(table.heading, x: 0, y: 0, style: .dim)
        canvas.put(table.line(["Straight leg raise", "58%", "4.5"]), x: 0, y: 1)
        canvas.put(table.line(["膝の伸展", "100%", "-"]), x: 0, y: 2)
        expectSnapshot(canvas, "widget-table")
        #expect(TextWidth.of(table.line(["膝の伸展", "100%", "-"])) == 24)
    }
}
