package import FluentKit
package import Foundation
package import ParIndexCore

/// A campaign's answers as a table for analysis elsewhere, anonymised: a response's random id,
/// its unit, source, day and standing, then one column per question. No device, address or
/// person is in the data to begin with.
package enum SurveyAnswersExport {
    package struct Table: Sendable {
        package var headings: [String]
        package var rows: [[String]]
        /// The columns holding Likert answers (numbers).
        package var likertColumns: Set<Int>
    }

    package static func table(_ campaign: SurveyCampaign, questionnaires: QuestionnaireCache, on db: any Database) async throws -> Table {
        let campaignID = try campaign.requireID()
        let questionnaire = try await questionnaires.questionnaire(id: campaign.questionnaireID, on: db)
        let responses = try await SurveyResponse.query(on: db).filter(\.$campaignID == campaignID).sort(\.$receivedOn).sort(\.$id).all()
        let links = try await SurveyLink.query(on: db).filter(\.$campaignID == campaignID).all()
        let unitCodes = try await Unit.codes(of: links.map(\.unitID), on: db)
        let answers = try await SurveyAnswer.query(on: db).join(SurveyResponse.self, on: \SurveyAnswer.$responseID == \SurveyResponse.$id)
            .filter(SurveyResponse.self, \.$campaignID == campaignID).all()
        var byResponse: [UUID: [String: String]] = [:]
        for answer in answers { byResponse[answer.responseID, default: [:]][answer.questionCode] = answer.value }
        let codes = questionnaire.questions.map(\.code)
        let rows = responses.compactMap { response -> [String]? in
            guard let id = response.id else { return nil }
            let standing = response.isVoided ? "voided" : response.counted ? "counted" : "waiting"
            let values = byResponse[id] ?? [:]
            return [id.uuidString.lowercased(), unitCodes[response.unitID] ?? "", response.sourceName, response.receivedOn, standing]
                + codes.map { values[$0] ?? "" }
        }
        let likert = Set(questionnaire.questions.enumerated().compactMap { $0.element.kind == .likert ? $0.offset + 5 : nil })
        return Table(headings: ["response", "unit_code", "source", "received_on", "standing"] + codes, rows: rows, likertColumns: likert)
    }
}
