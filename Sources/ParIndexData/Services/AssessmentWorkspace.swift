package import FluentKit
import Foundation
package import ParIndexCore

/// Everything one assessment page or API answer needs, loaded in a handful of queries, and the
/// core's scores computed from it. Nothing here is stored: every figure is derived on load.
package struct AssessmentWorkspace {
    package let record: AssessmentRecord
    package let period: Period
    package let unit: Unit
    package let criteriaSet: CriteriaSetRecord
    package let compiled: CompiledCriteriaSet
    /// Code → layer → entry.
    package let entries: [String: [EntryLayer: EntryRecord]]
    package let links: [String: [EvidenceLink]]
    package let documents: [UUID: EvidenceDocument]
    package let requests: [String: [ExplanationRequest]]
    package let userNames: [UUID: String]

    package static func load(_ record: AssessmentRecord, cache: CriteriaSetCache, on db: any Database) async throws -> AssessmentWorkspace {
        let id = try record.requireID()
        guard let period = try await Period.find(record.periodID, on: db),
              let unit = try await Unit.find(record.unitID, on: db),
              let setRecord = try await CriteriaSetRecord.find(period.criteriaSetID, on: db) else { throw AppError.notFound() }
        let compiled = try await setRecord.compiled(using: cache)
        var entries: [String: [EntryLayer: EntryRecord]] = [:]
        for entry in try await EntryRecord.query(on: db).filter(\.$assessmentID == id).all() {
            entries[entry.nodeCode, default: [:]][entry.layer] = entry
        }
        let linkList = try await EvidenceLink.query(on: db).filter(\.$assessmentID == id).sort(\.$createdAt).all()
        let documentIDs = Set(linkList.map(\.documentID))
        let documents = documentIDs.isEmpty ? [] : try await EvidenceDocument.query(on: db).filter(\.$id ~~ documentIDs).all()
        let requestList = try await ExplanationRequest.query(on: db).filter(\.$assessmentID == id).sort(\.$createdAt).all()
        let userIDs = Set(entries.values.flatMap { $0.values.compactMap(\.updatedBy) })
        let users = userIDs.isEmpty ? [] : try await User.query(on: db).filter(\.$id ~~ userIDs).all()
        return AssessmentWorkspace(
            record: record, period: period, unit: unit, criteriaSet: setRecord, compiled: compiled, entries: entries,
            links: Dictionary(grouping: linkList, by: \.nodeCode),
            documents: Dictionary(uniqueKeysWithValues: documents.compactMap { doc in doc.id.map { ($0, doc) } }),
            requests: Dictionary(grouping: requestList, by: \.nodeCode),
            userNames: Dictionary(uniqueKeysWithValues: users.compactMap { user in user.id.map { ($0, user.displayName) } }))
    }

    /// The assessment as the core reads it: the self layer, the latest appraisal round, survey points.
    package var coreAssessment: Assessment {
        var coreEntries: [String: LeafEntry] = [:]
        for (code, layers) in entries {
            var entry = LeafEntry()
            entry.selfAssessed = layers[.selfAssessed].flatMap(Self.input)
            entry.appraised = (layers[.appraisalRound2] ?? layers[.appraisalRound1]).flatMap(Self.input)
            entry.survey = layers[.survey].flatMap(Self.input)
            coreEntries[code] = entry
        }
        return Assessment(criteriaSetID: compiled.set.metadata.id, unit: UnitReference(code: unit.code, name: unit.name),
                          year: period.year, entries: coreEntries)
    }

    package static func input(_ entry: EntryRecord) -> LeafInput? {
        StoredInput.decode(entry.inputs)?.leafInput(note: entry.note)
    }

    package func score(_ view: ScoreView) -> ScoreResult {
        compiled.scorer.score(coreAssessment, view: view).result
    }

    package func entry(_ code: String, _ layer: EntryLayer) -> EntryRecord? { entries[code]?[layer] }

    /// Criteria whose self-assessment cites no evidence document.
    package var leavesLackingEvidence: [String] {
        compiled.tree.leafNodes.map { compiled.tree.nodes[$0] }
            .filter { $0.kind != .survey && (links[$0.code] ?? []).isEmpty }
            .map(\.code)
    }

    package func snapshot(of entry: EntryRecord) -> EntrySnapshot {
        EntrySnapshot(summary: StoredInput.decode(entry.inputs)?.summary ?? entry.inputs, note: entry.note,
                      version: entry.version, updatedByName: entry.updatedBy.flatMap { userNames[$0] })
    }
}
