import Foundation
import ParIndexCore
import ParIndexData

extension AssessmentPage.Model {
    /// One pass over the tree: each row takes its scores, its entries (decoded once, at load),
    /// its links and requests, and counts towards the progress.
    init(_ opened: OpenAssessment, library: [AssessmentPage.DocumentChoice], form: AssessmentPage.FormState?) throws {
        let workspace = opened.workspace
        let may = opened.permissions.may
        let record = workspace.record
        let tree = workspace.compiled.tree
        let selfResult = workspace.score(.selfAssessed)
        let finalResult = workspace.score(.final)
        let state = record.state
        let appraisalLayer = state.appraisalRound.map(EntryLayer.appraisal(round:))
        var rows: [AssessmentPage.Row] = []
        rows.reserveCapacity(tree.nodes.count)
        var done = 0, leaves = 0, lackingEvidence = 0
        for (index, flat) in tree.nodes.enumerated() {
            let node = flat.definition
            var row = AssessmentPage.Row(
                code: node.code, title: node.title, depth: flat.depth, isLeaf: flat.isLeaf, kind: node.kind, maximum: node.maximum,
                guidance: node.guidance, evidenceRequirement: node.evidence, selfPoints: selfResult.nodePoints[index],
                appraisedPoints: state.hasAppraisal ? finalResult.nodePoints[index] : nil,
                fields: [], selfEntry: nil, appraisalEntry: nil, surveyEntry: nil, selfWorking: nil, selfError: nil,
                links: [], requests: [], permissions: AssessmentPage.Permissions(), roundOneReason: nil, fedByCampaign: nil)
            if flat.isLeaf {
                leaves += node.kind == .survey ? 0 : 1
                if node.kind != .survey, (workspace.links[node.code] ?? []).isEmpty { lackingEvidence += 1 }
                let outcome = selfResult.leafOutcomes[flat.leafNumber]
                if outcome.isScored, node.kind != .survey { done += 1 }
                if !outcome.isScored { row.selfPoints = nil }
                if let error = outcome.inputError { row.selfError = error }
                else if outcome.isScored { row.selfWorking = selfResult.explanation(ofLeaf: flat.leafNumber).working }
                row.fields = Self.fields(for: node)
                row.selfEntry = Self.values(node.code, .selfAssessed, workspace)
                if let appraisalLayer { row.appraisalEntry = Self.values(node.code, appraisalLayer, workspace) }
                if state == .appraisalRound2 { row.roundOneReason = workspace.entry(node.code, .appraisalRound1)?.note }
                row.surveyEntry = Self.values(node.code, .survey, workspace)
                row.links = try (workspace.links[node.code] ?? []).map { link in
                    let document = workspace.documents[link.documentID]
                    return AssessmentPage.LinkRow(id: try link.requireID(), documentID: link.documentID, title: document?.title ?? "?",
                                                  anchor: link.anchor, isPreviewable: document.flatMap { EvidenceFileType(contentType: $0.contentType) }?.previewsInline ?? false)
                }
                row.requests = try (workspace.requests[node.code] ?? []).map {
                    AssessmentPage.RequestRow(id: try $0.requireID(), question: $0.question, answer: $0.answer)
                }
                let isSurvey = node.kind == .survey
                row.permissions.editSelf = may(.editSelfAssessment) && !isSurvey
                row.permissions.linkEvidence = may(.linkEvidence)
                row.permissions.answer = may(.answerExplanation)
                row.permissions.appraise = may(.appraise) && !isSurvey
                row.permissions.requestExplanation = may(.requestExplanation)
                row.permissions.enterSurvey = may(.enterSurvey) && isSurvey
            }
            rows.append(row)
        }
        self.init(
            id: try record.requireID(), unitName: workspace.unit.name, unitID: record.unitID, periodTitle: workspace.period.title,
            setTitle: workspace.compiled.set.metadata.title, state: state, version: record.version, mayEditReport: may(.editSelfAssessment),
            deadlines: workspace.period.deadlines,
            actions: opened.permissions.actions,
            rows: rows, progress: AssessmentPage.Progress(done: done, total: leaves, lackingEvidence: lackingEvidence),
            selfFigures: AssessmentPage.Figures(total: selfResult.total, maximum: selfResult.maximum, index: selfResult.index, band: selfResult.band?.label),
            appraisedFigures: state.hasAppraisal ? AssessmentPage.Figures(total: finalResult.total, maximum: finalResult.maximum, index: finalResult.index, band: finalResult.band?.label) : nil,
            difficulties: record.difficulties, proposals: record.proposals,
            library: library,
            form: form, isDemo: record.isDemo)
        if let sheetID = record.signedSheetID, let document = workspace.documents[sheetID] {
            signedSheet = AssessmentPage.SignedSheetLink(documentID: sheetID, title: document.title, number: document.documentNumber)
        }
        mayAttachSignedSheet = SignedSheet.mayAttach(opened)
    }

    static func values(_ code: String, _ layer: EntryLayer, _ workspace: AssessmentWorkspace) -> AssessmentPage.EntryValues? {
        guard let entry = workspace.entry(code, layer) else { return nil }
        return AssessmentPage.EntryValues(values: workspace.inputs[code]?[layer]?.formValues ?? [:], note: entry.note,
                                   version: entry.version, updatedBy: entry.updatedBy.flatMap { workspace.userNames[$0] })
    }

    static func fields(for node: CriteriaNode) -> [AssessmentPage.InputField] {
        var fields: [AssessmentPage.InputField] = []
        switch node.rule {
        case let .options(options)?:
            fields.append(.choice(name: "option", label: LocalizedText(vi: "Phương án", en: "Option"),
                                  options: options.map { ($0.key, LocalizedText(vi: "\($0.label.vi) (\($0.points.formatted(.vi)) đ)", en: "\($0.label.en) (\($0.points.formatted(.en)) pts)")) }))
        case let .percentageTiers(rule)?:
            fields.append(.number(name: "numerator", label: rule.numerator, unit: nil))
            fields.append(.number(name: "denominator", label: rule.denominator, unit: nil))
        case let .yesNo(rule)?:
            var answers: [(value: String, label: LocalizedText)] = [("yes", YesNoAnswer.yes.title), ("no", YesNoAnswer.no.title)]
            if rule.allowsNotApplicable { answers.append(("not_applicable", YesNoAnswer.notApplicable.title)) }
            fields.append(.choice(name: "answer", label: LocalizedText(vi: "Trả lời", en: "Answer"), options: answers))
        case let .proportional(rule)?:
            fields.append(.number(name: "achieved", label: rule.achieved, unit: nil))
            if rule.fixedTarget == nil { fields.append(.number(name: "target", label: rule.targetLabel, unit: nil)) }
        case let .countTimesPoints(rule)?:
            fields.append(.number(name: "count", label: rule.item, unit: nil))
        case let .deductionPerOccurrence(rule)?:
            fields.append(.number(name: "count", label: rule.occurrence, unit: nil))
        case .surveyRatio?:
            fields.append(.number(name: "satisfaction", label: LocalizedText(vi: "Tỷ lệ hài lòng", en: "Satisfaction"), unit: "%"))
        case .freeScore?, nil:
            fields.append(.number(name: "score", label: LocalizedText(vi: "Điểm", en: "Score"), unit: nil))
        }
        if node.mayBeNotApplicable { fields.append(.notApplicable) }
        return fields
    }
}
