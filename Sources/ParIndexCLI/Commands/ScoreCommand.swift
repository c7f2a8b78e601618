import ArgumentParser
import ParIndexCore
import ParIndexReports

struct ScoreCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score an assessment: the sheet, total, index and band, then the reconciliation with reported figures.",
        discussion: "Exit status: 0 consistent; 2 invalid input; 3 the reported figures disagree with the computed ones."
    )

    @Argument(help: "The criteria-set YAML file.")
    var criteria: String

    @Argument(help: "The assessment YAML file.")
    var assessment: String

    @Option(help: "Which scores: self (the unit's), appraised (the appraiser's only) or final (appraised, else self).")
    var layer: LayerArgument = .self

    @Option(help: "Output format: table or json.")
    var format: OutputFormat = .table

    @Flag(help: "With the table, explain every leaf's points: rule, inputs, result and layer (JSON always does).")
    var explain = false

    @OptionGroup var language: LanguageOption

    func execute(_ console: Console) -> ExitStatus {
        let files = InputFiles(console: console, language: language.lang)
        guard let set = try? files.criteriaSet(criteria), let assessment = try? files.assessment(self.assessment, for: set) else {
            return .invalidInput
        }
        let (result, problems) = Scorer(set).score(assessment, view: layer.view)
        let sheet = ScoreSheet(result: result, assessment: assessment, problems: problems)
        switch format {
        case .table: console.print(sheet.table(language.lang, explain: explain))
        case .json: console.print(sheet.json(language.lang).rendered())
        }
        if !problems.isEmpty {
            for problem in problems { console.error("[\(problem.code)] \(problem.message.text(language.lang))") }
            return .invalidInput
        }
        return sheet.isConsistent ? .success : .mismatch
    }
}
