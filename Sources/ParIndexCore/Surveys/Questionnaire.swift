/// A survey questionnaire (phiếu khảo sát): sections of questions, versioned per year, read from
/// and written to YAML like criteria sets (docs/questionnaire-format.md). A closed question may
/// count toward one survey criterion of a criteria set, naming the answers that count as
/// satisfied ("Likert 4–5").
public struct Questionnaire: Equatable, Sendable {
    public var key: String
    public var year: Int
    public var version: Int
    public var title: LocalizedText
    public var targetGroups: [SurveyTargetGroup]
    public var sections: [Section]

    public init(key: String, year: Int, version: Int, title: LocalizedText, targetGroups: [SurveyTargetGroup], sections: [Section]) {
        self.key = key
        self.year = year
        self.version = version
        self.title = title
        self.targetGroups = targetGroups
        self.sections = sections
    }

    public struct Section: Equatable, Sendable {
        public var code: String
        public var title: LocalizedText
        public var questions: [Question]

        public init(code: String, title: LocalizedText, questions: [Question]) {
            self.code = code
            self.title = title
            self.questions = questions
        }
    }

    /// Every question, in order.
    public var questions: [Question] { sections.flatMap(\.questions) }

    /// The question with `code`, if any.
    public func question(_ code: String) -> Question? { questions.first { $0.code == code } }

    /// The survey criteria the questionnaire counts toward, in the order they first appear.
    public var countedCriteria: [String] {
        var seen: [String] = []
        for question in questions { if let code = question.counts?.criterion, !seen.contains(code) { seen.append(code) } }
        return seen
    }
}

/// Who answers: the four groups of the PAR survey.
public enum SurveyTargetGroup: String, CaseIterable, Sendable, Codable {
    case citizens
    case businesses
    case officials
    case leaders

    public var title: LocalizedText {
        switch self {
        case .citizens: LocalizedText(vi: "Người dân", en: "Citizens")
        case .businesses: LocalizedText(vi: "Doanh nghiệp", en: "Businesses")
        case .officials: LocalizedText(vi: "Công chức, viên chức", en: "Officials")
        case .leaders: LocalizedText(vi: "Lãnh đạo", en: "Leaders")
        }
    }
}

public struct Question: Equatable, Sendable {
    public var code: String
    public var text: LocalizedText
    public var kind: Kind
    public var required: Bool
    public var counts: Counting?

    public init(code: String, text: LocalizedText, kind: Kind, required: Bool, counts: Counting? = nil) {
        self.code = code
        self.text = text
        self.kind = kind
        self.required = required
        self.counts = counts
    }

    public enum Kind: Equatable, Sendable {
        case singleChoice([Option])
        /// 1 (very dissatisfied) to 5 (very satisfied).
        case likert
        case yesNo
        case multipleChoice([Option])
        case shortText(maximumLength: Int)

        public var name: String {
            switch self {
            case .singleChoice: "single_choice"
            case .likert: "likert"
            case .yesNo: "yes_no"
            case .multipleChoice: "multiple_choice"
            case .shortText: "short_text"
            }
        }

        /// The answers a closed question accepts, as stored ("1"…"5", "yes"/"no", option keys);
        /// empty for a text question.
        public var answerKeys: [String] {
            switch self {
            case let .singleChoice(options), let .multipleChoice(options): options.map(\.key)
            case .likert: Self.likertKeys
            case .yesNo: ["yes", "no"]
            case .shortText: []
            }
        }

        public var isClosed: Bool {
            if case .shortText = self { return false }
            return true
        }

        public static let likertKeys = ["1", "2", "3", "4", "5"]
    }

    public struct Option: Equatable, Sendable {
        public var key: String
        public var label: LocalizedText

        public init(key: String, label: LocalizedText) {
            self.key = key
            self.label = label
        }
    }

    /// The survey criterion a closed question counts toward, and which answers count as satisfied.
    public struct Counting: Equatable, Sendable {
        public var criterion: String
        public var satisfied: Set<String>

        public init(criterion: String, satisfied: Set<String>) {
            self.criterion = criterion
            self.satisfied = satisfied
        }
    }

    /// Whether the chosen answer keys count as satisfied: for several choices, any one chosen that
    /// counts. nil when the question counts toward nothing or was not answered.
    public func isSatisfied(by chosen: [String]) -> Bool? {
        guard let counts, !chosen.isEmpty else { return nil }
        return chosen.contains { counts.satisfied.contains($0) }
    }
}
