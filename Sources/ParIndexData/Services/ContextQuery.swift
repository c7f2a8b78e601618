import FluentKit
import Foundation
import ParIndexCore
import SQLKit

/// The query behind `AssessmentWorkspace.Context.find`: an assessment with its period, unit and
/// criteria set. Every page and save of an assessment runs it first. The statement is fixed text,
/// so nothing is built or escaped per request; identifiers are quoted the way both SQLite and
/// PostgreSQL read them. A test checks the models against Fluent's on both engines.
///
/// Models built this way hold every value as if just set: `update(on:)` on one would write all
/// its columns back, not only those changed. Change these rows with explicit queries (as the
/// entry, workflow and report services do).
enum ContextQuery {
    /// With `code`, the same row joined with that criterion's entries (one row per layer): a
    /// save needs both, and one round trip to the database instead of two.
    ///
    /// The set's YAML comes from `cache` when this process has parsed that version already (every
    /// request but the first after a start or an edit), and is read by a second query otherwise.
    static func find(_ id: UUID, withEntriesOf code: String? = nil, cache: CriteriaSetCache?,
                     on sql: any SQLDatabase) async throws -> AssessmentWorkspace.Context? {
        var statement: SQLQueryString = """
            SELECT a."id" AS a_id, a."updated_at" AS a_updated_at, a."period_id" AS a_period_id, a."unit_id" AS a_unit_id, \
            a."state" AS a_state, a."version" AS a_version, a."submitted_at" AS a_submitted_at, a."difficulties" AS a_difficulties, \
            a."proposals" AS a_proposals, a."is_demo" AS a_is_demo, a."ranked" AS a_ranked, a."signed_sheet_id" AS a_signed_sheet_id, \
            p."criteria_set_id" AS p_criteria_set_id, p."unit_group_id" AS p_unit_group_id, p."title" AS p_title, p."year" AS p_year, \
            p."self_deadline" AS p_self_deadline, p."explanation_deadline" AS p_explanation_deadline, \
            p."appraisal_deadline" AS p_appraisal_deadline, p."open" AS p_open, \
            u."unit_group_id" AS u_unit_group_id, u."parent_id" AS u_parent_id, u."predecessor_id" AS u_predecessor_id, \
            u."successor_id" AS u_successor_id, u."code" AS u_code, u."name" AS u_name, u."valid_from" AS u_valid_from, \
            u."valid_to" AS u_valid_to, \
            s."created_at" AS s_created_at, s."updated_at" AS s_updated_at, s."set_key" AS s_set_key, s."year" AS s_year, \
            s."title" AS s_title, s."version" AS s_version
            """
        if let code {
            statement.appendInterpolation(unsafeRaw: ", " + EntryRecord.selectedColumns)
        }
        statement.appendInterpolation(unsafeRaw: """
             FROM "assessments" a \
            JOIN "periods" p ON p."id" = a."period_id" \
            JOIN "units" u ON u."id" = a."unit_id" \
            JOIN "criteria_sets" s ON s."id" = p."criteria_set_id"
            """)
        if let code {
            statement.appendInterpolation(unsafeRaw: #" LEFT JOIN "entries" e ON e."assessment_id" = a."id" AND e."node_code" = "#)
            statement.appendInterpolation(bind: code)
        }
        statement.appendInterpolation(unsafeRaw: #" WHERE a."id" = "#)
        statement.appendInterpolation(bind: id)
        let rows = try await sql.raw(statement).all()
        guard let first = rows.first else { return nil }
        var context = try context(from: first)
        let set = context.criteriaSet
        let setID = try set.requireID()
        if let yaml = cache?.yaml(id: setID, version: set.version) {
            set.yaml = yaml
        } else {
            guard let row = try await sql.raw(#"SELECT "yaml", "version" FROM "criteria_sets" WHERE "id" = \#(bind: setID)"#).first() else { return nil }
            set.yaml = try row.decode(column: "yaml", as: String.self)
            // The text and the version it belongs to come together (an edit may have landed in between).
            set.version = try row.decode(column: "version", as: Int.self)
        }
        if let code {
            let entries = try rows.compactMap { row in
                try row.decodeNil(column: "e_id") ? nil : try EntryRecord.decoded(from: row)
            }
            context.criterionEntries = (code, entries)
        }
        return context
    }

    private static func context(from row: any SQLRow) throws -> AssessmentWorkspace.Context {
        func text(_ column: String) throws -> String { try row.decode(column: column, as: String.self) }
        func optionalText(_ column: String) throws -> String? { try row.decode(column: column, as: String?.self) }
        func id(_ column: String) throws -> UUID { try row.decode(column: column, as: UUID.self) }
        func optionalID(_ column: String) throws -> UUID? { try row.decode(column: column, as: UUID?.self) }
        func number(_ column: String) throws -> Int { try row.decode(column: column, as: Int.self) }
        func flag(_ column: String) throws -> Bool { try row.decode(column: column, as: Bool.self) }
        func date(_ column: String) throws -> Date? { try row.decode(column: column, as: Date?.self) }

        guard let state = AssessmentState(rawValue: try text("a_state")) else {
            throw AppError(.internalFailure, message: .init("An assessment has an unknown state."))
        }
        let record = AssessmentRecord(id: try id("a_id"), periodID: try id("a_period_id"), unitID: try id("a_unit_id"), isDemo: try flag("a_is_demo"))
        record.updatedAt = try date("a_updated_at")
        record.state = state
        record.version = try number("a_version")
        record.submittedAt = try date("a_submitted_at")
        record.difficulties = try text("a_difficulties")
        record.proposals = try text("a_proposals")
        record.ranked = try flag("a_ranked")
        record.signedSheetID = try optionalID("a_signed_sheet_id")
        record.$id.exists = true

        let period = Period(id: record.periodID, criteriaSetID: try id("p_criteria_set_id"), unitGroupID: try id("p_unit_group_id"),
                            title: try text("p_title"), year: try number("p_year"), selfDeadline: try optionalText("p_self_deadline"),
                            explanationDeadline: try optionalText("p_explanation_deadline"),
                            appraisalDeadline: try optionalText("p_appraisal_deadline"))
        period.open = try flag("p_open")
        period.$id.exists = true

        let unit = Unit(id: record.unitID, unitGroupID: try id("u_unit_group_id"), parentID: try optionalID("u_parent_id"),
                        code: try text("u_code"), name: try text("u_name"), validFrom: try optionalText("u_valid_from"),
                        validTo: try optionalText("u_valid_to"))
        unit.predecessorID = try optionalID("u_predecessor_id")
        unit.successorID = try optionalID("u_successor_id")
        unit.$id.exists = true

        // The YAML is filled in by `find`, from the cache or a query of its own.
        let set = CriteriaSetRecord(id: period.criteriaSetID, setKey: try text("s_set_key"), year: try number("s_year"),
                                    title: try text("s_title"), yaml: "")
        set.createdAt = try date("s_created_at")
        set.updatedAt = try date("s_updated_at")
        set.version = try number("s_version")
        set.$id.exists = true
        return AssessmentWorkspace.Context(record: record, period: period, unit: unit, criteriaSet: set)
    }
}
