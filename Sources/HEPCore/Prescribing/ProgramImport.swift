/// A program file handed over (`hep program import`), taken only as a continuation of the
/// program here: the same patient, every version under which a session was recorded here
/// unchanged, and the file's versions from the first that differs dated after the last
/// recorded session. A version nobody has used yet may be replaced (the clinic changed it
/// the same day); a used one never is, so an import never rewrites a judged day.
public enum ProgramImport {
    public enum Outcome: Sendable {
        /// The file holds what is here already.
        case same
        /// The program as the file has it, this folder's `installed` date kept: `added` are
        /// its versions from the first that is new or differs (none when only the program's
        /// details changed), and `replacing` whether the first of them replaces one here.
        case continued(Prescription, added: [ProgramVersion], replacing: Bool)
    }

    public static func merge(_ incoming: Prescription, into here: Prescription, lastSession: LocalDate?) throws(ImportRefusal) -> Outcome {
        guard incoming.program.patient.id == here.program.patient.id else {
            throw .otherPatient(here: here.program.patient, file: incoming.program.patient)
        }
        let ours = here.document["versions"]?.items ?? []
        let theirs = incoming.document["versions"]?.items ?? []
        let differs = zip(ours, theirs).enumerated().first { JSONWriter.bytes($1.0) != JSONWriter.bytes($1.1) }?.offset
        if let k = differs, let lastSession, here.program.versions[k].effective <= lastSession {
            throw .diverged(version: k + 1, session: lastSession)
        }
        if differs == nil && theirs.count < ours.count { throw .older(here: ours.count, file: theirs.count) }
        let (before, after) = (here.program.effectivePainLimit, incoming.program.effectivePainLimit)
        if before != after, lastSession != nil { throw .painLimitChanged(from: before, to: after) }

        var document = ProgramInstaller.withoutInstalled(incoming.document)
        if let installed = here.document["installed"] { document = document.replacing("installed", with: installed) }
        if JSONWriter.bytes(document) == JSONWriter.bytes(here.document) { return .same }
        let added = Array(incoming.program.versions.dropFirst(differs ?? ours.count))
        if let first = added.first, let lastSession, first.effective <= lastSession {
            throw .overSession(version: first.version, effective: first.effective, session: lastSession)
        }
        var program = incoming.program
        program.installed = here.program.installed
        return .continued(Prescription(program: program, document: document, path: here.path), added: added, replacing: differs != nil)
    }
}

/// Why a program file was not imported; nothing was written.
public enum ImportRefusal: Error, Equatable, Sendable {
    case otherPatient(here: Patient, file: Patient)
    /// A version under which sessions were recorded here differs in the file.
    case diverged(version: Int, session: LocalDate)
    case older(here: Int, file: Int)
    case overSession(version: Int, effective: LocalDate, session: LocalDate)
    /// The program's own limit judges every recorded session's pain after.
    case painLimitChanged(from: Int, to: Int)
}
