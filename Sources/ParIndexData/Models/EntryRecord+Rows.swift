package import FluentKit
import Foundation
import SQLKit

extension EntryRecord {
    /// The entries of one assessment (of one criterion, with `code`), read column by column.
    /// Fluent turns each row into a model through reflection (a `Mirror` of every property,
    /// per row), which a page of a hundred criteria paid on every view. These are the same
    /// records, marked as stored; like `ContextQuery`'s, they hold every value as if just set, so
    /// they are changed with explicit queries (`EntryService`), never with a model update.
    package static func rows(of assessmentID: UUID, code: String? = nil, on db: any Database) async throws -> [EntryRecord] {
        guard let sql = db as? any SQLDatabase else {
            let query = EntryRecord.query(on: db).filter(\.$assessmentID == assessmentID)
            if let code { query.filter(\.$nodeCode == code) }
            return try await query.all()
        }
        // Fixed text: nothing to build or escape per request.
        var statement: SQLQueryString = "SELECT "
        statement.appendInterpolation(unsafeRaw: selectedColumns)
        statement.appendInterpolation(unsafeRaw: #" FROM "entries" e WHERE e."assessment_id" = "#)
        statement.appendInterpolation(bind: assessmentID)
        if let code { statement.appendInterpolation(unsafeRaw: #" AND e."node_code" = "#); statement.appendInterpolation(bind: code) }
        return try await sql.raw(statement).all().map { try decoded(from: $0) }
    }

    /// Every column of `entries` aliased `e`, each named `e_<column>`: what `decoded(from:)` reads,
    /// here and in the joins that bring entries along (`ContextQuery`).
    static let selectedColumns = ["id", "updated_at", "assessment_id", "updated_by", "node_code", "layer", "inputs", "note", "version"]
        .map { #"e."\#($0)" AS e_\#($0)"# }.joined(separator: ", ")

    /// One entry from a row holding `selectedColumns`.
    static func decoded(from row: any SQLRow) throws -> EntryRecord {
        let prefix = "e_"
        guard let layer = EntryLayer(rawValue: try row.decode(column: prefix + "layer", as: String.self)) else {
            throw AppError(.internalFailure, message: .init("An entry has an unknown layer."))
        }
        let entry = EntryRecord(id: try row.decode(column: prefix + "id", as: UUID.self),
                                assessmentID: try row.decode(column: prefix + "assessment_id", as: UUID.self),
                                nodeCode: try row.decode(column: prefix + "node_code", as: String.self), layer: layer,
                                inputs: try row.decode(column: prefix + "inputs", as: String.self),
                                note: try row.decode(column: prefix + "note", as: String.self),
                                updatedBy: try row.decode(column: prefix + "updated_by", as: UUID?.self))
        entry.version = try row.decode(column: prefix + "version", as: Int.self)
        entry.updatedAt = try row.decode(column: prefix + "updated_at", as: Date?.self)
        entry.$id.exists = true
        return entry
    }
}
