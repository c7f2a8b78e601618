import Fluent
import Foundation
import ParIndexCore
import Vapor
import ParIndexData

/// The demo's surveys (`serve --demo`): the 2023 campaigns of Lạng Sơn's 11 districts, answered
/// and closed, whose satisfaction gives Chi Lăng the 19 survey points the founding article
/// implies (83,06 reported − 64,06 self-assessed: 95 % satisfied on 9.1, 9.2 and 9.3), and one
/// open campaign whose links and QR codes a newcomer can try on a phone.
///
/// The answers are loaded in bulk (`SurveyBulkLoad`): the rows, counts, survey points and audit a
/// real campaign leaves, without 1 320 transactions at every first start.
enum DemoSurveys {
    /// Respondents per unit and campaign; Chi Lăng's satisfied among them, on every question.
    static let respondents = 40
    static let chiLangSatisfied = 38

    struct Seeded {
        var openLinks: [(unit: String, code: String)]
    }

    static func seed(_ app: Application, period: Period, admin: User, today: CalendarDate) async throws -> Seeded {
        let root = try DemoData.repositoryRoot()
        var records: [String: QuestionnaireRecord] = [:]
        for name in ["langson-sipas-2023", "langson-leaders-2023", "langson-businesses-2023"] {
            let yaml = try String(contentsOf: root.appendingPathComponent("questionnaires/\(name).yaml"), encoding: .utf8)
            records[name] = try await Questionnaires.importYAML(yaml, by: admin, on: app.db)
        }
        let closed: [(String, SurveyTargetGroup, String)] = [
            ("langson-sipas-2023", .citizens, "SIPAS 2023 — người dân tại bộ phận một cửa"),
            ("langson-leaders-2023", .leaders, "Khảo sát lãnh đạo, quản lý 2023"),
            ("langson-businesses-2023", .businesses, "Khảo sát doanh nghiệp 2023"),
        ]
        for (name, group, title) in closed {
            guard let record = records[name] else { continue }
            let campaign = try await SurveyCampaigns.create(
                .init(questionnaireID: record.id, periodID: period.id, targetGroup: group.rawValue, title: title,
                      opensOn: "2023-10-01", closesOn: "2023-11-30", quota: String(respondents)),
                by: admin, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
            let questionnaire = try QuestionnaireCache.shared.questionnaire(record)
            let links = try await SurveyLink.query(on: app.db).filter(\.$campaignID == campaign.requireID()).all()
            let codes = try await ParIndexData.Unit.codes(of: links.map(\.unitID), on: app.db)
            for link in links {
                let satisfied = satisfiedCount(unit: codes[link.unitID] ?? "", campaign: name)
                let answered = (0..<respondents).map { person in kept(questionnaire, satisfied: person < satisfied) }
                try await SurveyBulkLoad.load(answered, campaign: campaign, unitID: link.unitID, receivedOn: CalendarDate(year: 2023, month: 11, day: 15) ?? today,
                                              cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
            }
            try await SurveyCampaigns.close(campaign, by: admin, on: app.db)
        }
        // Open now, for officials: a newcomer answers it on a phone and watches the counts move.
        guard let leaders = records["langson-leaders-2023"] else { return Seeded(openLinks: []) }
        let open = try await SurveyCampaigns.create(
            .init(questionnaireID: leaders.id, periodID: period.id, targetGroup: SurveyTargetGroup.officials.rawValue,
                  title: "Khảo sát công chức (thử trên điện thoại)", opensOn: today.adding(days: -7).iso, closesOn: today.adding(days: 60).iso,
                  quota: "30"),
            by: admin, cache: app.criteriaSetCache, questionnaires: .shared, on: app.db)
        let links = try await SurveyLink.query(on: app.db).filter(\.$campaignID == open.requireID()).all()
        let codes = try await ParIndexData.Unit.codes(of: links.map(\.unitID), on: app.db)
        return Seeded(openLinks: links.map { (unit: codes[$0.unitID] ?? "", code: $0.code) }.sorted { $0.unit < $1.unit })
    }

    /// Chi Lăng: 38 of 40 (95 %); the others between 30 and 39, fixed per unit and campaign.
    static func satisfiedCount(unit: String, campaign: String) -> Int {
        guard unit != "chi-lang" else { return chiLangSatisfied }
        let seed = (unit + campaign).unicodeScalars.reduce(0) { ($0 * 31 + Int($1.value)) % 1_000_003 }
        return 30 + seed % 10
    }

    /// One respondent's answers as kept: every closed question answered as satisfied or not, as
    /// its counting says; other questions with their first choice; texts left out.
    static func kept(_ questionnaire: Questionnaire, satisfied: Bool) -> [String: String] {
        var answers: [String: String] = [:]
        for question in questionnaire.questions where question.kind.isClosed {
            let keys = question.kind.answerKeys
            if let counting = question.counts {
                let pick = satisfied ? keys.last(where: counting.satisfied.contains) : keys.first(where: { !counting.satisfied.contains($0) })
                if let pick { answers[question.code] = pick }
            } else if let first = keys.first {
                answers[question.code] = first
            }
        }
        return answers
    }
}
