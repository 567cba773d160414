/// A program file handed over (`hep program import`), taken only as a continuation of the
/// program here: the same patient, every version here unchanged, new versions dated after
/// the last recorded session. So an import can add versions but never rewrite the past.
public enum ProgramImport {
    public enum Outcome: Sendable {
        /// The file holds what is here already.
        case same
        /// The program with the file's new versions (none when only its details, such as the
        /// therapist's contact, changed), this folder's `installed` date kept.
        case continued(Prescription, added: [ProgramVersion])
    }

    public static func merge(_ incoming: Prescription, into here: Prescription, lastSession: LocalDate?) throws(ImportRefusal) -> Outcome {
        guard incoming.program.patient.id == here.program.patient.id else {
            throw .otherPatient(here: here.program.patient, file: incoming.program.patient)
        }
        let ours = here.document["versions"]?.items ?? []
        let theirs = incoming.document["versions"]?.items ?? []
        for (number, (a, b)) in zip(ours, theirs).enumerated() where JSONWriter.bytes(a) != JSONWriter.bytes(b) {
            throw .diverged(version: number + 1)
        }
        guard theirs.count >= ours.count else { throw .older(here: ours.count, file: theirs.count) }
        var document = ProgramInstaller.withoutInstalled(incoming.document)
        if let installed = here.document["installed"] { document = document.replacing("installed", with: installed) }
        if JSONWriter.bytes(document) == JSONWriter.bytes(here.document) { return .same }
        let added = Array(incoming.program.versions.dropFirst(ours.count))
        if let first = added.first, let lastSession, first.effective <= lastSession {
            throw .overSession(version: first.version, effective: first.effective, session: lastSession)
        }
        var program = incoming.program
        program.installed = here.program.installed
        return .continued(Prescription(program: program, document: document, path: here.path), added: added)
    }
}

/// Why a program file was not imported; nothing was written.
public enum ImportRefusal: Error, Equatable, Sendable {
    case otherPatient(here: Patient, file: Patient)
    case diverged(version: Int)
    case older(here: Int, file: Int)
    case overSession(version: Int, effective: LocalDate, session: LocalDate)
}
