/// Reading one respondent's answers against the questionnaire: every value is checked against
/// its question (a Likert answer is 1–5, a choice is one of the options, a text is within its
/// length and holds no control characters), required questions must be answered, and nothing
/// else may be sent. What is kept is one text per answered question.
extension Questionnaire {
    /// Separates the chosen keys of a several-choices answer as stored. Option keys are codes
    /// (letters, digits, `.`, `-`, `_`), so they never hold it.
    public static let choiceSeparator: Character = ","

    /// Why a set of answers was refused, per question code (an empty code for the set as a whole).
    public struct AnswerProblems: Error, Equatable, Sendable {
        public var problems: [String: LocalizedText]

        public init(problems: [String: LocalizedText]) { self.problems = problems }

        /// Every problem, in the questionnaire's order of questions.
        public func ordered(in questionnaire: Questionnaire) -> [(code: String, message: LocalizedText)] {
            let order = questionnaire.questions.map(\.code)
            return problems.sorted { (order.firstIndex(of: $0.key) ?? -1, $0.key) < (order.firstIndex(of: $1.key) ?? -1, $1.key) }
                .map { (code: $0.key, message: $0.value) }
        }
    }

    /// At most this many values arrive for one question (the options of the longest list).
    public static let mostValuesPerQuestion = 50

    /// The answers as kept (question code → text; chosen keys joined by `choiceSeparator`), or
    /// every problem found. `sent` maps a question code to the values sent for it; empty values
    /// count as not answered.
    public func read(_ sent: [String: [String]]) -> Result<[String: String], AnswerProblems> {
        var problems: [String: LocalizedText] = [:]
        var kept: [String: String] = [:]
        for code in sent.keys where question(code) == nil {
            problems[code] = LocalizedText(vi: "Không có câu hỏi «\(code.prefix(40))» trong phiếu.", en: "The questionnaire has no question “\(code.prefix(40))”.")
        }
        for question in questions {
            let values = (sent[question.code] ?? []).map { $0.trimmingSurroundingWhitespace() }.filter { !$0.isEmpty }
            guard !values.isEmpty else {
                if question.required {
                    problems[question.code] = LocalizedText(vi: "Câu \(question.code) cần được trả lời.", en: "Question \(question.code) needs an answer.")
                }
                continue
            }
            switch Self.check(values, against: question) {
            case let .kept(text): kept[question.code] = text
            case let .refused(problem): problems[question.code] = problem
            }
        }
        return problems.isEmpty ? .success(kept) : .failure(AnswerProblems(problems: problems))
    }

    private static func check(_ values: [String], against question: Question) -> Checked {
        let code = question.code
        switch question.kind {
        case .shortText(let maximumLength):
            guard values.count == 1, let text = values.first else {
                return .refused(LocalizedText(vi: "Câu \(code) chỉ nhận một câu trả lời.", en: "Question \(code) takes one answer."))
            }
            do {
                let clean = try TextInput.clean(text, as: .paragraph)
                guard clean.unicodeScalars.count <= maximumLength else {
                    return .refused(LocalizedText(vi: "Câu \(code) dài quá \(maximumLength) ký tự.", en: "Answer \(code) is longer than \(maximumLength) characters."))
                }
                return .kept(clean)
            } catch {
                return .refused(error.message(label: LocalizedText(vi: "Câu trả lời \(code)", en: "Answer \(code)")))
            }
        case .multipleChoice(let options):
            let keys = Set(options.map(\.key))
            guard values.count <= min(options.count, mostValuesPerQuestion) else {
                return .refused(LocalizedText(vi: "Câu \(code) nhận nhiều lựa chọn quá.", en: "Question \(code) received too many choices."))
            }
            guard let unknown = values.first(where: { !keys.contains($0) }) else {
                // Kept in the options' order, each once, whatever order they came in.
                return .kept(options.map(\.key).filter(values.contains).joined(separator: String(choiceSeparator)))
            }
            return .refused(unknownAnswer(unknown, code: code))
        case .singleChoice, .likert, .yesNo:
            guard values.count == 1, let value = values.first else {
                return .refused(LocalizedText(vi: "Câu \(code) chỉ chọn một phương án.", en: "Question \(code) takes one choice."))
            }
            guard question.kind.answerKeys.contains(value) else { return .refused(unknownAnswer(value, code: code)) }
            return .kept(value)
        }
    }

    private enum Checked {
        case kept(String)
        case refused(LocalizedText)
    }

    private static func unknownAnswer(_ value: String, code: String) -> LocalizedText {
        let shown = String(value.unicodeScalars.prefix(40).filter { TextInput.isAllowed($0, in: .line) }.map(Character.init))
        return LocalizedText(vi: "Câu \(code) không có phương án «\(shown)».", en: "Question \(code) has no choice “\(shown)”.")
    }

    /// The chosen keys of a kept answer (one for a single choice; none for a text question).
    public static func chosen(_ kept: String, of question: Question) -> [String] {
        switch question.kind {
        case .shortText: []
        case .multipleChoice: kept.split(separator: choiceSeparator).map(String.init)
        case .singleChoice, .likert, .yesNo: [kept]
        }
    }
}
