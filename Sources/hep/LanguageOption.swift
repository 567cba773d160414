import ArgumentParser
import Foundation
import HEPCore

/// `--lang en|es`, for the commands that speak to a person; without it, the language the
/// environment asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`).
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp("The language: en or es (default: from LC_ALL, LC_MESSAGES or LANG).",
                                                          valueName: "language"))
    var choice: Language?

    var language: Language { choice ?? .from(environment: ProcessInfo.processInfo.environment) }
}

extension Language: ExpressibleByArgument {}
