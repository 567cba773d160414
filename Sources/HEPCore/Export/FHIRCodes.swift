/// The codes the FHIR export uses, from the terminologies a clinic's system knows
/// (SNOMED CT, LOINC, HL7's own), with each code's display as its terminology writes it.
enum FHIRCode {
    static let snomed = "http://snomed.info/sct"
    static let loinc = "http://loinc.org"

    /// A CodeableConcept with one coding, and `text` as the people who enter it would say it.
    static func concept(_ system: String, _ code: String, _ display: String, text: String? = nil) -> JSONValue {
        .object([("coding", .array([.object([("system", .string(system)), ("code", .string(code)), ("display", .string(display))])]))]
                + JSONValue.present([("text", text.map(JSONValue.string))]))
    }

    /// Every exercise is "exercise therapy"; its name says which.
    static func exercise(_ name: String) -> JSONValue { concept(snomed, "229065009", "Exercise therapy (regime/therapy)", text: name) }

    /// The side worked, as a SNOMED CT laterality qualifier; nil for an exercise without sides.
    static func laterality(_ side: Side) -> JSONValue? {
        switch side {
        case .right: return concept(snomed, "24028007", "Right")
        case .left: return concept(snomed, "7771000", "Left")
        case .both: return concept(snomed, "51440002", "Right and left")
        case .none: return nil
        }
    }

    static let pain = concept(loinc, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
    /// Borg CR10, 0 to 10, as the contract's `effort`.
    static let effort = concept(loinc, "82289-0", "Rating of perceived exertion [Score]")
    static let survey = concept("http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey")
}
