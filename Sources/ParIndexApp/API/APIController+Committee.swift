import Foundation
import ParIndexCore
import Vapor
import ParIndexData

extension APIController {
    /// `PUT /api/v1/assessments/{assessmentID}/ranking` with `{"ranked": false, "reason": "…"}`:
    /// keeps the unit out of its period's ranking (a reason is required), or brings it back.
    @Sendable static func setRanked(_ request: Request) async throws -> Response {
        let id = try request.parameter(.assessment)
        let body = try request.content.decode(APIRankingChange.self)
        let reason = try await PeriodSetup.setRanked(id, ranked: body.ranked, reason: body.reason ?? "", by: try request.user, on: request.db)
        let response = Response(status: .ok)
        try response.content.encode(APIRankingChange(ranked: body.ranked, reason: reason.isEmpty ? nil : reason))
        return response
    }
}

struct APIRankingChange: Content {
    var ranked: Bool
    var reason: String?
}

extension APIController {
    /// `GET /api/v1/assessments/{assessmentID}/committee`: the steering committee's notes per field.
    @Sendable static func committeeNotes(_ request: Request) async throws -> [APICommitteeNote] {
        let opened = try await request.openAssessment()
        let notes = try await CommitteeNotes.all(of: try opened.record.requireID(), on: request.db)
        let tree = opened.workspace.compiled.tree
        return tree.rootNodes.compactMap { notes[tree.nodes[$0].code].map(APICommitteeNote.init) }
    }

    /// `PUT /api/v1/assessments/{assessmentID}/committee/{code}` with `{"causes", "actions",
    /// "version"}` (0 for a field without notes yet): while the draft is being prepared.
    @Sendable static func saveCommitteeNote(_ request: Request) async throws -> APICommitteeNote {
        let code = try request.parameter(.criterion)
        let opened = try await request.openAssessment()
        let body = try request.content.decode(APICommitteeNoteChange.self)
        let note = try await CommitteeNotes.save(code: code, causes: body.causes ?? "", actions: body.actions ?? "", expectedVersion: body.version,
                                                 in: opened, by: try request.user, on: request.db)
        return APICommitteeNote(note)
    }
}

struct APICommitteeNote: Content {
    var code: String
    var causes: String
    var actions: String
    var version: Int

    init(_ note: CommitteeNote) {
        code = note.nodeCode
        causes = note.causes
        actions = note.actions
        version = note.version
    }
}

struct APICommitteeNoteChange: Content {
    var causes: String?
    var actions: String?
    var version: Int
}
