import Foundation
import Testing
@testable import ParIndexCore

@Suite("Questionnaires in YAML")
struct QuestionnaireYAMLTests {
    static let sample = """
        questionnaire: ddxhh-huyen
        year: 2023
        version: 2
        title: "Phiếu khảo sát sự hài lòng của người dân"
        title_en: "Citizen satisfaction survey"
        target_groups: [citizens, businesses]
        sections:
          - code: A
            title: "Tiếp cận dịch vụ"
            questions:
              - code: A1
                text: "Ông/bà hài lòng với thái độ của công chức?"
                text_en: "Are you satisfied with the officials' attitude?"
                kind: likert
                counts:
                  criterion: "8.1"
                  satisfied: [4, 5]
              - code: A2
                text: "Hồ sơ được trả đúng hẹn?"
                kind: yes_no
                counts: {criterion: "8.2", satisfied: ["yes"]}
              - code: A3
                text: "Ông/bà nộp hồ sơ bằng cách nào?"
                kind: single_choice
                options:
                  - {key: truc-tiep, label: "Trực tiếp", label_en: "In person"}
                  - {key: truc-tuyen, label: "Trực tuyến", label_en: "Online"}
          - code: B
            title: "Góp ý"
            questions:
              - code: B1
                text: "Những kênh thông tin ông/bà dùng"
                kind: multiple_choice
                required: false
                options:
                  - {key: web, label: "Cổng thông tin"}
                  - {key: zalo, label: "Zalo"}
                  - {key: loa, label: "Loa phát thanh"}
                counts: {criterion: "8.2", satisfied: [web, zalo]}
              - code: B2
                text: "Góp ý khác"
                kind: short_text
                max_length: 300
        """

    @Test func readsEveryKindWithItsCounting() throws {
        let questionnaire = try Questionnaire.fromYAML(Self.sample)
        #expect(questionnaire.key == "ddxhh-huyen" && questionnaire.year == 2023 && questionnaire.version == 2)
        #expect(questionnaire.title.en == "Citizen satisfaction survey")
        #expect(questionnaire.targetGroups == [.citizens, .businesses])
        #expect(questionnaire.questions.map(\.code) == ["A1", "A2", "A3", "B1", "B2"])
        #expect(questionnaire.question("A1")?.kind == .likert)
        #expect(questionnaire.question("A1")?.counts == Question.Counting(criterion: "8.1", satisfied: ["4", "5"]))
        #expect(questionnaire.question("A1")?.required == true)
        #expect(questionnaire.question("B1")?.required == false)
        #expect(questionnaire.question("B2")?.kind == .shortText(maximumLength: 300))
        #expect(questionnaire.question("A3")?.kind.answerKeys == ["truc-tiep", "truc-tuyen"])
        #expect(questionnaire.countedCriteria == ["8.1", "8.2"])
    }

    @Test func writesWhatItReads() throws {
        let questionnaire = try Questionnaire.fromYAML(Self.sample)
        let written = try questionnaire.toYAML()
        #expect(try Questionnaire.fromYAML(written) == questionnaire)
        #expect(written.contains("Phiếu khảo sát sự hài lòng"), "Vietnamese stays readable, not escaped")
    }

    @Test func satisfiedAnswersAreThoseTheCountingNames() throws {
        let questionnaire = try Questionnaire.fromYAML(Self.sample)
        let likert = try #require(questionnaire.question("A1"))
        #expect(likert.isSatisfied(by: ["5"]) == true)
        #expect(likert.isSatisfied(by: ["3"]) == false)
        #expect(likert.isSatisfied(by: []) == nil)
        let several = try #require(questionnaire.question("B1"))
        #expect(several.isSatisfied(by: ["loa", "zalo"]) == true)
        #expect(several.isSatisfied(by: ["loa"]) == false)
        #expect(questionnaire.question("A3")?.isSatisfied(by: ["truc-tiep"]) == nil, "counts toward nothing")
    }

    @Test(arguments: [
        ("kind: likert\n    counts: {criterion: \"8.1\", satisfied: [6]}", "«satisfied»: «6»"),
        ("kind: slider", "«kind»: «slider»"),
        ("kind: single_choice\n    options: [{key: a, label: \"A\"}]", "ít nhất hai phương án"),
        ("kind: yes_no\n    options: [{key: a, label: \"A\"}, {key: b, label: \"B\"}]", "không có «options»"),
        ("kind: short_text\n    counts: {criterion: \"8.1\", satisfied: [\"x\"]}", "không thể tính vào tiêu chí"),
        ("kind: likert\n    maxium: 3", "Khoá không hợp lệ «maxium»"),
        ("kind: short_text\n    max_length: 100000", "«max_length» phải từ 1 đến"),
        ("kind: single_choice\n    options: [{key: a, label: \"A\"}, {key: a, label: \"B\"}]", "Phương án «a» bị trùng"),
    ])
    func refusesWhatCannotBeAsked(fragment: String, message: String) {
        // The question's own lines, each indented under "- code: A1".
        let questionLines = fragment.components(separatedBy: "\n").map { "      " + $0.trimmingCharacters(in: .whitespaces) }
        let text = ([
            "questionnaire: q", "year: 2023", "title: \"Phiếu\"", "target_groups: [citizens]", "sections:",
            "  - code: A", "    title: \"A\"", "    questions:", "    - code: A1", "      text: \"Câu hỏi\"",
        ] + questionLines).joined(separator: "\n")
        do {
            _ = try Questionnaire.fromYAML(text)
            Issue.record("accepted: \(fragment)")
        } catch {
            #expect(error.issues.contains { $0.message.vi.contains(message) }, "\(error.issues.map(\.message.vi))")
        }
    }

    @Test func refusesRepeatedCodesAndUnknownGroups() {
        let text = """
            questionnaire: q
            year: 2023
            title: "Phiếu"
            target_groups: [citizens, tourists]
            sections:
              - code: A
                title: "A"
                questions:
                  - {code: A1, text: "Một", kind: yes_no}
                  - {code: A1, text: "Hai", kind: yes_no}
            """
        do {
            _ = try Questionnaire.fromYAML(text)
            Issue.record("accepted")
        } catch {
            let messages = error.issues.map(\.message.vi)
            #expect(messages.contains { $0.contains("«tourists» không hợp lệ") })
            #expect(messages.contains { $0.contains("Mã câu hỏi «A1» bị trùng") })
        }
    }
}
