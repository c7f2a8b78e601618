public import ParIndexCore

/// The Excel template a unit fills offline (mẫu nhập điểm): one row per criterion it scores, with
/// its code, title, maximum and how it is scored, then a column per input a rule may read —
/// open (bordered) where this criterion's rule reads it, blank where it does not; option lists and
/// yes/no answers as drop-downs; the evidence a criterion requires as a note on its title. The
/// current figures are filled in, and a hidden column keeps each entry's version, so an import
/// can tell a row changed since the download. `ScoreTemplate.layout` is what the import reads back.
public struct ScoreTemplate: Sendable {
    /// What the unit has saved for one criterion: the stored values (decimal point), its note and version.
    public struct Current: Sendable {
        public var values: [String: String]
        public var note: String
        public var version: Int

        public init(values: [String: String], note: String, version: Int) {
            self.values = values
            self.note = note
            self.version = version
        }
    }

    public let set: CriteriaSet
    public let title: String
    public let current: [String: Current]
    public let language: Language

    public init(set: CriteriaSet, unitName: String, periodTitle: String, current: [String: Current], language: Language) {
        self.set = set
        title = (language == .vi ? "Mẫu nhập điểm tự đánh giá — " : "Self-assessment template — ") + unitName + " — " + periodTitle
        self.current = current
        self.language = language
    }

    /// The leaves a unit scores (survey criteria take survey points, not the unit's), in set order.
    public static func leaves(of tree: ScoringTree) -> [FlatNode] {
        tree.leafNodes.map { tree.nodes[$0] }.filter { $0.kind != .survey }
    }
}

/// Where things are in the template: the import reads the file by this, never by guesswork.
public enum ScoreTemplateLayout {
    public static let sheetName = "Nhap diem"
    public static let headingRow = 3
    public static let firstDataRow = 4

    /// A column of the template: the form field it feeds (nil for what is only shown), its headings.
    public struct Column: Sendable {
        public var field: String?
        public var vi: String
        public var en: String
        public var width: Int
    }

    public static let columns: [Column] = [
        Column(field: "code", vi: "Mã", en: "Code", width: 9),
        Column(field: nil, vi: "Tiêu chí", en: "Criterion", width: 48),
        Column(field: nil, vi: "Điểm tối đa", en: "Maximum", width: 9),
        Column(field: nil, vi: "Cách chấm", en: "How it is scored", width: 34),
        Column(field: "option", vi: "Phương án", en: "Option", width: 26),
        Column(field: "numerator", vi: "Tử số", en: "Numerator", width: 10),
        Column(field: "denominator", vi: "Mẫu số", en: "Denominator", width: 10),
        Column(field: "answer", vi: "Trả lời", en: "Answer", width: 12),
        Column(field: "achieved", vi: "Đạt được", en: "Achieved", width: 10),
        Column(field: "target", vi: "Chỉ tiêu", en: "Target", width: 10),
        Column(field: "count", vi: "Số lượng", en: "Count", width: 9),
        Column(field: "score", vi: "Điểm", en: "Score", width: 9),
        Column(field: "not_applicable", vi: "Không áp dụng", en: "Not applicable", width: 10),
        Column(field: "note", vi: "Ghi chú / giải trình", en: "Note / explanation", width: 40),
        Column(field: "version", vi: "Phiên bản (không sửa)", en: "Version (do not edit)", width: 8),
    ]

    /// The column (1-based) of a field.
    public static func column(of field: String) -> Int? {
        columns.firstIndex { $0.field == field }.map { $0 + 1 }
    }

    /// The answers a yes/no cell offers, and what each means.
    public static func answers(_ language: Language, allowsNotApplicable: Bool) -> [String] {
        let all = [YesNoAnswer.yes, .no] + (allowsNotApplicable ? [YesNoAnswer.notApplicable] : [])
        return all.map { $0.title.text(language) }
    }
}
