import HEPCore

/// Builds an invalid file from a valid one by changing one thing at a JSON path
/// (`versions.0.items.1.sets`), so each case shows exactly which rule it breaks.
enum Edit: Sendable {
    case set(String, String)   // path, new value as JSON text
    case remove(String)
    case text(String)          // the whole file
    case bytes([UInt8])

    func apply(to base: JSONValue) -> [UInt8] {
        switch self {
        case let .set(path, json): return Array(JSONWriter.pretty(edit(base, steps(path), json: json)).utf8)
        case let .remove(path): return Array(JSONWriter.pretty(edit(base, steps(path), json: nil)).utf8)
        case let .text(text): return Array(text.utf8)
        case let .bytes(bytes): return bytes
        }
    }

    private func steps(_ path: String) -> [Substring] { path.split(separator: ".") }

    private func edit(_ value: JSONValue, _ steps: [Substring], json: String?) -> JSONValue {
        guard let step = steps.first else { return try! JSONParser.parse(Array(json!.utf8)) }
        let rest = Array(steps.dropFirst())
        switch value {
        case var .array(items):
            let i = Int(step)!
            if rest.isEmpty && json == nil {
                items.remove(at: i)
            } else if i == items.count {
                items.append(edit(.null, rest, json: json))
            } else {
                items[i] = edit(items[i], rest, json: json)
            }
            return .array(items)
        case var .object(members):
            let key = String(step)
            if let i = members.firstIndex(where: { $0.key == key }) {
                if rest.isEmpty && json == nil { members.remove(at: i) } else { members[i].value = edit(members[i].value, rest, json: json) }
            } else {
                members.append((key, edit(.null, rest, json: json)))
            }
            return .object(members)
        default:
            fatalError("no \(step) in \(value)")
        }
    }
}

/// A day log that is valid against the example program, for the log cases to break.
let validLog = """
{
  "schema": "hep.log/1",
  "date": "2026-11-24",
  "morningPain": 1,
  "sessions": [
    {
      "id": "s-080000",
      "started": "2026-11-24T08:00:00+01:00",
      "ended": "2026-11-24T08:30:00+01:00",
      "programVersion": 2,
      "painBefore": 2,
      "painAfter": 3,
      "exercises": [
        {"item": "slr-r", "status": "done", "skipReason": null,
         "sets": [{"side": "right", "reps": 12, "completed": "2026-11-24T08:05:00+01:00"}],
         "painDuring": 2, "effort": 3, "note": null},
        {"item": "bridge", "status": "skipped", "skipReason": "time", "sets": [],
         "painDuring": null, "effort": null, "note": null}
      ]
    }
  ]
}
"""
