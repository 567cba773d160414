import Foundation
import HEPCore
import TestSupport
import Testing

/// `hep report --format html`: one page that parses as XML, whose every figure is the JSON
/// report's, whose charts have a bar per week and a point per answered week, and where
/// text from the data stays text.
@Suite struct ReportHTMLTests {
    /// The page and the JSON of the same range as of the same day.
    struct Forms {
        var html: String
        var page: Page
        var json: [String: Any]
    }

    func forms(_ data: String, _ range: [String], language: Language = .en) throws -> Forms {
        let html = try run(Repo.hep, ["report", "--data", data, "--format", "html", "--lang", language.rawValue] + range)
        #expect(html.status == 0, "\(html.stderr)")
        let json = try run(Repo.hep, ["report", "--data", data, "--format", "json"] + range)
        return Forms(html: html.stdout, page: try Page(html.stdout),
                     json: try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any])
    }

    static let fixtureRange = ["--from", "2026-11-04", "--to", "2026-11-11", "--today", "2026-11-12"]

    /// A data folder with a year of made-up history up to 2026-11-28.
    static func demo(_ scratch: Scratch) throws -> String {
        let data = scratch.path + "/demo"
        let made = try hep("demo-history", "--years", "1", "--seed", "1", "--today", "2026-11-29", "--data", data)
        #expect(made.status == 0, "\(made.stderr)")
        return data
    }

    @Test func everyFigureIsTheJSONsOnTheFixture() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = ReportFixture.folder(scratch)
        let forms = try forms(data, Self.fixtureRange)
        try Self.check(forms, words: English())
        // The hand-worked figures, as the reader sees them.
        let a = try #require(forms.page.all("tr", class: "item").first { $0.attributes["data-item"] == "a" })
        #expect(forms.page.all(inside: a, "data-figure", "adherence").first?.text == "38%")
        #expect(forms.page.all("h2").map(\.text).contains("Flags (6)"))
        // Today inside the range: shown apart, in no figure.
        let withToday = try self.forms(data, ["--from", "2026-11-04", "--to", "2026-11-11", "--today", "2026-11-11"])
        try Self.check(withToday, words: English())
        #expect(withToday.page.all("p", class: "today").first?.text
            == "Today so far (2026-11-11, not in the figures): 1 of 2 performances, 1 session")
        #expect(withToday.page.all("g", class: "day").last?.attributes["data-mark"] == "today")
    }

    @Test(arguments: [["--last", "8w"], ["--from", "2025-11-29", "--to", "2026-11-29"]])
    func everyFigureIsTheJSONsOnAGeneratedYear(range: [String]) throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = try Self.demo(scratch)
        for language in Language.allCases {
            try Self.check(try forms(data, range + ["--today", "2026-11-29"], language: language), words: language.reportHTML)
        }
    }

    /// The page against the JSON: the headline, pain, item and week figures, a bar per week,
    /// a point per answered week in each pain line, a day per day, the flags and problems.
    static func check(_ forms: Forms, words w: any ReportHTMLWords) throws {
        let (page, json) = (forms.page, forms.json)
        #expect(forms.html.hasPrefix("<!DOCTYPE html>\n"))
        func value(_ element: Page.Element?) -> Double? { element?.attributes["data-value"].flatMap(Double.init) }
        func number(_ any: Any?) -> Double? { (any as? NSNumber)?.doubleValue }
        func figure(_ row: Page.Element, _ name: String) throws -> Page.Element {
            let found = page.all(inside: row, "data-figure", name).first
            return try #require(found, "\(name) in \(row.attributes)")
        }
        /// What the reader sees of a share: the words' percent of its counts.
        func percent(_ tally: [String: Any]) -> String {
            let due = tally["due"] as! Int
            return w.percent(due == 0 ? nil : Double(tally["performed"] as! Int) / Double(due))
        }

        let headline = try #require(page.all("table", class: "figures").first)
        let adherence = json["adherence"] as! [String: Any]
        #expect(value(try figure(headline, "adherence")) == number(adherence["sessions"]))
        #expect(try figure(headline, "adherence").text == percent(adherence))
        #expect(value(try figure(headline, "dose")) == number(adherence["dose"]))
        #expect(value(try figure(headline, "sessions")) == number(json["sessions"]))

        let pain = json["pain"] as! [String: Any], missing = pain["missing"] as! [String: Int]
        for (key, mean) in [("before", "beforeMean"), ("after", "afterMean"), ("morning", "morningMean")] {
            let row = try #require(page.elements.first { $0.attributes["data-pain"] == key })
            #expect(value(try figure(row, "mean")) == number(pain[mean]), "\(key)")
            #expect(value(try figure(row, "missing")) == Double(missing[key]!), "\(key)")
        }

        let items = json["items"] as! [[String: Any]]
        let rows = page.all("tr", class: "item")
        #expect(rows.map { $0.attributes["data-item"] } == items.map { $0["item"] as? String })
        for (row, item) in zip(rows, items) {
            for (shown, key) in [("due", "due"), ("performed", "performed"), ("adherence", "adherence"), ("dose", "dose"),
                                 ("painDuring", "painDuringMean"), ("effort", "effortMean")] {
                #expect(value(try figure(row, shown)) == number(item[key]), "\(item["item"]!) \(key)")
            }
            #expect(try figure(row, "adherence").text == percent(item))
        }

        let weeks = json["weeks"] as! [[String: Any]]
        let weekRows = page.all("tr", class: "week")
        #expect(weekRows.map { $0.attributes["data-week"] } == weeks.map { $0["week"] as? String })
        for (row, week) in zip(weekRows, weeks) {
            for (shown, key) in [("adherence", "adherence"), ("dose", "dose"), ("before", "painBeforeMean"), ("after", "painAfterMean"),
                                 ("morning", "morningMean")] {
                #expect(value(try figure(row, shown)) == number(week[key]), "\(week["week"]!) \(key)")
            }
            #expect(try figure(row, "adherence").text == percent(week))
        }

        // The charts: a bar for each week, its value written; a point for each answered week.
        let bars = page.all("g", class: "bar")
        #expect(bars.count == weeks.count)
        #expect(bars.map { $0.attributes["data-week"] } == weeks.map { $0["week"] as? String })
        #expect(bars.map(value) == weeks.map { number($0["adherence"]) })
        let written = page.all("g", class: "values").first.map { page.all("text", class: "value", within: $0) } ?? []
        #expect(written.map(\.text) == weeks.map(percent))
        for (series, key) in [("before", "painBeforeMean"), ("after", "painAfterMean"), ("morning", "morningMean")] {
            let points = page.all("path", class: "point") + page.all("circle", class: "point") + page.all("rect", class: "point")
            let line = points.filter { $0.attributes["data-series"] == series }.sorted { $0.index < $1.index }
            let answered = weeks.filter { number($0[key]) != nil }
            #expect(line.count == answered.count, "\(series)")
            #expect(line.map { $0.attributes["data-week"] } == answered.map { $0["week"] as? String }, "\(series)")
            #expect(line.map(value) == answered.map { number($0[key]) }, "\(series)")
        }
        let from = LocalDate(json["from"] as! String)!, to = LocalDate(json["to"] as! String)!
        #expect(page.all("g", class: "day").map { $0.attributes["data-date"] }
            == (from.dayNumber...to.dayNumber).map { "\(LocalDate(dayNumber: $0))" })

        let flags = json["flags"] as! [[String: Any]]
        let listed = page.all("li", class: "flag")
        #expect(listed.count == flags.count)
        #expect(listed.map { $0.attributes["data-date"] } == flags.map { $0["date"] as? String })
        #expect(listed.map { $0.attributes["data-kind"] } == flags.map { $0["kind"] as? String })
        #expect(page.all("li", class: "problem").count == (json["problems"] as! [Any]).count)
        #expect((page.all("p", class: "today").count == 1) == !(json["today"] is NSNull))
    }

    @Test func textFromTheDataStaysText() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let hostile = "<script>alert(1)</script> & \"x\" 'y'"
        var program = ReportFixture.program
        program.patient = Patient(id: "p-7", name: hostile)
        program.title = hostile
        program.versions[1].note = hostile
        program.versions[0].items[0].exercise.name = hostile
        program.versions[1].items[0].exercise.name = hostile
        var logs = ReportFixture.byDate
        logs[LocalDate("2026-11-11")!]!.sessions[0].exercises[0].note = hostile
        let report = ReportBuilder.build(program: program, from: ReportFixture.from, to: ReportFixture.to, today: LocalDate("2026-11-12")!,
                                         logs: logs)
        let html = ReportHTML.render(report)
        #expect(!html.contains("<script"))
        let page = try Page(html)
        #expect(page.all("script").isEmpty)
        #expect(page.first("h1")?.text == "hep report: \(hostile) (p-7)")
        #expect(page.first("title")?.text == "hep report: \(hostile) (p-7)")
        #expect(page.first("p", class: "title")?.text == hostile)
        #expect(page.all("li", class: "version").last?.text == "Version 2 from 2026-11-09: " + hostile)
        #expect(page.all("tr", class: "item").first { $0.attributes["data-item"] == "a" }.map { page.all(inside: $0, "scope", "row") }?
            .first?.text == hostile)
        #expect(page.all("li", class: "flag").first?.text.contains("\(hostile): pain 4 during the session") == true)

        // Through hep itself, from files that passed its checks.
        let data = scratch.path + "/data"
        _ = scratch.write("data/program.json", String(decoding: Documents.encode(program), as: UTF8.self))
        for log in logs.values { _ = scratch.write("data/log/\(log.date).json", String(decoding: Documents.encode(log), as: UTF8.self)) }
        let shown = try run(Repo.hep, ["report", "--data", data, "--format", "html"] + Self.fixtureRange)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(!shown.stdout.contains("<script"))
        #expect(try Page(shown.stdout).first("h1")?.text == "hep report: \(hostile) (p-7)")
    }

    /// A right-to-left override in a name once made "(id demo-001)" read "(100-omed di)".
    @Test func aCharacterThatReordersTextIsShownNotObeyed() throws {
        var program = ReportFixture.program
        program.patient = Patient(id: "demo-001", name: "Alex Demo \u{202E}(id 999)")
        let report = ReportBuilder.build(program: program, from: ReportFixture.from, to: ReportFixture.to, today: LocalDate("2026-11-12")!,
                                         logs: ReportFixture.byDate)
        let page = try Page(ReportHTML.render(report))
        #expect(page.first("h1")?.text == "hep report: Alex Demo \u{FFFD}(id 999) (demo-001)")
        #expect(TerminalText.safe("Alex \u{202E}Demo \u{2066}x") == "Alex \\u{202E}Demo \\u{2066}x")
    }

    @Test func aSelfContainedPageForPaper() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let forms = try forms(ReportFixture.folder(scratch), Self.fixtureRange)
        let lower = forms.html.lowercased()
        #expect(!lower.contains("<script") && !lower.contains("http") && !lower.contains("src=") && !lower.contains("url(http"))
        #expect(forms.page.first("style")?.text.contains("@media print") == true)
        #expect(forms.page.first("html")?.attributes["lang"] == "en")
        // Every chart is described, and its axes are labelled.
        let charts = forms.page.all("svg", class: "chart")
        #expect(charts.count == 3, "one calendar block, the bars, the pain lines")
        for chart in charts {
            #expect(!(forms.page.all(inside: chart, "id", chart.attributes["id"]! + "-title").first?.text.isEmpty ?? true))
            #expect(!(forms.page.all(inside: chart, "id", chart.attributes["id"]! + "-desc").first?.text.isEmpty ?? true))
        }
        #expect(forms.page.all("line", class: "threshold").count == 1)
        #expect(forms.page.all("line", class: "limit").count == 1)
        let texts = forms.page.all("text").map(\.text)
        #expect(texts.contains("threshold 80%") && texts.contains("pain limit 5"))
        #expect(texts.contains("ISO week") && texts.contains("Pain (0-10)") && texts.contains("Done of due"))
        #expect(["0", "2", "4", "6", "8", "10"].allSatisfy(texts.contains))
        // The calendar's key explains every way a day is drawn.
        #expect(forms.page.all("g", class: "key").compactMap { $0.attributes["data-mark"] } == CalendarMark.allCases.map(\.rawValue))
    }

    @Test func spanishHeadingsAndFigures() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let forms = try forms(ReportFixture.folder(scratch), Self.fixtureRange, language: .es)
        try Self.check(forms, words: Spanish())
        let headings = forms.page.all("h2").map(\.text)
        #expect(headings == ["Versiones del programa en el periodo", "Cifras principales", "Calendario", "Adherencia en sesiones por semana",
                             "Dolor por semana", "Ejercicios", "Alertas (6)", "Problemas en los datos (1)"])
        #expect(forms.page.first("html")?.attributes["lang"] == "es")
        #expect(forms.page.first("p", class: "summary")?.text.hasPrefix("Resumen: Del 2026-11-04 al 2026-11-11") == true)
        #expect(forms.page.all("text").map(\.text).contains("umbral 80 %"))
    }

    @Test func outWritesAPrivateFileAndStandardOutputOtherwise() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let data = ReportFixture.folder(scratch)
        let out = scratch.path + "/report.html"
        let written = try run(Repo.hep, ["report", "--data", data, "--format", "html", "--out", out] + Self.fixtureRange)
        #expect(written.status == 0)
        #expect(written.stdout == """
            Wrote \(out), a report (html) holding:
              patient    Sam Fixture (id p-7)
              days       2026-11-04 to 2026-11-11
              figures    15 performances due, 4 sessions, 6 flags

            """, "what the file holds, so that nobody shares more than they meant to")
        #expect(mode(out) == 0o600)
        let printed = try run(Repo.hep, ["report", "--data", data, "--format", "html"] + Self.fixtureRange)
        #expect(readText(out) == printed.stdout)
        let inside = try run(Repo.hep, ["report", "--data", data, "--format", "html", "--out", data + "/report.html"] + Self.fixtureRange)
        #expect(inside.status == 73)
        #expect(!FileManager.default.fileExists(atPath: data + "/report.html"))
    }

    /// Chromium, when this machine has it: scripts/test installs it.
    static let chromium: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return ["chromium", "chromium-browser", "google-chrome"].lazy.flatMap { name in
            path.split(separator: ":").map { "\($0)/\(name)" }
        }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    @Test(.enabled(if: chromium != nil, "Chromium is not installed, so the page was not rendered (apt-get install chromium)"))
    func chromiumRendersThePage() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let file = scratch.path + "/report.html"
        let made = try run(Repo.hep, ["report", "--data", try Self.demo(scratch), "--format", "html", "--out", file, "--last", "8w",
                                      "--today", "2026-11-29"])
        #expect(made.status == 0)
        let png = scratch.path + "/page.png"
        let shot = try run("/usr/bin/timeout", ["120", Self.chromium!, "--headless", "--no-sandbox", "--disable-gpu",
                                                "--user-data-dir=\(scratch.path)/profile", "--screenshot=\(png)", "--window-size=1240,1754", file])
        #expect(shot.status == 0, "\(shot.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: png))
        #expect(bytes.count > 10_000)
        #expect(bytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "a PNG")
    }
}
