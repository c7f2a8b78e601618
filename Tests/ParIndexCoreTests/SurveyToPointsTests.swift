import Foundation
import Testing
@testable import ParIndexCore

/// From answers to the ranking's figure, through the core only: the shipped questionnaires count
/// toward the Lạng Sơn district set's survey leaves, answers become each leaf's satisfaction, and
/// the leaf's rule turns it into points. Chi Lăng's 19 survey points (83,06 reported − 64,06
/// self-assessed) come from 95 % satisfied answers on each of the three survey criteria.
@Suite("Survey answers to points")
struct SurveyToPointsTests {
    static func repository(_ path: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static let questionnaireFiles = ["langson-sipas-2023", "langson-leaders-2023", "langson-businesses-2023"]

    @Test func theShippedQuestionnairesFeedTheSetsSurveyLeaves() throws {
        let set = try CriteriaSet.fromYAML(try Self.repository("criteria-sets/langson-district-par-2023.yaml"))
        var counted: [String] = []
        for name in Self.questionnaireFiles {
            let questionnaire = try Questionnaire.fromYAML(try Self.repository("questionnaires/\(name).yaml"), file: name)
            #expect(questionnaire.problems(against: set).isEmpty, "\(name): \(questionnaire.problems(against: set).map(\.message.vi))")
            counted += questionnaire.countedCriteria
        }
        #expect(counted == ["9.1", "9.2", "9.3"])
    }

    @Test func aQuestionCountingTowardWhatIsNotASurveyLeafIsReported() throws {
        let set = try CriteriaSet.fromYAML(try Self.repository("criteria-sets/langson-district-par-2023.yaml"))
        var questionnaire = try Questionnaire.fromYAML(try Self.repository("questionnaires/langson-sipas-2023.yaml"))
        questionnaire.sections[0].questions[0].counts?.criterion = "1.1"
        questionnaire.sections[0].questions[1].counts?.criterion = "42"
        let problems = questionnaire.problems(against: set).map(\.message.vi)
        #expect(problems.count == 2)
        #expect(problems.contains { $0.contains("tiêu chí 1.1") && $0.contains("không chấm theo tỷ lệ hài lòng") })
        #expect(problems.contains { $0.contains("tiêu chí 42") && $0.contains("không có tiêu chí này") })
    }

    @Test func ninetyFivePercentSatisfiedGivesChiLangItsNineteenSurveyPoints() throws {
        // setup: the set, Chi Lăng's self-assessment (64,06 of 80), and answers per criterion
        let set = try CriteriaSet.fromYAML(try Self.repository("criteria-sets/langson-district-par-2023.yaml"))
        var assessment = try Assessment.fromYAML(try Self.repository("examples/chi-lang-2023/par-index.yaml"))
        var tallies: [String: SurveyTally] = [:]
        for name in Self.questionnaireFiles {
            let questionnaire = try Questionnaire.fromYAML(try Self.repository("questionnaires/\(name).yaml"))
            for question in questionnaire.questions where question.counts != nil {
                // 40 people: 38 answer "satisfied", 2 do not, on every counting question.
                let satisfiedAnswer = question.kind == .yesNo ? "yes" : "5"
                let otherAnswer = question.kind == .yesNo ? "no" : "2"
                for person in 0..<40 {
                    let answer = person < 38 ? satisfiedAnswer : otherAnswer
                    let isSatisfied = try #require(question.isSatisfied(by: [answer]))
                    tallies[question.counts!.criterion, default: SurveyTally()].add(satisfied: isSatisfied)
                }
            }
        }
        // act: each survey leaf's satisfaction becomes its survey layer
        for (code, tally) in tallies {
            let satisfaction = try #require(tally.share(mode: set.settings.rounding))
            assessment.entries[code, default: LeafEntry()].survey = LeafInput(satisfaction: satisfaction)
        }
        let result = Scorer(set).score(assessment, view: .final).result
        // check: 95 % of 8, 6 and 6 points
        #expect(tallies.mapValues { $0.share(mode: .halfUp) } == ["9.1": FixedDecimal(95), "9.2": FixedDecimal(95), "9.3": FixedDecimal(95)])
        #expect(result.total == Points(hundredths: 8_306))
    }
}
