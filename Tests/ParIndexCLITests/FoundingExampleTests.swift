import Testing
@testable import ParIndexCLI

/// The founding example (Chi Lăng 2023) end to end through the command line.
@Suite("Founding example through the CLI")
struct FoundingExampleTests {
    @Test func parIndexShowsTheSelfAssessedPartAndTheImpliedSurvey() {
        // act
        let outcome = ParIndexCLI.run(["score", RepositoryFiles.parSet, RepositoryFiles.parAssessment])
        // check: 64,06 of 80 self-assessed; the article's 83,06 implies 19 survey points; consistent
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("Tổng điểm: 64,06 / 100"))
        #expect(outcome.output.contains("Phần đã chấm: 64,06 / 80"))
        #expect(outcome.output.contains("suy ra 19 điểm"))
        #expect(outcome.output.contains("✓ Số liệu công bố khớp"))
    }

    @Test func parIndexFieldsMatchTheArticle() {
        // act
        let outcome = ParIndexCLI.run(["score", RepositoryFiles.parSet, RepositoryFiles.parAssessment, "--format", "json"])
        // check: the eight fields as the article lists them
        let fields = ["1": "10", "2": "7", "3": "12.5", "4": "8", "5": "11", "6": "4.3", "7": "4.86", "8": "6.4"]
        for (code, points) in fields {
            #expect(outcome.output.contains("\"code\": \"\(code)\",\n      \"title\""), "field \(code)")
            #expect(outcome.output.range(of: "\"code\": \"\(code)\",[^}]*?\"points\": \(points),", options: .regularExpression) != nil, "field \(code) = \(points)")
        }
        #expect(outcome.output.contains("\"total\": 64.06"))
        #expect(outcome.output.contains("\"implied\": [\n    {\n      \"code\": \"9\",\n      \"points\": 19,\n      \"from\": \"total\""))
        #expect(outcome.output.contains("\"mismatches\": []"))
    }

    @Test func taskEvaluationDisagreesWithTheArticleAndExitsThree() {
        // act
        let outcome = ParIndexCLI.run(["score", RepositoryFiles.taskSet, RepositoryFiles.taskAssessment])
        // check: 10 + 66,3 + 8 + 3 − 0 = 87,3, printed as 83,7
        #expect(outcome.status == 3)
        #expect(outcome.output.contains("Tổng điểm: 87,3 / 100"))
        #expect(outcome.output.contains("✗ Tổng điểm: công bố 83,7, tính được 87,3, chênh lệch -3,6 (có vẻ bị đảo chữ số)"))
        #expect(outcome.output.contains("Xếp loại: Tốt"))
    }

    @Test func taskEvaluationAsJSONHasTheDocumentedKeys() {
        // act
        let outcome = ParIndexCLI.run(["score", RepositoryFiles.taskSet, RepositoryFiles.taskAssessment, "--format", "json", "--lang", "en"])
        // check
        #expect(outcome.status == 3)
        for key in ["total", "maximum", "index", "band", "nodes", "mismatches", "implied"] {
            #expect(outcome.output.contains("\"\(key)\": "), "key \(key)")
        }
        #expect(outcome.output.contains("\"total\": 87.3,"))
        #expect(outcome.output.contains("\"maximum\": 100,"))
        #expect(outcome.output.contains("\"code\": \"total\",\n      \"reported\": 83.7,\n      \"computed\": 87.3,"))
    }

    @Test func englishTableUsesTheDecimalPoint() {
        let outcome = ParIndexCLI.run(["score", RepositoryFiles.taskSet, RepositoryFiles.taskAssessment, "--lang", "en"])
        #expect(outcome.output.contains("Total: 87.3 / 100"))
        #expect(outcome.output.contains("reported 83.7, computed 87.3"))
    }

    @Test func appraisedLayerWithoutAppraisalScoresNothing() {
        // setup: the example has only self-scores
        // act
        let outcome = ParIndexCLI.run(["score", RepositoryFiles.taskSet, RepositoryFiles.taskAssessment, "--layer", "appraised"])
        // check
        #expect(outcome.output.contains("Tổng điểm: 0 / 100"))
        #expect(outcome.status == 3)
    }
}

@Suite("Score trail in the table")
struct ScoreTrailTests {
    @Test func explainPrintsEveryLeafWithLayerRuleAndInputs() {
        // act
        let outcome = ParIndexCLI.run(["score", RepositoryFiles.parSet, RepositoryFiles.parAssessment, "--explain"])
        // check: field 7's 4,86 comes from its proportional leaf
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("Diễn giải điểm từng tiêu chí:"))
        #expect(outcome.output.contains("7.1 [tự đánh giá] tỷ lệ thuận với kết quả đạt được: 4 × "))
        #expect(outcome.output.contains("9.1 điều tra xã hội học") == false)
        #expect(outcome.output.contains("  9.1 theo tỷ lệ hài lòng khảo sát: Chưa chấm"))
    }
}
