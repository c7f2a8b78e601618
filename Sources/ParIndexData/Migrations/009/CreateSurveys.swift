package import FluentKit
import SQLKit

/// Surveys run by ParIndex: questionnaires, campaigns with a public link per unit, the answers
/// received, and the running counts that feed each unit's survey layer.
///
/// Nothing that identifies a respondent is stored with an answer: the device a submission came
/// from is kept only as a keyed hash in `survey_devices`, with no link to the response, and the
/// address only as a keyed hash in `survey_address_counts`, deleted when the campaign closes.
package struct CreateSurveys: AsyncMigration {
    package init() {}

    /// Pinned, so that moving the type never makes Fluent run it again.
    package var name: String { "ParIndexData.CreateSurveys" }

    package func prepare(on database: any Database) async throws {
        try await database.schema(QuestionnaireRecord.schema)
            .id()
            .field("key", .string, .required)
            .field("year", .int, .required)
            .field("version", .int, .required)
            .field("title", .string, .required)
            .field("yaml", .string, .required)
            .field("created_at", .datetime)
            .field("created_by", .uuid, .references(User.schema, "id"))
            .unique(on: "key", "year", "version")
            .create()
        try await database.schema(SurveyCampaign.schema)
            .id()
            .field("questionnaire_id", .uuid, .required, .references(QuestionnaireRecord.schema, "id"))
            .field("period_id", .uuid, .required, .references(Period.schema, "id"))
            .field("target_group", .string, .required)
            .field("title", .string, .required)
            .field("opens_on", .string, .required)
            .field("closes_on", .string, .required)
            .field("quota", .int, .required)
            .field("secret", .string, .required)
            .field("closed_at", .string)
            .field("created_by", .uuid, .references(User.schema, "id"))
            .create()
        try await database.schema(SurveyLink.schema)
            .id()
            .field("campaign_id", .uuid, .required, .references(SurveyCampaign.schema, "id"))
            .field("unit_id", .uuid, .required, .references(Unit.schema, "id"))
            .field("code", .string, .required)
            .unique(on: "code")
            .unique(on: "campaign_id", "unit_id")
            .create()
        try await database.schema(SurveyResponse.schema)
            .id()
            .field("campaign_id", .uuid, .required, .references(SurveyCampaign.schema, "id"))
            .field("unit_id", .uuid, .required, .references(Unit.schema, "id"))
            .field("source", .string, .required)
            .field("received_on", .string, .required)
            .field("flag", .string)
            .field("counted", .bool, .required)
            .field("entered_by", .uuid, .references(User.schema, "id"))
            .field("voided_by", .uuid, .references(User.schema, "id"))
            .field("void_reason", .string)
            .create()
        try await database.schema(SurveyAnswer.schema)
            .id()
            .field("response_id", .uuid, .required, .references(SurveyResponse.schema, "id"))
            .field("question_code", .string, .required)
            .field("value", .string, .required)
            .unique(on: "response_id", "question_code")
            .create()
        try await database.schema(SurveyDevice.schema)
            .id()
            .field("campaign_id", .uuid, .required, .references(SurveyCampaign.schema, "id"))
            .field("token_hash", .string, .required)
            .unique(on: "campaign_id", "token_hash")
            .create()
        try await database.schema(SurveyAddressCount.schema)
            .id()
            .field("campaign_id", .uuid, .required, .references(SurveyCampaign.schema, "id"))
            .field("address_hash", .string, .required)
            .field("window", .int64, .required)
            .field("count", .int, .required)
            .unique(on: "campaign_id", "address_hash")
            .create()
        try await database.schema(SurveyTallyRecord.schema)
            .id()
            .field("campaign_id", .uuid, .required, .references(SurveyCampaign.schema, "id"))
            .field("unit_id", .uuid, .required, .references(Unit.schema, "id"))
            .field("question_code", .string, .required)
            .field("answer_key", .string, .required)
            .field("count", .int, .required)
            .unique(on: "campaign_id", "unit_id", "question_code", "answer_key")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw(#"CREATE INDEX "survey_responses_by_campaign_unit" ON "survey_responses" ("campaign_id", "unit_id")"#).run()
        // The answers' own tables are written with every answer and shown on no page kept under
        // the revision (`DataRevision.unwatchedTables`); what a kept page shows of them, the
        // survey points, is an entry, and entries are watched.
        for table in [QuestionnaireRecord.schema, SurveyCampaign.schema, SurveyLink.schema] {
            try await DataRevision.watch(table, on: sql)
        }
    }

    package func revert(on database: any Database) async throws {
        for schema in [SurveyTallyRecord.schema, SurveyAddressCount.schema, SurveyDevice.schema, SurveyAnswer.schema,
                       SurveyResponse.schema, SurveyLink.schema, SurveyCampaign.schema, QuestionnaireRecord.schema] {
            try await database.schema(schema).delete()
        }
    }
}
