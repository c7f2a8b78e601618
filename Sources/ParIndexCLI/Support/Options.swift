import ArgumentParser
import ParIndexCore

// Argument types of the CLI's own: Core's public enums cannot conform to ArgumentParser's
// protocols without making Core depend on it.

enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case table
    case json
}

enum LanguageArgument: String, CaseIterable, ExpressibleByArgument {
    case vi
    case en

    var language: Language { self == .vi ? .vi : .en }
}

enum LayerArgument: String, CaseIterable, ExpressibleByArgument {
    case `self`
    case appraised
    case final

    var view: ScoreView {
        switch self {
        case .self: .selfAssessed
        case .appraised: .appraised
        case .final: .final
        }
    }
}

struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of the output: vi (Vietnamese) or en (English).")
    var argument: LanguageArgument = .vi

    var lang: Language { argument.language }
}
