import Yams

extension Questionnaire {
    /// Reads a questionnaire from YAML (format: docs/questionnaire-format.md), reporting every
    /// problem with its line: unknown keys, codes, kinds, options, and `counts` that name answers
    /// the question cannot have.
    public static func fromYAML(_ text: String, file: String? = nil) throws(ValidationFailure) -> Questionnaire {
        let reader = YAMLReader(file: file)
        let questionnaire = reader.root(text)
            .flatMap { reader.mapping($0, code: nil, what: LocalizedText(vi: "Phiếu khảo sát", en: "A questionnaire")) }
            .flatMap { QuestionnaireDecoder(reader: reader).decode($0) }
        guard let questionnaire, reader.issues.isEmpty else { throw ValidationFailure(reader.issues) }
        return questionnaire
    }

    /// The questionnaire in the format `fromYAML` reads; reading it back gives the same value.
    public func toYAML() throws -> String {
        func text(_ value: String) -> Node { .scalar(.init(value, Tag(.str), .doubleQuoted)) }
        func plain(_ value: String) -> Node { .scalar(.init(value)) }
        func localized(_ key: String, _ value: LocalizedText) -> [(Node, Node)] {
            value.en == value.vi ? [(plain(key), text(value.vi))] : [(plain(key), text(value.vi)), (plain(key + "_en"), text(value.en))]
        }
        func question(_ question: Question) -> Node {
            var pairs: [(Node, Node)] = [(plain("code"), text(question.code))]
            pairs += localized("text", question.text)
            pairs.append((plain("kind"), plain(question.kind.name)))
            pairs.append((plain("required"), plain(question.required ? "true" : "false")))
            switch question.kind {
            case let .singleChoice(options), let .multipleChoice(options):
                pairs.append((plain("options"), .sequence(.init(options.map { option in
                    .mapping(.init([(plain("key"), text(option.key))] + localized("label", option.label)))
                }))))
            case let .shortText(maximumLength):
                pairs.append((plain("max_length"), plain(String(maximumLength))))
            case .likert, .yesNo:
                break
            }
            if let counts = question.counts {
                let satisfied = question.kind.answerKeys.filter(counts.satisfied.contains)
                pairs.append((plain("counts"), .mapping(.init([
                    (plain("criterion"), text(counts.criterion)),
                    (plain("satisfied"), .sequence(.init(satisfied.map(text)))),
                ]))))
            }
            return .mapping(.init(pairs))
        }
        var top: [(Node, Node)] = [(plain("questionnaire"), text(key)), (plain("year"), plain(String(year))),
                                   (plain("version"), plain(String(version)))]
        top += localized("title", title)
        top.append((plain("target_groups"), .sequence(.init(targetGroups.map { plain($0.rawValue) }))))
        top.append((plain("sections"), .sequence(.init(sections.map { section in
            .mapping(.init([(plain("code"), text(section.code))] + localized("title", section.title)
                + [(plain("questions"), .sequence(.init(section.questions.map(question))))]))
        }))))
        return try Yams.serialize(node: .mapping(.init(top)), width: -1, allowUnicode: true)
    }
}

/// Turns the mappings of a questionnaire file into the model.
struct QuestionnaireDecoder {
    let reader: YAMLReader

    /// Longest answer a short-text question may allow; its default.
    static let longestText = 2_000
    static let defaultTextLength = 500

    func decode(_ top: YAMLMapping) -> Questionnaire? {
        top.rejectUnknownKeys(["questionnaire", "year", "version", "title", "title_en", "target_groups", "sections"])
        let key = top.string("questionnaire", required: true)
        if let key { code(key, what: "questionnaire", line: top.line, in: top) }
        let year = top.int("year", required: true)
        let version = top.int("version") ?? 1
        let title = top.text("title", required: true)
        let groups = top.list("target_groups").compactMap { node -> SurveyTargetGroup? in
            guard let name = node.string, let group = SurveyTargetGroup(rawValue: name) else {
                let names = SurveyTargetGroup.allCases.map(\.rawValue).joined(separator: ", ")
                reader.report(line: node.mark?.line, code: nil, LocalizedText(
                    vi: "«target_groups»: «\(node.string ?? "?")» không hợp lệ (chọn trong: \(names))",
                    en: "“target_groups”: “\(node.string ?? "?")” is not valid (one of: \(names))"))
                return nil
            }
            return group
        }
        if groups.isEmpty, !top.has("target_groups") { top.missing("target_groups") }
        if !top.has("sections") { top.missing("sections") }
        let sections = top.list("sections").compactMap(section)
        var seen = Set<String>()
        for question in sections.flatMap(\.questions) where !seen.insert(question.code).inserted {
            reader.report(line: nil, code: question.code, LocalizedText(vi: "Mã câu hỏi «\(question.code)» bị trùng",
                                                                        en: "Question code “\(question.code)” is used twice"))
        }
        if !sections.isEmpty, sections.allSatisfy(\.questions.isEmpty) {
            reader.report(line: top.line, code: nil, LocalizedText(vi: "Phiếu không có câu hỏi nào", en: "The questionnaire has no question"))
        }
        guard let key, let year, let title else { return nil }
        return Questionnaire(key: key, year: year, version: max(version, 1), title: title, targetGroups: groups, sections: sections)
    }

    private func section(_ node: Node) -> Questionnaire.Section? {
        guard let map = reader.mapping(node, code: nil, what: LocalizedText(vi: "Một phần của phiếu", en: "A section")) else { return nil }
        map.rejectUnknownKeys(["code", "title", "title_en", "questions"])
        let sectionCode = map.string("code", required: true)
        if let sectionCode { code(sectionCode, what: "code", line: map.line, in: map) }
        let title = map.text("title", required: true)
        let questions = map.list("questions").compactMap { question($0, section: sectionCode) }
        guard let sectionCode, let title else { return nil }
        return Questionnaire.Section(code: sectionCode, title: title, questions: questions)
    }

    private func question(_ node: Node, section: String?) -> Question? {
        guard let map = reader.mapping(node, code: section, what: LocalizedText(vi: "Một câu hỏi", en: "A question")) else { return nil }
        map.rejectUnknownKeys(["code", "text", "text_en", "kind", "required", "options", "max_length", "counts"])
        let questionCode = map.string("code", required: true)
        let located = YAMLMapping(mapping: map.mapping, reader: reader, code: questionCode ?? section, line: map.line)
        if let questionCode { code(questionCode, what: "code", line: map.line, in: located) }
        let text = located.text("text", required: true)
        guard let kindName = located.string("kind", required: true) else { return nil }
        let kind: Question.Kind
        switch kindName {
        case "single_choice": kind = .singleChoice(options(located))
        case "multiple_choice": kind = .multipleChoice(options(located))
        case "likert": kind = .likert
        case "yes_no": kind = .yesNo
        case "short_text":
            let length = located.int("max_length") ?? Self.defaultTextLength
            if length < 1 || length > Self.longestText {
                located.reader.report(line: located.line, code: located.code, LocalizedText(
                    vi: "«max_length» phải từ 1 đến \(Self.longestText)", en: "“max_length” must be between 1 and \(Self.longestText)"))
            }
            kind = .shortText(maximumLength: min(max(length, 1), Self.longestText))
        default:
            reader.report(line: map.line, code: located.code, LocalizedText(
                vi: "«kind»: «\(kindName)» không hợp lệ (chọn trong: single_choice, likert, yes_no, multiple_choice, short_text)",
                en: "“kind”: “\(kindName)” is not valid (one of: single_choice, likert, yes_no, multiple_choice, short_text)"))
            return nil
        }
        switch kind {
        case .singleChoice, .multipleChoice:
            if kind.answerKeys.count < 2 {
                reader.report(line: map.line, code: located.code, LocalizedText(vi: "Câu hỏi lựa chọn cần ít nhất hai phương án",
                                                                                en: "A choice question needs at least two options"))
            }
        default:
            if located.has("options") {
                reader.report(line: map.line, code: located.code, LocalizedText(vi: "Loại câu hỏi «\(kindName)» không có «options»",
                                                                                en: "A “\(kindName)” question has no “options”"))
            }
        }
        if located.has("max_length"), kind.isClosed {
            reader.report(line: map.line, code: located.code, LocalizedText(vi: "Chỉ câu trả lời ngắn mới có «max_length»",
                                                                            en: "Only a short_text question has “max_length”"))
        }
        let counts = located.child("counts").flatMap { counting($0, kind: kind) }
        guard let questionCode, let text else { return nil }
        return Question(code: questionCode, text: text, kind: kind, required: located.bool("required") ?? kind.isClosed, counts: counts)
    }

    private func options(_ map: YAMLMapping) -> [Question.Option] {
        var keys = Set<String>()
        return map.list("options").compactMap { node in
            guard let option = reader.mapping(node, code: map.code, what: LocalizedText(vi: "Một phương án", en: "An option")) else { return nil }
            option.rejectUnknownKeys(["key", "label", "label_en"])
            let key = option.string("key", required: true)
            if let key {
                code(key, what: "key", line: option.line, in: option)
                if !keys.insert(key).inserted {
                    reader.report(line: option.line, code: map.code, LocalizedText(vi: "Phương án «\(key)» bị trùng", en: "Option “\(key)” is used twice"))
                }
            }
            guard let key, let label = option.text("label", required: true) else { return nil }
            return Question.Option(key: key, label: label)
        }
    }

    private func counting(_ map: YAMLMapping, kind: Question.Kind) -> Question.Counting? {
        map.rejectUnknownKeys(["criterion", "satisfied"])
        guard kind.isClosed else {
            reader.report(line: map.line, code: map.code, LocalizedText(vi: "Câu trả lời ngắn không thể tính vào tiêu chí",
                                                                        en: "A short_text question cannot count toward a criterion"))
            return nil
        }
        let criterion = map.string("criterion", required: true)
        if !map.has("satisfied") { map.missing("satisfied") }
        let allowed = kind.answerKeys
        var satisfied = Set<String>()
        for node in map.list("satisfied") {
            guard let key = node.string, allowed.contains(key) else {
                reader.report(line: node.mark?.line, code: map.code, LocalizedText(
                    vi: "«satisfied»: «\(node.string ?? "?")» không phải câu trả lời của câu hỏi (chọn trong: \(allowed.joined(separator: ", ")))",
                    en: "“satisfied”: “\(node.string ?? "?")” is not an answer of this question (one of: \(allowed.joined(separator: ", ")))"))
                continue
            }
            satisfied.insert(key)
        }
        if map.has("satisfied"), satisfied.isEmpty {
            reader.report(line: map.line, code: map.code, LocalizedText(vi: "«satisfied» phải nêu ít nhất một câu trả lời",
                                                                        en: "“satisfied” must name at least one answer"))
        }
        guard let criterion, !satisfied.isEmpty else { return nil }
        return Question.Counting(criterion: criterion, satisfied: satisfied)
    }

    /// Codes and keys follow the criteria set's rule (letters, digits, . - _).
    private func code(_ text: String, what: String, line: Int?, in map: YAMLMapping) {
        do {
            _ = try TextInput.clean(text, as: .code)
        } catch {
            reader.report(line: line, code: map.code, error.message(label: LocalizedText("«\(what)» «\(text)»")))
        }
    }
}
