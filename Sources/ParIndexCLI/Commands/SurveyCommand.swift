import ArgumentParser
import ParIndexCore
import ParIndexReports

struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Check survey questionnaires against a criteria set, or draw a link's QR code.",
        subcommands: [Check.self, QR.self]
    )

    struct Check: ConsoleCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check questionnaire files and that what they count toward is a survey leaf of the set (exit 2 if not).")

        @Argument(help: "The criteria-set YAML file the questionnaires feed.")
        var set: String

        @Argument(help: "Questionnaire YAML files.")
        var files: [String]

        @OptionGroup var language: LanguageOption

        func execute(_ console: Console) -> ExitStatus {
            let input = InputFiles(console: console, language: language.lang)
            guard let criteriaSet = try? input.criteriaSet(set) else { return .invalidInput }
            var status = ExitStatus.success
            for path in files {
                guard let questionnaire = try? input.questionnaire(path) else {
                    status = .invalidInput
                    continue
                }
                let problems = questionnaire.problems(against: criteriaSet).map { issue in
                    var located = issue
                    located.file = path
                    return located
                }
                guard problems.isEmpty else {
                    input.report(problems)
                    status = .invalidInput
                    continue
                }
                let counted = questionnaire.countedCriteria.joined(separator: ", ")
                console.print(LocalizedText(
                    vi: "\(path): hợp lệ — \(questionnaire.key) \(questionnaire.year) (bản \(questionnaire.version)), \(questionnaire.questions.count) câu hỏi, tính vào tiêu chí \(counted.isEmpty ? "(không)" : counted)",
                    en: "\(path): valid — \(questionnaire.key) \(questionnaire.year) (version \(questionnaire.version)), \(questionnaire.questions.count) questions, counting toward \(counted.isEmpty ? "(none)" : counted)").text(language.lang))
            }
            return status
        }
    }

    struct QR: ConsoleCommand {
        static let configuration = CommandConfiguration(
            commandName: "qr", abstract: "Print the QR code of a text (a survey link) as SVG.")

        @Argument(help: "The text to encode, usually the link https://…/s/CODE.")
        var text: String

        @OptionGroup var language: LanguageOption

        func execute(_ console: Console) -> ExitStatus {
            do {
                console.print(try QRCode(text, correction: .medium).svg(title: text))
                return .success
            } catch {
                guard case let .tooLong(bytes, capacity) = error else { return .invalidInput }
                console.error(LocalizedText(vi: "Văn bản dài \(bytes) byte, quá \(capacity) byte mà mã QR chứa được",
                                            en: "The text is \(bytes) bytes, more than the \(capacity) a QR code here holds").text(language.lang))
                return .invalidInput
            }
        }
    }
}
