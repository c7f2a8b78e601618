import Testing
@testable import ParIndexCLI

@Suite("Commands and exit statuses")
struct CommandTests {
    @Test func everyShippedCriteriaSetValidates() {
        let files = ["commune-par-2025", "decree-335-2025-agency", "langson-district-par-2023", "langson-task-performance-2023"]
            .map { RepositoryFiles.path("criteria-sets/\($0).yaml") }
        let outcome = ParIndexCLI.run(["criteria", "validate"] + files)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.split(separator: "\n").filter { $0.contains("hợp lệ") }.count == 4)
    }

    @Test func showPrintsTheTreeWithMaxima() {
        let outcome = ParIndexCLI.run(["criteria", "show", RepositoryFiles.parSet])
        #expect(outcome.status == 0)
        #expect(outcome.output.split(separator: "\n").contains { $0.hasPrefix("4 ") && $0.contains("9,5") })
    }

    @Test func invalidCriteriaSetListsEveryProblemWithLineAndCode() throws {
        // setup: a misspelt key, which also leaves the maximum missing: both are reported
        let path = try RepositoryFiles.temporary("""
            id: broken
            title: Hỏng
            instrument: par_index
            year: 2023
            settings: {maximum: 10}
            nodes:
              - code: "1"
                title: Lĩnh vực
                maximum: 10
                children:
                  - code: "1.1"
                    title: Tiêu chí
                    maxium: 4
                    rule: {type: free_score}
            """)
        // act
        let outcome = ParIndexCLI.run(["criteria", "validate", path])
        // check
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains("\(path):13: [1.1] Khoá không hợp lệ «maxium»"))
        #expect(outcome.errors.contains("[1.1] Thiếu «maximum»"))
    }

    @Test func contentProblemsAreAllReported() throws {
        // setup: maxima that do not add up and a duplicate code
        let path = try RepositoryFiles.temporary("""
            id: broken
            title: Hỏng
            instrument: par_index
            year: 2023
            settings: {maximum: 10}
            nodes:
              - {code: "1", title: A, maximum: 6, children: [{code: "1.1", title: B, maximum: 5, rule: {type: free_score}}]}
              - {code: "1", title: C, maximum: 4, rule: {type: free_score}}
            """)
        // act
        let outcome = ParIndexCLI.run(["criteria", "validate", "--lang", "en", path])
        // check
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains("[1] The sub-criteria's maxima add up to 5, not the maximum 6"))
        #expect(outcome.errors.contains("[1] Code 1 is used twice"))
        #expect(outcome.errors.contains("The fields' maxima add up to 10") == false)
    }

    @Test func missingFileIsInvalidInput() {
        let outcome = ParIndexCLI.run(["score", "/no/such/set.yaml", RepositoryFiles.parAssessment])
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains("Không đọc được tệp «/no/such/set.yaml»"))
    }

    @Test func assessmentForAnotherSetIsRefused() {
        let outcome = ParIndexCLI.run(["score", RepositoryFiles.taskSet, RepositoryFiles.parAssessment])
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains("bộ chỉ số «langson-district-par-2023», không phải «langson-task-performance-2023»"))
    }

    /// A task-performance assessment of one unit with the given entries (YAML lines).
    private func taskAssessment(_ entries: String) throws -> String {
        try RepositoryFiles.temporary("""
            criteria_set: langson-task-performance-2023
            unit: {code: x, name: Xã X}
            year: 2023
            entries:
            \(entries)
            """)
    }

    @Test func invalidScoreIsReportedAndExitsTwo() throws {
        // setup: a score with three decimals makes the file unreadable, whatever else it holds
        let path = try taskAssessment("""
              "Muc1.1": {score: "4,867"}
              "Muc9": {score: 1}
            """)
        // act
        let outcome = ParIndexCLI.run(["score", RepositoryFiles.taskSet, path])
        // check
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains(":5: [Muc1.1] «score»: «4,867» có quá 2 chữ số thập phân"))
    }

    @Test func unknownCodeIsReportedAfterTheSheet() throws {
        let path = try taskAssessment("""
              "Muc9": {score: 1}
            """)
        let outcome = ParIndexCLI.run(["score", RepositoryFiles.taskSet, path])
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains("[Muc9] Bộ chỉ số không có tiêu chí mã Muc9"))
    }

    @Test func usageErrorIsInvalidInput() {
        let outcome = ParIndexCLI.run(["score"])
        #expect(outcome.status == 2)
        #expect(outcome.errors.contains("Missing expected argument"))
    }

    @Test func helpDocumentsTheExitStatuses() {
        let outcome = ParIndexCLI.run(["score", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("3 the reported figures disagree"))
        #expect(outcome.output.contains("--layer"))
    }

    @Test func planNamesCriteriaToReachTheTopBand() {
        let outcome = ParIndexCLI.run(["plan", RepositoryFiles.taskSet, RepositoryFiles.taskAssessment, "--band", "xuat_sac"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("Hiện tại: 87,3"))
        #expect(outcome.output.contains("Cần: 90 (thiếu 2,7)"))
        #expect(outcome.output.contains("Ít tiêu chí nhất cần đạt tối đa:"))
    }

    @Test func planRefusesAnUnknownBandAndTwoTargets() {
        let unknown = ParIndexCLI.run(["plan", RepositoryFiles.taskSet, RepositoryFiles.taskAssessment, "--band", "zzz"])
        #expect(unknown.status == 2)
        #expect(unknown.errors.contains("Không có mức xếp loại «zzz»"))
        let both = ParIndexCLI.run(["plan", RepositoryFiles.taskSet, RepositoryFiles.taskAssessment, "--band", "tot", "--total", "90"])
        #expect(both.status == 2)
    }

    @Test func rankSharesTiesAndListsUnrankedApart() throws {
        // setup: two units with the same scores, one better, one not ranked
        func unit(_ code: String, _ score: String, ranked: Bool = true) throws -> String {
            try RepositoryFiles.temporary("""
                criteria_set: langson-task-performance-2023
                unit: {code: \(code), name: Huyện \(code)}
                year: 2023
                ranked: \(ranked)
                entries:
                  "Muc1.1": {score: "\(score)"}
                """, name: "\(code).yaml")
        }
        let files = [try unit("A", "2"), try unit("B", "2"), try unit("C", "3"), try unit("D", "3", ranked: false)]
        // act
        let outcome = ParIndexCLI.run(["rank", RepositoryFiles.taskSet] + files + ["--layer", "self"])
        // check
        let lines = outcome.output.split(separator: "\n").map(String.init)
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(lines[1].hasPrefix("   1  Huyện C"))
        #expect(lines[2].hasPrefix("   2  Huyện A"))
        #expect(lines[3].hasPrefix("   2  Huyện B"))
        #expect(outcome.output.contains("Chấm điểm nhưng không xếp hạng:\n  Huyện D"))
    }

    @Test func benchRunsAndReportsTheMedian() {
        let outcome = ParIndexCLI.run(["bench", "--units", "40", "--runs", "3", "--target-ms", "100000"])
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("score + rank: 40 assessments × 100 leaves, 3 runs"))
        #expect(outcome.output.contains("target < 100000 ms: met"))
    }
}
