import ArgumentParser
import Foundation
import HEPCore

/// `--lang en|es`, on every command; without it, the language the environment asks for
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`). Declared here so the parser takes, checks and documents
/// it; its value is read before parsing (`runLanguage`), so the parser's errors speak it too.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp("The language: en or es (default: from LC_ALL, LC_MESSAGES or LANG).",
                                                          valueName: "language"))
    var choice: Language?

    var language: Language { runLanguage }
}

extension Language: ExpressibleByArgument {}
