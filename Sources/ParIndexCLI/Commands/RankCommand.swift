import ArgumentParser
import ParIndexCore
import ParIndexReports

struct RankCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank assessments of one criteria set: highest index first, ties share a rank, not-ranked units apart."
    )

    @Argument(help: "The criteria-set YAML file.")
    var criteria: String

    @Argument(help: "Assessment YAML files.")
    var assessments: [String]

    @Option(help: "Which scores: self, appraised or final.")
    var layer: LayerArgument = .final

    @OptionGroup var language: LanguageOption

    func execute(_ console: Console) -> ExitStatus {
        let files = InputFiles(console: console, language: language.lang)
        guard let set = try? files.criteriaSet(criteria) else { return .invalidInput }
        let scorer = Scorer(set)
        var entries: [Ranking.Entry] = []
        var status = ExitStatus.success
        for path in assessments {
            guard let assessment = try? files.assessment(path, for: set) else {
                status = .invalidInput
                continue
            }
            let (result, problems) = scorer.score(assessment, view: layer.view)
            for problem in problems { console.error("\(path): [\(problem.code)] \(problem.message.text(language.lang))") }
            if !problems.isEmpty { status = .invalidInput }
            entries.append(Ranking.Entry(unit: assessment.unit, index: result.index, ranked: assessment.ranked))
        }
        console.print(RankingTable.text(Ranking.rank(entries), decimals: set.settings.indexDecimals, language.lang))
        return status
    }
}
