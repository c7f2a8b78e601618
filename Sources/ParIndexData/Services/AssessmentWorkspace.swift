package import FluentKit
import Foundation
import SQLKit
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
    /// Each entry's stored input, decoded once (code → layer → input).
    package let inputs: [String: [EntryLayer: StoredInput]]
    /// The assessment as the core reads it: the self layer, the latest appraisal round, survey points.
    package let coreAssessment: Assessment

    package init(record: AssessmentRecord, period: Period, unit: Unit, criteriaSet: CriteriaSetRecord, compiled: CompiledCriteriaSet,
                 entries: [String: [EntryLayer: EntryRecord]], links: [String: [EvidenceLink]], documents: [UUID: EvidenceDocument],
                 requests: [String: [ExplanationRequest]], userNames: [UUID: String]) {
        self.record = record
        self.period = period
        self.unit = unit
        self.criteriaSet = criteriaSet
        self.compiled = compiled
        self.entries = entries
        self.links = links
        self.documents = documents
        self.requests = requests
        self.userNames = userNames
        var inputs: [String: [EntryLayer: StoredInput]] = [:]
        var coreEntries: [String: LeafEntry] = [:]
        for (code, layers) in entries {
            var decoded: [EntryLayer: StoredInput] = [:]
            for (layer, entry) in layers {
                decoded[layer] = StoredInput.decode(entry.inputs)
            }
            func input(_ layer: EntryLayer) -> LeafInput? {
                guard let entry = layers[layer] else { return nil }
                return decoded[layer]?.leafInput(note: entry.note)
            }
            var entry = LeafEntry()
            entry.selfAssessed = input(.selfAssessed)
            entry.appraised = layers[.appraisalRound2] != nil ? input(.appraisalRound2) : input(.appraisalRound1)
            entry.survey = input(.survey)
            coreEntries[code] = entry
            inputs[code] = decoded
        }
        self.inputs = inputs
        coreAssessment = Assessment(criteriaSetID: compiled.set.metadata.id, unit: UnitReference(code: unit.code, name: unit.name),
                                    year: period.year, entries: coreEntries)
    }

    /// How much of an assessment a request needs.
    package enum Parts: Sendable, Equatable {
        /// Everything a page shows: entries, evidence links and documents, explanation requests,
        /// the names of who saved what.
        case everything
        /// What saving one criterion needs: that criterion's entries (every layer), nothing of
        /// the others, so a save stays a few small reads and one short transaction. The whole
        /// assessment's scores are not available from such a workspace.
        case criterion(String)
    }

    /// An assessment with its period, unit and criteria set, read in one query.
    package struct Context {
        package let record: AssessmentRecord
        package let period: Period
        package let unit: Unit
        package let criteriaSet: CriteriaSetRecord
        /// One criterion's entries, when they were read with the rest (`find(_:parts:on:)`).
        var criterionEntries: (code: String, entries: [EntryRecord])?

        package init(record: AssessmentRecord, period: Period, unit: Unit, criteriaSet: CriteriaSetRecord) {
            self.record = record
            self.period = period
            self.unit = unit
            self.criteriaSet = criteriaSet
        }

        /// Nil when there is no such assessment. One joined query where four lookups by id each
        /// paid Fluent's fixed cost per query (about 0,4 ms on this machine, most of a save); on
        /// SQL databases written as fixed text and read column by column (`ContextQuery`), as
        /// Fluent's join built and serialized the statement and decoded four models by reflection
        /// on every request.
        package static func find(_ id: UUID, cache: CriteriaSetCache? = nil, on db: any Database) async throws -> Context? {
            try await find(id, parts: .everything, cache: cache, on: db)
        }

        /// With `.criterion(code)`, that criterion's entries come with it, in the same query.
        package static func find(_ id: UUID, parts: Parts, cache: CriteriaSetCache? = nil, on db: any Database) async throws -> Context? {
            let code: String? = if case let .criterion(code) = parts { code } else { nil }
            if let sql = db as? any SQLDatabase { return try await ContextQuery.find(id, withEntriesOf: code, cache: cache, on: sql) }
            guard let record = try await AssessmentRecord.query(on: db).filter(\.$id == id)
                .join(Period.self, on: \AssessmentRecord.$periodID == \Period.$id)
                .join(Unit.self, on: \AssessmentRecord.$unitID == \Unit.$id)
                .join(CriteriaSetRecord.self, on: \Period.$criteriaSetID == \CriteriaSetRecord.$id)
                .first() else { return nil }
            return Context(record: record, period: try record.joined(Period.self), unit: try record.joined(Unit.self),
                           criteriaSet: try record.joined(CriteriaSetRecord.self))
        }
    }

    package static func load(_ record: AssessmentRecord, parts: Parts = .everything, cache: CriteriaSetCache,
                             on db: any Database) async throws -> AssessmentWorkspace {
        guard let period = try await Period.find(record.periodID, on: db),
              let unit = try await Unit.find(record.unitID, on: db),
              let setRecord = try await CriteriaSetRecord.find(period.criteriaSetID, on: db) else { throw AppError.notFound() }
        return try await load(Context(record: record, period: period, unit: unit, criteriaSet: setRecord), parts: parts, cache: cache, on: db)
    }

    package static func load(_ context: Context, parts: Parts = .everything, cache: CriteriaSetCache,
                             on db: any Database) async throws -> AssessmentWorkspace {
        let (record, period, unit, setRecord) = (context.record, context.period, context.unit, context.criteriaSet)
        let id = try record.requireID()
        let compiled = try setRecord.compiled(using: cache)
        var entries: [String: [EntryLayer: EntryRecord]] = [:]
        let onlyCode: String? = if case let .criterion(code) = parts { code } else { nil }
        let read = if let onlyCode, let preloaded = context.criterionEntries, preloaded.code == onlyCode { preloaded.entries } else {
            try await EntryRecord.rows(of: id, code: onlyCode, on: db)
        }
        for entry in read {
            entries[entry.nodeCode, default: [:]][entry.layer] = entry
        }
        guard parts == .everything else {
            return AssessmentWorkspace(record: record, period: period, unit: unit, criteriaSet: setRecord, compiled: compiled,
                                       entries: entries, links: [:], documents: [:], requests: [:], userNames: [:])
        }
        let linked = try await EvidenceLink.withDocuments(of: id, on: db)
        let requestList = try await ExplanationRequest.all(of: id, on: db)
        let userNames = try await User.displayNames(of: Set(entries.values.flatMap { $0.values.compactMap(\.updatedBy) }), on: db)
        var documents: [UUID: EvidenceDocument] = [:]
        for (_, document) in linked { if let documentID = document.id { documents[documentID] = document } }
        // The signed sheet, when the leader attached one that no criterion cites: one more read, only then.
        if let sheetID = record.signedSheetID, documents[sheetID] == nil {
            documents[sheetID] = try await EvidenceDocument.find(sheetID, on: db)
        }
        return AssessmentWorkspace(
            record: record, period: period, unit: unit, criteriaSet: setRecord, compiled: compiled, entries: entries,
            links: Dictionary(grouping: linked.map(\.link), by: \.nodeCode), documents: documents,
            requests: Dictionary(grouping: requestList, by: \.nodeCode), userNames: userNames)
    }

    /// The core's input of one layer of one criterion.
    package func input(_ code: String, _ layer: EntryLayer) -> LeafInput? {
        guard let entry = entry(code, layer) else { return nil }
        return inputs[code]?[layer]?.leafInput(note: entry.note)
    }

    package func score(_ view: ScoreView) -> ScoreResult {
        compiled.scorer.score(coreAssessment, view: view).result
    }

    package func entry(_ code: String, _ layer: EntryLayer) -> EntryRecord? { entries[code]?[layer] }

    package func snapshot(of entry: EntryRecord) -> EntrySnapshot {
        // Decoded afresh: the entry may be a newer row than the one loaded.
        EntrySnapshot(summary: StoredInput.decode(entry.inputs)?.summary ?? entry.inputs, note: entry.note,
                      version: entry.version, updatedByName: entry.updatedBy.flatMap { userNames[$0] })
    }
}
