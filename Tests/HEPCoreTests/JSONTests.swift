import Foundation
import HEPCore
import TestSupport
import Testing

/// The reader keeps what Foundation would lose; the writer produces the contract's text.
@Suite struct JSONTests {
    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    @Test func numbersKeepTheirSpelling() throws {
        let value = try parse("[1e400, 5.0, -0, 12]")
        #expect(value == .array([.number("1e400"), .number("5.0"), .number("-0"), .number("12")]))
        guard case let .array(items) = value else { return }
        #expect(items.map(\.integer) == [nil, nil, 0, 12])
    }

    @Test func escapesAndAstralCharactersDecode() throws {
        #expect(try parse(#""a\"b\\c\/d\n\u00e9\ud83d\ude00""#) == .string("a\"b\\c/d\né😀"))
    }

    @Test func nestingUpToTheLimitIsFine() throws {
        let limit = JSONParser.maxDepth
        _ = try parse(String(repeating: "[", count: limit) + String(repeating: "]", count: limit))
        let error = #expect(throws: JSONSyntaxError.self) {
            try parse(String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1))
        }
        #expect(error.map { "\($0.line):\($0.column): \($0.message)" } == "1:\(limit + 1): nested deeper than \(limit) levels")
    }

    @Test func columnsCountCharactersNotBytes() {
        let error = #expect(throws: JSONSyntaxError.self) { try parse("{\n\"ééé\": 1 x}") }
        #expect(error.map { "\($0.line):\($0.column): \($0.message)" } == "2:10: expected ',' or '}' in an object, found 'x'")
    }

    @Test func theWriterSortsKeysAndIndentsByTwo() throws {
        let value = try parse(#"{"b": [], "a": {"z": [1, {"y": null}], "e": {}}, "c": "tab\there\u0001"}"#)
        #expect(JSONWriter.pretty(value) == """
            {
              "a": {
                "e": {},
                "z": [
                  1,
                  {
                    "y": null
                  }
                ]
              },
              "b": [],
              "c": "tab\\there\\u0001"
            }

            """)
        #expect(try parse(JSONWriter.pretty(value)) != value)  // members are re-ordered...
        #expect(JSONWriter.pretty(try parse(JSONWriter.pretty(value))) == JSONWriter.pretty(value))  // ...once
    }

    @Test func quotedValuesAreCutForMessages() throws {
        #expect(JSONWriter.compact(.string(String(repeating: "x", count: 100))).count == 40)
        #expect(JSONWriter.compact(try parse(#"{"a": [1, true]}"#)) == #"{"a": [1, true]}"#)
    }
}

@Suite struct DemoHistoryTests {
    @Test func demoHistoryIsReproducibleValidAndRealistic() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        func write(_ name: String, seed: String) throws -> String {
            let data = scratch.path + "/" + name
            let result = try hep("demo-history", "--years", "1", "--seed", seed, "--today", "2026-11-29", "--data", data)
            #expect(result.status == 0, "\(result.stderr)")
            return data
        }
        let a = try write("a", seed: "9"), b = try write("b", seed: "9"), c = try write("c", seed: "10")
        #expect(snapshot(a + "/log").mapValues { $0.split(separator: " ").last! } == snapshot(b + "/log").mapValues { $0.split(separator: " ").last! })
        #expect(snapshot(a + "/log").mapValues { $0.split(separator: " ").last! } != snapshot(c + "/log").mapValues { $0.split(separator: " ").last! })
        #expect(try hep("validate", "--data", a).status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(try hep("report", "--data", a, "--today", "2026-11-29", "--last", "52w",
                                                                           "--format", "json").stdout.utf8)) as! [String: Any]
        let adherence = (json["adherence"] as! [String: Any])["sessions"] as! Double
        #expect(adherence > 0.4 && adherence < 0.95, "adherence that is neither perfect nor absent")
        #expect((json["versions"] as! [Any]).count == 2, "the progression falls inside the history")
        let missing = (json["pain"] as! [String: Any])["missing"] as! [String: Int]
        #expect(missing["after"]! > 0 && missing["morning"]! > 0)
        let skipped = (json["items"] as! [[String: Any]]).flatMap { ($0["skipped"] as! [String: Int]).keys }
        #expect(Set(skipped).count >= 4, "skips with several reasons")
        let refused = try hep("demo-history", "--data", a)
        #expect(refused.status == 73)
        #expect(refused.stderr == "hep: \(a) already holds a patient's data; demo-history writes only into a new folder\n")
    }

    @Test func hepDataIsUsedWhenNoOptionIsGiven() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let result = try run(Repo.hep, ["init"], environment: ["HEP_DATA": scratch.path + "/env"])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/env/program.json"))
    }
}
