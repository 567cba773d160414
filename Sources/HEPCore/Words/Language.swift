/// The language hep speaks to a person. Every sentence comes from a table of words keyed
/// by meaning (`CommonWords`, `TodayWords`, and on the screens `SessionWords`); each
/// language answers every key, which the compiler checks. Data (JSON, CSV) carries codes
/// and numbers, never sentences.
public enum Language: String, CaseIterable, Sendable {
    case en, es

    /// The language the environment asks for, by the POSIX order (`LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`, the first that is set): Spanish for `es` and `es_*`,
    /// English for anything else.
    public static func from(environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value == "es" || value.hasPrefix("es_") || value.hasPrefix("es.") ? .es : .en
        }
        return .en
    }

    public var common: any CommonWords {
        switch self {
        case .en: return English()
        case .es: return Spanish()
        }
    }

    public var today: any TodayWords {
        switch self {
        case .en: return English()
        case .es: return Spanish()
        }
    }
}

/// hep's words in English.
public struct English: Sendable {
    public init() {}
}

/// hep's words in Spanish, as a physical therapist in Spain or Latin America would say
/// them to a patient (tú, plain words).
public struct Spanish: Sendable {
    public init() {}
}

extension Exercise {
    /// What the patient reads of the exercise in `language`: its translation when it has
    /// one, else the exercise as written.
    public func text(in language: Language) -> ExerciseText {
        var text = translations?[language.rawValue] ?? ExerciseText(name: name, instructions: instructions, cues: cues,
                                                                    safety: safety, sideWords: sideWords)
        if text.equipment == nil { text.equipment = equipment }
        return text
    }
}
