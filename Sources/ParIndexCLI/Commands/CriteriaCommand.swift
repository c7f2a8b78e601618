import ArgumentParser
import ParIndexCore
import ParIndexReports

struct CriteriaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "criteria",
        abstract: "Validate criteria-set files or show their tree.",
        subcommands: [Validate.self, Show.self]
    )

    struct Validate: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check criteria-set files and report every problem (exit 2 if any).")

        @Argument(help: "Criteria-set YAML files.")
        var files: [String]

        @OptionGroup var language: LanguageOption

        func execute(_ console: Console) -> ExitStatus {
            let files = InputFiles(console: console, language: language.lang)
            var status = ExitStatus.success
            for path in self.files {
                guard let set = try? files.criteriaSet(path) else {
                    status = .invalidInput
                    continue
                }
                let tree = ScoringTree(set)
                console.print(LocalizedText(
                    vi: "\(path): hợp lệ — \(set.metadata.id), \(tree.rootNodes.count) lĩnh vực, \(tree.nodes.count) tiêu chí, \(tree.leafNodes.count) tiêu chí chấm điểm, tối đa \(set.settings.maximum.formatted(.vi)) điểm",
                    en: "\(path): valid — \(set.metadata.id), \(tree.rootNodes.count) fields, \(tree.nodes.count) nodes, \(tree.leafNodes.count) scored leaves, maximum \(set.settings.maximum.formatted(.en))").text(language.lang))
            }
            return status
        }
    }

    struct Show: ConsoleCommand {
        static let configuration = CommandConfiguration(abstract: "Print a criteria set's tree with maxima, kinds, rules and bands.")

        @Argument(help: "A criteria-set YAML file.")
        var file: String

        @OptionGroup var language: LanguageOption

        func execute(_ console: Console) -> ExitStatus {
            guard let set = try? InputFiles(console: console, language: language.lang).criteriaSet(file) else { return .invalidInput }
            console.print(CriteriaSetOutline.text(set, language.lang))
            return .success
        }
    }
}
