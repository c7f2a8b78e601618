public import ParIndexCore

/// One assessment's score sheet in the layout provinces publish (bảng điểm tự đánh giá / kết quả
/// thẩm định): a header naming the unit, the period and the criteria set with its decision, one
/// line per node (STT; field / criterion / sub-criterion; maximum; self-assessed, appraised and
/// survey points; evidence; explanation or note), the total, index and band, and the signature
/// block. Built from two scorings of the assessment, so every figure is derived; printed as an A4
/// page by the app and written as `.xlsx` (`workbook`).
public struct OfficialSheet: Sendable {
    public struct Header: Sendable {
        public var unitName: String
        public var periodTitle: String
        public var year: Int
        /// The place written before the date of the signature ("Lạng Sơn").
        public var place: String
        /// The day the sheet is drawn up.
        public var date: CalendarDate

        public init(unitName: String, periodTitle: String, year: Int, place: String, date: CalendarDate) {
            self.unitName = unitName
            self.periodTitle = periodTitle
            self.year = year
            self.place = place
            self.date = date
        }
    }

    /// What the unit and the appraiser wrote beside one leaf, and the evidence linked to it.
    public struct LeafNotes: Sendable {
        /// "12/KH-UBND, 10/01/2023", one per linked document.
        public var evidence: [String]
        public var explanation: String
        public var appraiserNote: String

        public init(evidence: [String] = [], explanation: String = "", appraiserNote: String = "") {
            self.evidence = evidence
            self.explanation = explanation
            self.appraiserNote = appraiserNote
        }
    }

    public struct Line: Sendable {
        public var node: Int
        public var code: String
        public var title: String
        public var depth: Int
        public var kind: NodeKind
        public var maximum: Points
        /// Nil where the column does not apply or nothing was scored.
        public var selfPoints: Points?
        public var appraisedPoints: Points?
        public var surveyPoints: Points?
        public var evidence: [String]
        public var note: String
    }

    public let header: Header
    public let set: CriteriaSet
    public let result: UnitResult
    public let lines: [Line]
    /// Whether the appraisal has started: the appraised column is filled only then.
    public let appraised: Bool

    /// `own` is the self view and `current` the final view of the same assessment; `notes` by leaf code.
    public init(header: Header, own: ScoreResult, current: ScoreResult, appraised: Bool, notes: [String: LeafNotes],
                language: Language) {
        let tree = current.tree
        self.header = header
        set = tree.set
        self.appraised = appraised
        result = UnitResult(unit: UnitReference(code: "", name: header.unitName), own: own, current: current, appraisalStarted: appraised)
        lines = tree.nodes.enumerated().map { index, node in
            let survey = node.kind == .survey
            let leafNotes = notes[node.code]
            var note: [String] = []
            if let explanation = leafNotes?.explanation, !explanation.isEmpty { note.append(explanation) }
            if let appraiserNote = leafNotes?.appraiserNote, !appraiserNote.isEmpty {
                note.append((language == .vi ? "Thẩm định: " : "Appraisal: ") + appraiserNote)
            }
            return Line(node: index, code: node.code, title: node.definition.title.text(language), depth: node.depth, kind: node.kind,
                        maximum: current.nodeMaximum[index],
                        selfPoints: !survey && own.scoredLeaves[index] > 0 ? own.nodePoints[index] : nil,
                        appraisedPoints: !survey && appraised && current.scoredLeaves[index] > 0 ? current.nodePoints[index] : nil,
                        surveyPoints: survey && current.scoredLeaves[index] > 0 ? current.nodePoints[index] : nil,
                        evidence: leafNotes?.evidence ?? [], note: note.joined(separator: "\n"))
        }
    }

    /// "Bảng điểm tự đánh giá" before the appraisal, "Kết quả thẩm định" once it has started.
    public func title(_ language: Language) -> String {
        switch (appraised, language) {
        case (false, .vi): "BẢNG ĐIỂM TỰ ĐÁNH GIÁ"
        case (true, .vi): "BẢNG ĐIỂM TỰ ĐÁNH GIÁ VÀ KẾT QUẢ THẨM ĐỊNH"
        case (false, .en): "SELF-ASSESSMENT SCORE SHEET"
        case (true, .en): "SELF-ASSESSMENT AND APPRAISAL SCORE SHEET"
        }
    }

    /// "Bộ chỉ số … (Quyết định số 1234/QĐ-UBND ngày 10/3/2023)".
    public func basis(_ language: Language) -> String {
        var text = set.metadata.title.text(language)
        if let legal = set.metadata.legalBasis {
            let date = legal.date.map { (language == .vi ? " ngày " : " of ") + $0.displayed } ?? ""
            text += " (" + (language == .vi ? "Quyết định số " : "Decision No. ") + legal.decisionNumber + date + ")"
        }
        return text
    }

    /// "Lạng Sơn, ngày 02 tháng 12 năm 2026".
    public func dateLine(_ language: Language) -> String {
        let date = header.date
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month < 10 ? "0\(date.month)" : "\(date.month)"
        return language == .vi ? "\(header.place), ngày \(day) tháng \(month) năm \(date.year)" : "\(header.place), \(date.displayed)"
    }

    /// The lines of the sheet's foot: total of each column, then the index and band when whole.
    public var selfTotal: Points { result.selfPoints }
    public var appraisedTotal: Points? { result.appraisedPoints }
    public var surveyTotal: Points? { result.surveyPoints }
}
