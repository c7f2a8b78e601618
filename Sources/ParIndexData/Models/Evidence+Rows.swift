package import FluentKit
import Foundation
import SQLKit

// The assessment page's evidence reads as fixed SQL text, read column by column: every view of
// the page makes them. The models are the same as Fluent's (a test compares them), and, like
// `ContextQuery`'s, are changed with explicit queries, never with a model update.

extension EvidenceLink {
    /// An assessment's links, oldest first, each with its document: one query, where two were made.
    package static func withDocuments(of assessmentID: UUID, on db: any Database) async throws -> [(link: EvidenceLink, document: EvidenceDocument)] {
        guard let sql = db as? any SQLDatabase else {
            let links = try await EvidenceLink.query(on: db).filter(\.$assessmentID == assessmentID).sort(\.$createdAt).all()
            let documents = try await EvidenceDocument.query(on: db).filter(\.$id ~~ Set(links.map(\.documentID))).all()
            let byID = Dictionary(uniqueKeysWithValues: documents.compactMap { document in document.id.map { ($0, document) } })
            return links.compactMap { link in byID[link.documentID].map { (link, $0) } }
        }
        let statement: SQLQueryString = """
            SELECT l."id" AS l_id, l."created_at" AS l_created_at, l."assessment_id" AS l_assessment_id, l."document_id" AS l_document_id, \
            l."created_by" AS l_created_by, l."node_code" AS l_node_code, l."anchor" AS l_anchor, \
            d."id" AS d_id, d."created_at" AS d_created_at, d."unit_id" AS d_unit_id, d."uploaded_by" AS d_uploaded_by, d."title" AS d_title, \
            d."document_number" AS d_document_number, d."issuer" AS d_issuer, d."issued_on" AS d_issued_on, \
            d."content_hash" AS d_content_hash, d."original_name" AS d_original_name, d."content_type" AS d_content_type, \
            d."byte_count" AS d_byte_count \
            FROM "evidence_links" l JOIN "evidence_documents" d ON d."id" = l."document_id" \
            WHERE l."assessment_id" = \(bind: assessmentID) ORDER BY l."created_at"
            """
        return try await sql.raw(statement).all().map { row in
            let link = EvidenceLink(id: try row.decode(column: "l_id", as: UUID.self),
                                    assessmentID: try row.decode(column: "l_assessment_id", as: UUID.self),
                                    documentID: try row.decode(column: "l_document_id", as: UUID.self),
                                    nodeCode: try row.decode(column: "l_node_code", as: String.self),
                                    anchor: try row.decode(column: "l_anchor", as: String.self),
                                    createdBy: try row.decode(column: "l_created_by", as: UUID?.self))
            link.createdAt = try row.decode(column: "l_created_at", as: Date?.self)
            link.$id.exists = true
            return (link, try EvidenceDocument.decoded(from: row, prefix: "d_"))
        }
    }
}

extension EvidenceDocument {
    /// A unit's documents as the page offers them to cite: id and title, by title.
    package static func choices(ofUnit unitID: UUID, on db: any Database) async throws -> [(id: UUID, title: String)] {
        guard let sql = db as? any SQLDatabase else {
            return try await EvidenceDocument.query(on: db).filter(\.$unitID == unitID).sort(\.$title).all()
                .compactMap { document in document.id.map { ($0, document.title) } }
        }
        return try await sql.raw("""
            SELECT "id", "title" FROM "evidence_documents" WHERE "unit_id" = \(bind: unitID) ORDER BY "title"
            """).all().map { row in (try row.decode(column: "id", as: UUID.self), try row.decode(column: "title", as: String.self)) }
    }

    static func decoded(from row: any SQLRow, prefix: String) throws -> EvidenceDocument {
        let document = EvidenceDocument(id: try row.decode(column: prefix + "id", as: UUID.self),
                                        unitID: try row.decode(column: prefix + "unit_id", as: UUID.self),
                                        uploadedBy: try row.decode(column: prefix + "uploaded_by", as: UUID?.self),
                                        title: try row.decode(column: prefix + "title", as: String.self),
                                        documentNumber: try row.decode(column: prefix + "document_number", as: String.self),
                                        issuer: try row.decode(column: prefix + "issuer", as: String.self),
                                        issuedOn: try row.decode(column: prefix + "issued_on", as: String?.self),
                                        contentHash: try row.decode(column: prefix + "content_hash", as: String.self),
                                        originalName: try row.decode(column: prefix + "original_name", as: String.self),
                                        contentType: try row.decode(column: prefix + "content_type", as: String.self),
                                        byteCount: try row.decode(column: prefix + "byte_count", as: Int.self))
        document.createdAt = try row.decode(column: prefix + "created_at", as: Date?.self)
        document.$id.exists = true
        return document
    }
}

extension ExplanationRequest {
    /// An assessment's requests for explanation, oldest first.
    package static func all(of assessmentID: UUID, on db: any Database) async throws -> [ExplanationRequest] {
        guard let sql = db as? any SQLDatabase else {
            return try await ExplanationRequest.query(on: db).filter(\.$assessmentID == assessmentID).sort(\.$createdAt).all()
        }
        let statement: SQLQueryString = """
            SELECT "id", "created_at", "assessment_id", "asked_by", "answered_by", "node_code", "question", "answer", "answered_at" \
            FROM "explanation_requests" WHERE "assessment_id" = \(bind: assessmentID) ORDER BY "created_at"
            """
        return try await sql.raw(statement).all().map { row in
            let request = ExplanationRequest(id: try row.decode(column: "id", as: UUID.self),
                                             assessmentID: try row.decode(column: "assessment_id", as: UUID.self),
                                             nodeCode: try row.decode(column: "node_code", as: String.self),
                                             question: try row.decode(column: "question", as: String.self),
                                             askedBy: try row.decode(column: "asked_by", as: UUID?.self))
            request.createdAt = try row.decode(column: "created_at", as: Date?.self)
            request.answeredBy = try row.decode(column: "answered_by", as: UUID?.self)
            request.answer = try row.decode(column: "answer", as: String?.self)
            request.answeredAt = try row.decode(column: "answered_at", as: Date?.self)
            request.$id.exists = true
            return request
        }
    }
}
