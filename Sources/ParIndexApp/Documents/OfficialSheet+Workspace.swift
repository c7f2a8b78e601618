import Foundation
import ParIndexCore
import ParIndexData
import ParIndexReports

extension OfficialSheet {
    /// The sheet of an opened assessment: both scorings, the unit's explanations, the
    /// appraisers' notes and the documents linked to each leaf; dated `today`.
    init(_ workspace: AssessmentWorkspace, language: Language, today: CalendarDate) {
        var notes: [String: LeafNotes] = [:]
        for node in workspace.compiled.tree.nodes where node.isLeaf {
            let code = node.code
            let appraisal = workspace.entry(code, .appraisalRound2) ?? workspace.entry(code, .appraisalRound1)
            let evidence = (workspace.links[code] ?? []).compactMap { link in workspace.documents[link.documentID] }.map { document in
                let number = document.documentNumber.isEmpty ? document.title : document.documentNumber
                return [number, document.issuedOn.flatMap(CalendarDate.init)?.displayed].compactMap { $0 }.joined(separator: ", ")
            }
            let sheetNotes = LeafNotes(evidence: evidence, explanation: workspace.entry(code, .selfAssessed)?.note ?? "",
                                       appraiserNote: appraisal?.note ?? "")
            if !sheetNotes.evidence.isEmpty || !sheetNotes.explanation.isEmpty || !sheetNotes.appraiserNote.isEmpty {
                notes[code] = sheetNotes
            }
        }
        let header = Header(unitName: workspace.unit.name, periodTitle: workspace.period.title, year: workspace.period.year,
                            place: workspace.compiled.set.metadata.issuer.placeName, date: today)
        self.init(header: header, own: workspace.score(.selfAssessed), current: workspace.score(.final),
                  appraised: workspace.record.state.hasAppraisal, notes: notes, language: language)
    }
}

extension String {
    /// "UBND tỉnh Lạng Sơn" → "Lạng Sơn": the place a signature is dated from; dots to fill in
    /// by hand when the issuer names no province.
    var placeName: String {
        for marker in ["tỉnh ", "thành phố ", "Tỉnh ", "Thành phố "] {
            if let range = range(of: marker, options: .backwards) {
                let place = String(self[range.upperBound...])
                if let first = place.first, first.isLetter { return place }
            }
        }
        return "……………"
    }
}
