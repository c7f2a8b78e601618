import Foundation
import Testing
@testable import ParIndexCore

/// One respondent's answers read against the questionnaire: what is kept, and every refusal named
/// by its question.
@Suite("Questionnaire answers")
struct QuestionnaireAnswerTests {
    static let questionnaire = Questionnaire(
        key: "q", year: 2023, version: 1, title: LocalizedText("Phiếu"), targetGroups: [.citizens],
        sections: [Questionnaire.Section(code: "A", title: LocalizedText("A"), questions: [
            Question(code: "L", text: LocalizedText("Hài lòng?"), kind: .likert, required: true,
                     counts: .init(criterion: "9.1", satisfied: ["4", "5"])),
            Question(code: "Y", text: LocalizedText("Đúng hẹn?"), kind: .yesNo, required: false),
            Question(code: "M", text: LocalizedText("Kênh?"), kind: .multipleChoice([
                .init(key: "a", label: LocalizedText("A")), .init(key: "b", label: LocalizedText("B")), .init(key: "c", label: LocalizedText("C")),
            ]), required: false, counts: .init(criterion: "9.1", satisfied: ["c"])),
            Question(code: "T", text: LocalizedText("Góp ý"), kind: .shortText(maximumLength: 10), required: false),
        ])])

    @Test func answersAreKeptAsOneTextPerQuestion() throws {
        let kept = try Self.questionnaire.read(["L": ["5"], "Y": [" yes "], "M": ["c", "a", "c"], "T": ["  Tốt  "]]).get()
        #expect(kept == ["L": "5", "Y": "yes", "M": "a,c", "T": "Tốt"])
        let question = try #require(Self.questionnaire.question("M"))
        #expect(Questionnaire.chosen(kept["M"]!, of: question) == ["a", "c"])
        #expect(question.isSatisfied(by: Questionnaire.chosen(kept["M"]!, of: question)) == true)
    }

    @Test func anUnansweredOptionalQuestionIsLeftOut() throws {
        #expect(try Self.questionnaire.read(["L": ["4"], "Y": [""], "T": []]).get() == ["L": "4"])
    }

    @Test func everyProblemIsNamedByItsQuestion() {
        let result = Self.questionnaire.read(["Y": ["maybe"], "M": ["a", "z"], "T": ["quá dài rồi đấy nhé"], "X": ["1"]])
        guard case let .failure(refusal) = result else {
            Issue.record("accepted: \(result)")
            return
        }
        #expect(Set(refusal.problems.keys) == ["L", "Y", "M", "T", "X"])
        #expect(refusal.problems["L"]?.vi == "Câu L cần được trả lời.")
        #expect(refusal.problems["Y"]?.vi == "Câu Y không có phương án «maybe».")
        #expect(refusal.problems["M"]?.vi == "Câu M không có phương án «z».")
        #expect(refusal.problems["T"]?.vi == "Câu T dài quá 10 ký tự.")
        #expect(refusal.ordered(in: Self.questionnaire).map(\.code) == ["X", "L", "Y", "M", "T"])
    }

    @Test func aLikertAnswerOutsideOneToFiveAndTwoChoicesForOneAreRefused() {
        for sent in [["L": ["6"]], ["L": ["0"]], ["L": ["4", "5"]], ["L": ["4,5"]]] {
            guard case .failure = Self.questionnaire.read(sent) else {
                Issue.record("accepted \(sent)")
                continue
            }
        }
    }

    @Test func controlCharactersInATextAreRefused() {
        guard case let .failure(refusal) = Self.questionnaire.read(["L": ["5"], "T": ["a\u{202E}b"]]) else {
            Issue.record("accepted a right-to-left override")
            return
        }
        #expect(refusal.problems["T"]?.vi.contains("U+202E") == true)
    }
}
