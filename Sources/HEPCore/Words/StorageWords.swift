// What a failed read or write, or a data folder that is not private, says to a person.

extension English {
    public func storage(_ reason: StorageError.Reason) -> String {
        let kept = { (kept: Bool) in kept ? "; the previous version is kept" : "" }
        switch reason {
        case let .notAFolder(path): return "cannot use \(path): it is not a folder"
        case let .cannotCreateFolder(path, system): return "cannot create the folder \(path): \(system)"
        case let .cannotWrite(path, system, previous): return "cannot write \(path): \(system)\(kept(previous))"
        case let .cannotKeepOldVersion(path, system, previous):
            return "cannot keep the old version of \(path): \(system)\(kept(previous))"
        case let .cannotRead(path, system): return "cannot read \(path): \(system)"
        case let .unreadable(problems): return problems.map { $0.description }.joined(separator: "; ")
        case let .cannotMoveAside(path, system): return "cannot move the unreadable \(path) aside: \(system)"
        case let .noSuchRecord(path): return "cannot record in \(path): no such session or record"
        case let .programExists(path): return "\(path) already holds a program; use --force to replace it (the old one is kept beside it)"
        case let .notPrivate(privacy): return self.privacy(privacy)
        case let .cannotOpenLock(folder, lock, system): return "cannot record in \(folder): cannot open \(lock): \(system)"
        case let .locked(folder, pid, lock):
            return "another hep is recording in \(folder) (pid \(pid.map(String.init) ?? "unknown") holds \(lock))"
        case let .cannotLock(lock, system): return "cannot lock \(lock): \(system)"
        case .nothingBeforeAProgram: return "nothing can be recorded before a program is installed"
        case let .exampleMissing(beside): return "hep's bundled example program is not installed beside \(beside)"
        }
    }

    public func privacy(_ privacy: Privacy) -> String {
        switch privacy {
        case let .ownedByAnother(path, owner, user):
            return "\(path) belongs to \(owner), not to you; run hep as \(owner), or take the folder with: chown -R \(user) \(shellQuoted(path))"
        case let .writableByOthers(path, mode):
            return "\(path) can be written by others (mode \(mode)); make it yours alone with: chmod go-w \(shellQuoted(path))"
        }
    }
}

extension Spanish {
    public func storage(_ reason: StorageError.Reason) -> String {
        let kept = { (kept: Bool) in kept ? "; la versión anterior se conserva" : "" }
        switch reason {
        case let .notAFolder(path): return "no se puede usar \(path): no es una carpeta"
        case let .cannotCreateFolder(path, system): return "no se pudo crear la carpeta \(path): \(system)"
        case let .cannotWrite(path, system, previous): return "no se pudo escribir \(path): \(system)\(kept(previous))"
        case let .cannotKeepOldVersion(path, system, previous):
            return "no se pudo conservar la versión anterior de \(path): \(system)\(kept(previous))"
        case let .cannotRead(path, system): return "no se pudo leer \(path): \(system)"
        case let .unreadable(problems): return problems.map { $0.description(in: .es) }.joined(separator: "; ")
        case let .cannotMoveAside(path, system): return "no se pudo apartar el archivo ilegible \(path): \(system)"
        case let .noSuchRecord(path): return "no se puede registrar en \(path): no existe esa sesión o ese registro"
        case let .programExists(path):
            return "\(path) ya tiene un programa; usa --force para sustituirlo (el anterior se conserva a su lado)"
        case let .notPrivate(privacy): return self.privacy(privacy)
        case let .cannotOpenLock(folder, lock, system): return "no se puede registrar en \(folder): no se pudo abrir \(lock): \(system)"
        case let .locked(folder, pid, lock):
            return "otro hep está registrando en \(folder) (el proceso \(pid.map(String.init) ?? "desconocido") tiene \(lock))"
        case let .cannotLock(lock, system): return "no se pudo bloquear \(lock): \(system)"
        case .nothingBeforeAProgram: return "no se puede registrar nada antes de instalar un programa"
        case let .exampleMissing(beside): return "el programa de ejemplo de hep no está instalado junto a \(beside)"
        }
    }

    public func privacy(_ privacy: Privacy) -> String {
        switch privacy {
        case let .ownedByAnother(path, owner, user):
            return "\(path) pertenece a \(owner), no a ti; ejecuta hep como \(owner) o quédate con la carpeta con: chown -R \(user) \(shellQuoted(path))"
        case let .writableByOthers(path, mode):
            return "otras personas pueden escribir en la carpeta \(path) (permisos \(mode)); hazla privada con: chmod go-w \(shellQuoted(path))"
        }
    }
}
