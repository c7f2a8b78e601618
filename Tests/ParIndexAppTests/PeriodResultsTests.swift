import Fluent
import Foundation
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

extension AppTests {
    /// A period's results read in bulk: the same figures as each assessment opened alone, a
    /// fixed number of statements whatever the number of units, ranks only for final figures.
    @Suite("Period results")
    struct PeriodResultsTests {
        /// Bắc Sơn (finalised) appraised over two rounds with survey points; Cao Lộc (round 1)
        /// with one appraised criterion.
        static func appraise(_ app: Application) async throws {
            let bacSon = try await Fixtures.parAssessment(of: "bac-son", app)
            try await ResultsFixtures.entry(bacSon, "1.1.1", .appraisalRound1, score: "1", note: "Thiếu kế hoạch", on: app.db)
            try await ResultsFixtures.entry(bacSon, "1.1.1", .appraisalRound2, score: "1,5", note: "Đã giải trình một phần", on: app.db)
            try await ResultsFixtures.entry(bacSon, "2.1", .appraisalRound1, score: "0", note: "Không có văn bản", on: app.db)
            for (code, value) in [("9.1", "90"), ("9.2", "80"), ("9.3", "85")] {
                try await ResultsFixtures.entry(bacSon, code, .survey, satisfaction: value, on: app.db)
            }
            let caoLoc = try await Fixtures.parAssessment(of: "cao-loc", app)
            try await ResultsFixtures.entry(caoLoc, "2.1", .appraisalRound1, score: "0", note: "Không có văn bản", on: app.db)
        }

        @Test func eachRowHasTheFiguresOfItsAssessmentOpenedAlone() async throws {
            try await withApp { app in
                // setup
                try await Self.appraise(app)
                let period = try await ResultsFixtures.parPeriod(app)
                // act
                let results = try #require(try await PeriodResultsQuery.load(period: period.requireID(), cache: app.criteriaSetCache, on: app.db))
                // check: every row against the workspace of the same assessment
                #expect(results.rows.count == 11)
                for row in results.rows {
                    let record = try #require(try await AssessmentRecord.find(row.assessmentID, on: app.db))
                    let alone = try AssessmentSummary(try await AssessmentWorkspace.load(record, cache: app.criteriaSetCache, on: app.db)).result
                    let bulk = row.result
                    #expect(bulk.standing == alone.standing, "\(row.unitCode)")
                    #expect(bulk.selfPoints == alone.selfPoints, "\(row.unitCode)")
                    #expect(bulk.appraisedPoints == alone.appraisedPoints, "\(row.unitCode)")
                    #expect(bulk.surveyPoints == alone.surveyPoints, "\(row.unitCode)")
                    #expect(bulk.total == alone.total && bulk.maximum == alone.maximum, "\(row.unitCode)")
                    #expect(bulk.index == alone.index && bulk.band?.key == alone.band?.key, "\(row.unitCode)")
                    #expect(bulk.fields == alone.fields, "\(row.unitCode)")
                    #expect(bulk.changes == alone.changes, "\(row.unitCode)")
                }
                // The appraisal's second round counts, not the first: 1.1.1 lowered by 0,5.
                let bacSon = try #require(results.rows.first { $0.unitCode == "bac-son" })
                #expect(bacSon.result.standing == .complete)
                #expect(bacSon.rank == 1)
                #expect(bacSon.result.removedByAppraisal > .zero)
                let chiLang = try #require(results.rows.first { $0.unitCode == "chi-lang" })
                #expect(chiLang.result.standing == .partial && chiLang.result.index == nil && chiLang.result.band == nil)
                #expect(chiLang.result.scoredPoints == Points(hundredths: 6406) && chiLang.result.scoredMaximum == Points(80))
                #expect(chiLang.rank == nil)
                let empty = try #require(results.rows.first { $0.unitCode == "dinh-lap" })
                #expect(empty.result.standing == .notScored && empty.result.band == nil)
            }
        }

        @Test func aPeriodIsReadInTheSameNumberOfStatementsWhateverItsSize() async throws {
            try await withApp { app in
                // setup
                let period = try await ResultsFixtures.parPeriod(app)
                let id = try period.requireID()
                _ = try await PeriodResultsQuery.load(period: id, cache: app.criteriaSetCache, on: app.db) // the set parsed once
                let small = StatementCounter()
                _ = try await PeriodResultsQuery.load(period: id, cache: app.criteriaSetCache, on: small.database(of: app))
                _ = try await ResultsFixtures.addUnits(40, to: period, app)
                // act
                let large = StatementCounter()
                let results = try #require(try await PeriodResultsQuery.load(period: id, cache: app.criteriaSetCache, on: large.database(of: app)))
                // check
                #expect(results.rows.count == 51)
                #expect(small.count == large.count)
                #expect(large.count > 0 && large.count <= 3)
            }
        }

        @Test func aNewerSetsPairsLineUpRenumberedFieldsYearOverYear() async throws {
            try await withApp { app in
                // setup: the 2023 set declares that its fields 7 and 8 were 8 and 7 in 2022
                let period = try await ResultsFixtures.parPeriod(app)
                let set = try #require(try await CriteriaSetRecord.find(period.criteriaSetID, on: app.db))
                let paired = set.yaml.replacingOccurrences(of: "\nsettings:", with: "\ncompare_with:\n  set: langson-district-par-2022\n  fields: {\"7\": \"8\", \"8\": \"7\"}\nsettings:")
                try await CriteriaSetRecord.query(on: app.db).filter(\.$id == set.requireID()).set(\.$yaml, to: paired).set(\.$version, to: set.version + 1).update()
                let current = try #require(try await PeriodResultsQuery.load(period: period.requireID(), cache: app.criteriaSetCache, on: app.db))
                #expect(current.compiled.set.compareWith?.fields == ["7": "8", "8": "7"])
                let older = try #require(try await Period.query(on: app.db).filter(\.$year == 2022).first())
                let then = try #require(try await PeriodResultsQuery.load(period: older.requireID(), cache: app.criteriaSetCache, on: app.db))
                let chiLangThen = try #require(then.rows.first { $0.unitCode == "chi-lang" })
                let index = { (code: String) in chiLangThen.result.fields.first { then.tree.nodes[$0.node].code == code }?.index }
                // act
                let history = try await UnitHistory.load(unit: try await Fixtures.unit("chi-lang", app), current: current,
                                                         cache: app.criteriaSetCache, on: app.db)
                // check
                let year2022 = try #require(history.years.first { $0.year == 2022 })
                #expect(index("7") != index("8"), "the demo's figures tell the two fields apart")
                #expect(year2022.fields["7"]?.index == index("8"))
                #expect(year2022.fields["8"]?.index == index("7"))
                #expect(year2022.fields["1"]?.index == index("1"))
            }
        }

        @Test func equalFinalIndicesShareARankAndExcludedUnitsAreListedApart() async throws {
            try await withApp { app in
                // setup: three units with the same whole score; two finalised, the third finalised
                // but kept out of the ranking; Bắc Sơn (finalised, given survey points) scores higher
                try await Self.appraise(app)
                let period = try await ResultsFixtures.parPeriod(app)
                let added = try await ResultsFixtures.addUnits(3, to: period, complete: true, app)
                for record in added { try await ResultsFixtures.setState(record, .finalised, on: app.db) }
                try await AssessmentRecord.query(on: app.db).filter(\.$id == added[2].requireID()).set(\.$ranked, to: false).update()
                // act
                let results = try #require(try await PeriodResultsQuery.load(period: period.requireID(), cache: app.criteriaSetCache, on: app.db))
                // check
                let rank = { (code: String) in results.rows.first { $0.unitCode == code }?.rank }
                #expect(rank("bac-son") == 1)
                #expect(rank("xa-0") == 2 && rank("xa-1") == 2)
                #expect(rank("xa-2") == nil)
                #expect(results.rows.first { $0.unitCode == "xa-2" }?.figures.excludedByDecision == true)
                #expect(results.summary.rankedCount == 3)
                #expect(results.summary.bands.reduce(0) { $0 + $1.count } == 3)
                #expect(results.ordered.prefix(3).map(\.unitCode) == ["bac-son", "xa-0", "xa-1"])
            }
        }
    }

    /// The results page and API: who sees what, figures that say what is not final, paging.
    @Suite("Results pages and API")
    struct ResultsRouteTests {
        @Test func theAdministratorSeesTheRankingSummaryChartsAndRiskList() async throws {
            try await withApp { app in
                try await PeriodResultsTests.appraise(app)
                let period = try await ResultsFixtures.parPeriod(app)
                let browser = Browser(app)
                try await browser.login(Demo.admin.0, Demo.admin.1)
                let page = try await browser.get(Paths.periodResults(try period.requireID()).href)
                #expect(page.status == .ok)
                #expect(page.has("id=\"ranking\""))
                #expect(page.has("id=\"summary\""))
                #expect(page.has("id=\"heat-map\"") && page.has("<svg"))
                #expect(page.has("id=\"distribution\"") && page.has("id=\"distribution-table\""))
                #expect(page.has("id=\"risk-list\"") && page.has("Không có văn bản"))
                #expect(page.has("UBND huyện Hữu Lũng"))
                #expect(page.has("ĐTXHH chưa có"))
                // Sorted by name, descending: the links keep working.
                let sorted = try await browser.get(Paths.periodResults(try period.requireID()).href + "?sort=unit&dir=desc")
                #expect(sorted.status == .ok && sorted.has("aria-sort=\"descending\""))
            }
        }

        @Test func aUnitSeesItsOwnRowAndTheSummaryOnly() async throws {
            try await withApp { app in
                let period = try await ResultsFixtures.parPeriod(app)
                let browser = Browser(app)
                try await browser.login(Demo.officer.0, Demo.officer.1)
                let page = try await browser.get(Paths.periodResults(try period.requireID()).href)
                #expect(page.status == .ok)
                #expect(page.has("UBND huyện Chi Lăng"))
                #expect(!page.has("UBND huyện Hữu Lũng"))
                #expect(!page.has("id=\"heat-map\""))
                #expect(page.has("id=\"summary\""))
                let unknown = try await browser.get(Paths.periodResults(UUID()).href)
                #expect(unknown.status == .notFound)
            }
        }

        @Test func visitorsAreSentToLogIn() async throws {
            try await withApp { app in
                let period = try await ResultsFixtures.parPeriod(app)
                let page = try await Browser(app).get(Paths.periodResults(try period.requireID()).href)
                #expect(page.status == .seeOther || page.status == .unauthorized)
            }
        }

        @Test func theResultsAPIGivesTheSummaryAndRowsAsExactDecimals() async throws {
            try await withApp { app in
                try await PeriodResultsTests.appraise(app)
                let period = try await ResultsFixtures.parPeriod(app)
                let path = APIPaths.periodResults(period: try period.requireID()).href
                let admin = try await APITests.token(app, Demo.admin)
                let reply = try await APITests.call(app, .GET, path, token: admin)
                #expect(reply.status == .ok)
                let rows = reply.object["rows"] as? [[String: Any]] ?? []
                #expect(rows.count == 11)
                #expect(rows.first?["unit_code"] as? String == "bac-son" && rows.first?["rank"] as? Int == 1)
                let chiLang = try #require(rows.first { $0["unit_code"] as? String == "chi-lang" })
                #expect(chiLang["standing"] as? String == "partial")
                #expect(chiLang["index"] is NSNull && chiLang["band"] is NSNull && chiLang["rank"] is NSNull)
                #expect(chiLang["scored_points"] as? String == "64.06" && chiLang["scored_maximum"] as? String == "80")
                let summary = reply.object["summary"] as? [String: Any] ?? [:]
                #expect(summary["ranked"] as? Int == 1)
                #expect((summary["bands"] as? [String: Int])?.values.reduce(0, +) == 1)
                #expect(reply.headers.first(name: "X-Total-Count") == "11")
                let all = try await APITests.call(app, .GET, path + "?all=1", token: admin)
                #expect((all.object["rows"] as? [[String: Any]])?.count == 11)
                // The unit's own row only; no token, 401; an unknown period, 404.
                let officer = try await APITests.token(app, Demo.officer)
                let own = try await APITests.call(app, .GET, path, token: officer)
                #expect((own.object["rows"] as? [[String: Any]])?.map { $0["unit_code"] as? String } == ["chi-lang"])
                #expect(try await APITests.call(app, .GET, path).status == .unauthorized)
                #expect(try await APITests.call(app, .GET, APIPaths.periodResults(period: UUID()).href, token: admin).status == .notFound)
            }
        }

        @Test func theCommitteeSeesItsFieldsLossesAndAPlanForTheNextBand() async throws {
            try await withApp { app in
                let browser = Browser(app)
                try await browser.login(Demo.officer.0, Demo.officer.1)
                let id = try await APITests.chiLangID(app)
                let path = Paths.assessmentAnalysis(id).href
                // act
                let page = try await browser.get(path)
                let planned = try await browser.get(path + "?total=70")
                let unknownBand = try await browser.get(path + "?band=vang")
                let notANumber = try await browser.get(path + "?total=abc")
                // check: field 6 (4,3 of 8,5) loses 4,2 points; 64,06 → 70 needs criteria at their maximum
                #expect(page.status == .ok)
                #expect(page.has("id=\"field-6\""))
                #expect(page.has("4,2"))
                #expect(page.has("id=\"losses\""))
                #expect(planned.status == .ok)
                #expect(planned.has("id=\"plan-selection\""))
                #expect(planned.has("Cần 70 điểm (thiếu 5,94)"))
                #expect(unknownBand.status == .unprocessableEntity)
                #expect(unknownBand.has("id=\"plan-error\"") && unknownBand.has("id=\"fields\""), "the refusal is shown beside the form, the page kept")
                #expect(notANumber.status == .unprocessableEntity)
                #expect(notANumber.has("value=\"abc\""))
                // The API gives the same plan.
                let token = try await APITests.token(app, Demo.officer)
                let reply = try await APITests.call(app, .GET, APIPaths.plan(id).href + "?total=70", token: token)
                #expect(reply.status == .ok)
                #expect(reply.object["required"] as? String == "70" && reply.object["gap"] as? String == "5.94")
                #expect(reply.object["reachable"] as? Bool == true)
                let selection = reply.object["selection"] as? [[String: Any]] ?? []
                #expect(!selection.isEmpty)
                #expect(selection.compactMap { $0["code"] as? String }.allSatisfy { planned.has($0 + " ") })
                let appraiser = try await APITests.token(app, Demo.appraiser)
                #expect(try await APITests.call(app, .GET, APIPaths.plan(id).href + "?total=70", token: appraiser).status == .notFound)
            }
        }

        @Test func theAdministratorKeepsAUnitOutOfTheRankingWithAReasonAndItIsAudited() async throws {
            try await withApp { app in
                // setup
                try await PeriodResultsTests.appraise(app)
                let period = try await ResultsFixtures.parPeriod(app)
                let bacSon = try await Fixtures.parAssessment(of: "bac-son", app).requireID()
                let admin = Browser(app)
                try await admin.login(Demo.admin.0, Demo.admin.1)
                let path = Paths.adminRanking(period: try period.requireID()).href
                // act
                let withoutReason = try await admin.post(path, ["assessment": bacSon.uuidString, "ranked": "0", "reason": ""])
                let excluded = try await admin.post(path, ["assessment": bacSon.uuidString, "ranked": "0", "reason": "Sáp nhập giữa năm"])
                let results = try await admin.get(Paths.periodResults(try period.requireID()).href)
                let officer = try await APITests.token(app, Demo.officer)
                let refused = try await APITests.call(app, .PUT, APIPaths.ranking(bacSon).href, token: officer, json: ["ranked": true])
                let token = try await APITests.token(app, Demo.admin)
                let back = try await APITests.call(app, .PUT, APIPaths.ranking(bacSon).href, token: token, json: ["ranked": true])
                // The limit counts Unicode scalars, as the API document's maxLength does: "ă" written
                // as a + combining breve is two, so 250 of them are too long although they show 250 letters.
                let decomposed = String(repeating: "a\u{0306}", count: 250) + "x"
                let tooLong = try await APITests.call(app, .PUT, APIPaths.ranking(bacSon).href, token: token, json: ["ranked": false, "reason": decomposed])
                let echoed = try await APITests.call(app, .PUT, APIPaths.ranking(bacSon).href, token: token, json: ["ranked": true, "reason": "  Trở lại  "])
                // check
                #expect(tooLong.status == .unprocessableEntity)
                #expect(echoed.status == .ok && echoed.object["reason"] as? String == "Trở lại")
                #expect(withoutReason.status == .unprocessableEntity)
                #expect(withoutReason.has("Hãy nêu lý do"))
                #expect(excluded.status == .seeOther)
                #expect(results.has("không xếp hạng"))
                #expect(refused.status == .forbidden)
                #expect(back.status == .ok)
                #expect(try await AssessmentRecord.find(bacSon, on: app.db)?.ranked == true)
                let events = try await AuditEvent.query(on: app.db).filter(\.$assessmentID == bacSon).filter(\.$subject == .ranking).all()
                #expect(events.count == 2)
                #expect(events.contains { $0.reason == "Sáp nhập giữa năm" && $0.newValue == "không xếp hạng" })
            }
        }

        /// What `parindex score` and `parindex rank` compute from each unit's exported YAML (the
        /// same core calls) equals the results API, for the demo's approved 2022 period.
        @Test func theResultsEqualWhatTheCoreComputesFromEachUnitsExportedYAML() async throws {
            try await withApp { app in
                // setup
                let period = try #require(try await Period.query(on: app.db).filter(\.$year == 2022).first())
                let setRecord = try #require(try await CriteriaSetRecord.find(period.criteriaSetID, on: app.db))
                let set = try CriteriaSet.fromYAML(setRecord.yaml)
                let token = try await APITests.token(app, Demo.admin)
                let results = try await APITests.call(app, .GET, APIPaths.periodResults(period: try period.requireID()).href + "?all=1", token: token)
                let rows = try #require(results.object["rows"] as? [[String: Any]])
                // act: each unit's file, read back and scored by the core
                var entries: [Ranking.Entry] = []
                var scored: [String: ScoreResult] = [:]
                for record in try await AssessmentRecord.query(on: app.db).filter(\.$periodID == period.requireID()).all() {
                    let reply = try await APITests.call(app, .GET, APIPaths.assessmentYAML(try record.requireID()).href, token: token)
                    #expect(reply.status == .ok)
                    #expect(reply.headers.contentType?.subType == "yaml")
                    let assessment = try Assessment.fromYAML(reply.text)
                    let (result, problems) = Scorer(set).score(assessment, view: .final)
                    #expect(problems.isEmpty)
                    scored[assessment.unit.code] = result
                    entries.append(Ranking.Entry(unit: assessment.unit, index: result.index, ranked: assessment.ranked))
                }
                let ranking = Ranking.rank(entries)
                // check
                #expect(rows.count == 11 && scored.count == 11)
                for row in rows {
                    let code = try #require(row["unit_code"] as? String)
                    let result = try #require(scored[code])
                    #expect(row["total"] as? String == result.total.jsonLiteral, "\(code)")
                    #expect(row["index"] as? String == result.index?.jsonLiteral, "\(code)")
                    #expect(row["band"] as? String == result.band?.key, "\(code)")
                    #expect(row["rank"] as? Int == ranking.ranked.first { $0.entry.unit.code == code }?.rank, "\(code)")
                }
                #expect(Set(rows.compactMap { $0["rank"] as? Int }).count > 5, "the demo's 2022 figures are varied, not a wall of ties")
            }
        }

        /// The founding example: the PAR article's 83,06 implies 19 survey points; the task
        /// evaluation's printed 83,7 is 87,3 with two digits swapped.
        @Test func reconcilingTheFoundingArticleFindsTheImpliedSurveyPointsAndTheSwappedDigits() async throws {
            try await withApp { app in
                // setup
                let par = try await APITests.chiLangID(app)
                let task = try #require(try await AssessmentRecord.query(on: app.db).join(Period.self, on: \AssessmentRecord.$periodID == \Period.$id)
                    .filter(Period.self, \.$title != Fixtures.parPeriodTitle).filter(Period.self, \.$year == 2023)
                    .filter(\.$unitID == (try await Fixtures.unit("chi-lang", app)).requireID()).first()).requireID()
                let token = try await APITests.token(app, Demo.officer)
                let browser = Browser(app)
                try await browser.login(Demo.officer.0, Demo.officer.1)
                // act
                let article = try await APITests.call(app, .POST, APIPaths.reconcile(par).href, token: token, json: [
                    "total": "83,06", "fields": ["1": "10", "2": "7", "3": "12,5", "4": "8", "5": "11", "6": "4,3", "7": "4,86", "8": "6,4"]])
                let swapped = try await browser.post(Paths.reconcile(task).href, ["view": "self", "total": "83,7", "band": "tốt"])
                let refused = try await browser.post(Paths.reconcile(task).href, ["total": "tám mươi"])
                let empty = try await APITests.call(app, .POST, APIPaths.reconcile(par).href, token: token, json: [:])
                // check
                #expect(article.status == .ok)
                #expect(article.object["mismatches"] as? [Any] != nil && (article.object["mismatches"] as? [Any])?.isEmpty == true)
                let implied = article.object["implied"] as? [[String: Any]] ?? []
                #expect(implied.first?["code"] as? String == "9" && implied.first?["points"] as? String == "19")
                #expect(swapped.status == .ok)
                #expect(swapped.has("chữ số có vẻ bị đảo"))
                #expect(swapped.has("87,3"))
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.has("id=\"error-reconcile-total\""))
                #expect(refused.has("value=\"tám mươi\""), "what was typed stays in the form")
                #expect(empty.status == .unprocessableEntity)
            }
        }

        @Test func theAnalysisShowsTheUnitYearByYearAndItsPredecessorsHistory() async throws {
            try await withApp { app in
                // setup: a commune formed from Chi Lăng, assessed in 2023's PAR period
                let period = try await ResultsFixtures.parPeriod(app)
                let chiLang = try await Fixtures.unit("chi-lang", app)
                let successor = ParIndexData.Unit(unitGroupID: period.unitGroupID, code: "chi-lang-moi", name: "UBND xã Chi Lăng mới")
                try await successor.create(on: app.db)
                try await ParIndexData.Unit.query(on: app.db).filter(\.$id == chiLang.requireID()).set(\.$successorID, to: successor.id).update()
                let record = AssessmentRecord(periodID: try period.requireID(), unitID: try successor.requireID())
                try await record.create(on: app.db)
                let admin = Browser(app)
                try await admin.login(Demo.admin.0, Demo.admin.1)
                // act
                let own = try await admin.get(Paths.assessmentAnalysis(try await APITests.chiLangID(app)).href)
                let merged = try await admin.get(Paths.assessmentAnalysis(try record.requireID()).href)
                // check: Chi Lăng's 2022 (approved, ranked) and 2023 rows; the successor shows them as its predecessor's
                #expect(own.status == .ok && own.has("id=\"history\""))
                #expect(own.has("<th scope=\"row\">2022"))
                #expect(merged.status == .ok)
                #expect(merged.has("đơn vị tiền thân: UBND huyện Chi Lăng"))
            }
        }

        @Test func theCommitteeNotesCausesAndActionsPerFieldAndTheyPrintAsTheMinutes() async throws {
            try await withApp { app in
                // setup
                let id = try await APITests.chiLangID(app)
                let leader = Browser(app)
                try await leader.login(Demo.leader.0, Demo.leader.1)
                let other = Browser(app)
                try await other.login(Demo.officer.0, Demo.officer.1)
                // act: field 6 (public finance) on screen 6, two actions agreed
                let screen = try await leader.get(Paths.meeting(id, field: 6).href)
                let saved = try await leader.post(Paths.saveCommitteeNote(id, code: "6").href, [
                    "causes": "Giải ngân vốn đầu tư công chậm", "actions": "1. Đẩy nhanh giải ngân\n2. Rà soát dự toán", "version": "0"])
                let stale = try await other.post(Paths.saveCommitteeNote(id, code: "6").href, ["causes": "Khác", "actions": "", "version": "0"])
                let minutes = try await leader.get(Paths.minutes(id).href)
                // check
                #expect(screen.status == .ok)
                #expect(screen.has("id=\"meeting-field\">6. Cải cách tài chính công"))
                #expect(screen.has("rel=\"next\"") && screen.has("rel=\"prev\""))
                #expect(saved.status == .seeOther)
                #expect(stale.status == .conflict)
                #expect(stale.has("Khác"), "what was typed stays in the form")
                #expect(minutes.status == .ok)
                #expect(minutes.has("Giải ngân vốn đầu tư công chậm") && minutes.has("2. Rà soát dự toán"))
                let events = try await AuditEvent.query(on: app.db).filter(\.$assessmentID == id).filter(\.$subject == .committee).all()
                #expect(events.count == 1 && events.first?.nodeCode == "6")
                // A submitted assessment's notes can no longer change.
                let huuLung = try await Fixtures.parAssessment(of: "huu-lung", app).requireID()
                let admin = Browser(app)
                try await admin.login(Demo.admin.0, Demo.admin.1)
                #expect(try await admin.post(Paths.saveCommitteeNote(huuLung, code: "6").href, ["causes": "x", "version": "0"]).status == .forbidden)
                // The API reads and writes the same notes.
                let token = try await APITests.token(app, Demo.officer)
                let listed = try await APITests.call(app, .GET, APIPaths.committeeNotes(id).href, token: token)
                #expect(listed.array.map { $0["code"] as? String } == ["6"])
                let again = try await APITests.call(app, .PUT, APIPaths.committeeNote(id, code: "6").href, token: token,
                                                    json: ["causes": "Giải ngân chậm", "actions": "Họp giao ban hằng tháng", "version": 1])
                #expect(again.status == .ok && again.object["version"] as? Int == 2)
                let notAField = try await APITests.call(app, .PUT, APIPaths.committeeNote(id, code: "6.1").href, token: token,
                                                        json: ["causes": "", "version": 0])
                #expect(notAField.status == .notFound)
            }
        }

        /// On PostgreSQL, where two connections really write at once (the tests' in-memory SQLite
        /// answers a second writer "database is locked" at once, without the file's busy timeout).
        @Test(.enabled(if: runsOnPostgres)) func twoCommitteeSavesAtOnceKeepOneAndReportTheOtherAsAConflict() async throws {
            try await withApp { app in
                // setup
                let id = try await APITests.chiLangID(app)
                let leader = try #require(try await User.query(on: app.db).filter(\.$username == Demo.leader.0).first())
                let opened = try await Access.open(id, for: leader, today: CalendarDateFixture.date(TestClock.today), cache: app.criteriaSetCache, on: app.db)
                // act: both saw no notes yet (version 0)
                let outcomes = await withTaskGroup(of: String.self) { group in
                    for text in ["Nguyên nhân A", "Nguyên nhân B"] {
                        group.addTask {
                            do {
                                try await CommitteeNotes.save(code: "6", causes: text, actions: "", expectedVersion: 0, in: opened, by: leader, on: app.db)
                                return "saved"
                            } catch let error as AppError where error.kind == .conflict {
                                return "conflict"
                            } catch {
                                return "\(error)"
                            }
                        }
                    }
                    var results: [String] = []
                    for await result in group { results.append(result) }
                    return results
                }
                // check: one saved, one told of the conflict, one row
                #expect(outcomes.sorted() == ["conflict", "saved"])
                #expect(try await CommitteeNote.query(on: app.db).filter(\.$assessmentID == id).count() == 1)
            }
        }

        @Test func listsArePagedAndFiltered() async throws {
            try await withApp { app in
                // setup: 40 more units in the 2023 PAR period: 51 + 11 (tasks 2023) + 11 (PAR 2022) = 73 for the administrator
                let period = try await ResultsFixtures.parPeriod(app)
                _ = try await ResultsFixtures.addUnits(40, to: period, app)
                let admin = try await APITests.token(app, Demo.admin)
                // act
                let first = try await APITests.call(app, .GET, "/api/v1/assessments", token: admin)
                let second = try await APITests.call(app, .GET, "/api/v1/assessments?page=2", token: admin)
                let named = try await APITests.call(app, .GET, "/api/v1/assessments?q=chi%20lang", token: admin)
                let drafts = try await APITests.call(app, .GET, "/api/v1/assessments?state=submitted&period=\(try period.requireID().uuidString)", token: admin)
                // check
                #expect(first.array.count == 50)
                #expect(first.headers.first(name: "X-Total-Count") == "73")
                #expect(first.headers.first(name: "Link")?.contains("rel=\"next\"") == true)
                #expect(second.array.count == 23)
                #expect(named.array.map { $0["unit_code"] as? String } == ["chi-lang", "chi-lang", "chi-lang"])
                #expect(Set(drafts.array.compactMap { $0["unit_code"] as? String }) == ["huu-lung", "loc-binh"])
                // The home page: a pager, and an empty draft never shows a band.
                let browser = Browser(app)
                try await browser.login(Demo.admin.0, Demo.admin.1)
                let home = try await browser.get("/")
                #expect(home.has("rel=\"next\""))
                #expect(home.has("chưa chấm"))
                let chiLang = try await browser.get("/?q=Chi%20L%C4%83ng")
                #expect(chiLang.has("64,06 / 80"))
                #expect(chiLang.has("ĐTXHH chưa có"))
                let table = try #require(chiLang.body.range(of: "id=\"assessments\"")).lowerBound
                #expect(!chiLang.body[table...].contains("Trung bình"), "a score waiting for its survey shows no band")
            }
        }
    }
}

/// The entries' inputs read without `JSONDecoder` give what the decoder gives, and anything the
/// fast reader does not know goes to the decoder.
@Suite struct StoredInputParsingTests {
    @Test func theFastReaderAgreesWithTheDecoder() throws {
        let samples: [StoredInput] = [
            StoredInput(LeafInput(score: Points(hundredths: 1250))),
            StoredInput(LeafInput(option: "b")),
            StoredInput(LeafInput(numerator: FixedDecimal(units: 455, decimals: 1), denominator: FixedDecimal(12))),
            StoredInput(LeafInput(answer: .notApplicable, count: 3, notApplicable: true)),
            StoredInput(LeafInput(achieved: FixedDecimal(units: -5, decimals: 2), target: FixedDecimal(100), satisfaction: FixedDecimal(87))),
            StoredInput(LeafInput(option: "phương án đặc biệt")),
        ]
        for sample in samples {
            let json = sample.json
            #expect(StoredInput.parseFlat(json) == sample, "\(json)")
            #expect(StoredInput.decode(json) == sample)
        }
    }

    @Test func whatTheFastReaderDeclinesTheDecoderReads() {
        let escaped = #"{"option":"a\"b"}"#
        #expect(StoredInput.parseFlat(escaped) == nil)
        #expect(StoredInput.decode(escaped)?.option == "a\"b")
        let spaced = #" { "count" : 3 , "notApplicable" : false } "#
        #expect(StoredInput.parseFlat(spaced)?.count == 3)
        for refused in [#"{"count":1.5}"#, #"{"unknown":1}"#, #"{"count":1"#, #"{"count":1}x"#, "", "[]", #"{"count":99999999999999999999}"#] {
            #expect(StoredInput.parseFlat(refused) == nil, "\(refused)")
        }
        #expect(StoredInput.decode("{}") == StoredInput.decode(#"{ }"#))
    }
}

/// The API document lists every subject the audit log can hold (a history answer carries them).
@Suite struct AuditSubjectsDocumentedTests {
    @Test func theHistorySchemaNamesEveryAuditSubject() throws {
        let line = try #require(OpenAPIDocument.yaml.split(separator: "\n").first { $0.contains("enum: [self_entry,") })
        for subject in AuditSubject.allCases {
            let listed = line.split(separator: "[").last?.split(separator: "]").first?.split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) } ?? []
            #expect(listed.contains(subject.rawValue), "\(subject.rawValue)")
        }
    }
}
