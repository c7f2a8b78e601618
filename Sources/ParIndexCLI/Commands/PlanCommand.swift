import ArgumentParser
import ParIndexCore
import ParIndexReports

struct PlanCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "What it takes to reach a band or a total: leaves with points available and a smallest set that reaches it."
    )

    @Argument(help: "The criteria-set YAML file.")
    var criteria: String

    @Argument(help: "The assessment YAML file.")
    var assessment: String

    @Option(help: "Target band key (see `parindex criteria show`).")
    var band: String?

    @Option(help: "Target total points, e.g. 90 or 87,5.")
    var total: String?

    @Option(help: "Which scores to start from: self, appraised or final.")
    var layer: LayerArgument = .self

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if (band == nil) == (total == nil) {
            throw ValidationError("Give exactly one of --band or --total / Chọn một trong --band hoặc --total.")
        }
    }

    func execute(_ console: Console) -> ExitStatus {
        let lang = language.lang
        let files = InputFiles(console: console, language: lang)
        guard let set = try? files.criteriaSet(criteria), let assessment = try? files.assessment(self.assessment, for: set) else {
            return .invalidInput
        }
        let target: PlanTarget
        if let band {
            guard set.bands.contains(where: { $0.key == band }) else {
                let keys = set.bands.map(\.key).joined(separator: ", ")
                console.error(LocalizedText(vi: "Không có mức xếp loại «\(band)» (các mức: \(keys))", en: "No band “\(band)” (bands: \(keys))").text(lang))
                return .invalidInput
            }
            target = .band(band)
        } else {
            switch Points.parse(total ?? "") {
            case .success(let points): target = .total(points)
            case .failure(let error):
                console.error("--total: " + error.message.text(lang))
                return .invalidInput
            }
        }
        let scorer = Scorer(set)
        let (result, problems) = scorer.score(assessment, view: layer.view)
        for problem in problems { console.error("[\(problem.code)] \(problem.message.text(lang))") }
        let plan = Planner(scorer: scorer).plan(result, target: target)
        console.print(PlanText.text(plan, set: set, lang))
        return problems.isEmpty ? .success : .invalidInput
    }
}
