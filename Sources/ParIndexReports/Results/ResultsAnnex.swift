public import ParIndexCore

/// A period's results as the province annexes them to its decision: one row per unit, ranked
/// units first by rank, with self-assessed, appraised and survey points, total, index, band, the
/// change since the previous year, what the appraisal removed, and each field's points. One
/// table, written as `.csv` and as `.xlsx` from the same cells, so the two never disagree.
public struct ResultsAnnex: Sendable {
    public struct Row: Sendable {
        public var rank: Int?
        public var unitCode: String
        public var unitName: String
        /// The assessment's state in words ("Đã phê duyệt kết quả").
        public var state: String
        public var ranked: Bool
        public var result: UnitResult
        public var indexChange: FixedDecimal?

        public init(rank: Int?, unitCode: String, unitName: String, state: String, ranked: Bool, result: UnitResult,
                    indexChange: FixedDecimal?) {
            self.rank = rank
            self.unitCode = unitCode
            self.unitName = unitName
            self.state = state
            self.ranked = ranked
            self.result = result
            self.indexChange = indexChange
        }
    }

    /// A cell of the table before it is written: what CSV and xlsx both need to know.
    public enum Value: Sendable, Equatable {
        case empty
        case text(String)
        case integer(Int)
        case number(FixedDecimal)
    }

    public let periodTitle: String
    public let tree: ScoringTree
    public let rows: [Row]
    public let language: Language

    public init(periodTitle: String, tree: ScoringTree, rows: [Row], language: Language) {
        self.periodTitle = periodTitle
        self.tree = tree
        self.rows = rows
        self.language = language
    }

    /// The fields as columns: every top-level node of the set.
    public var fieldNodes: [Int] { tree.rootNodes }

    public var headings: [String] {
        let vi = language == .vi
        let fixed = vi
            ? ["Hạng", "Mã đơn vị", "Đơn vị", "Trạng thái", "Xếp hạng", "Điểm tự đánh giá", "Điểm thẩm định", "Điểm ĐTXHH",
               "Tổng điểm", "Điểm tối đa", "Chỉ số (%)", "Xếp loại", "So với năm trước", "Thẩm định trừ"]
            : ["Rank", "Unit code", "Unit", "State", "Ranked", "Self-assessed", "Appraised", "Survey",
               "Total", "Maximum", "Index (%)", "Band", "Change since last year", "Removed by appraisal"]
        return fixed + fieldNodes.map { node in
            tree.nodes[node].code + ". " + tree.nodes[node].definition.title.text(language)
        }
    }

    /// The row's cells, in the order of `headings`. A unit not scored yet has no figures.
    public func values(of row: Row) -> [Value] {
        let result = row.result
        let scored = result.standing != .notScored
        func points(_ value: Points?) -> Value { scored ? value.map { .number($0.fixed) } ?? .empty : .empty }
        let vi = language == .vi
        var values: [Value] = [
            row.rank.map(Value.integer) ?? .empty, .text(row.unitCode), .text(row.unitName), .text(row.state),
            .text(row.ranked ? (vi ? "Có" : "Yes") : (vi ? "Không" : "No")),
            points(result.selfPoints), points(result.appraisedPoints), points(result.surveyPoints),
            points(result.standing == .complete ? result.total : nil), .number(result.maximum.fixed),
            result.index.map(Value.number) ?? .empty, result.band.map { .text($0.label.text(language)) } ?? .empty,
            row.indexChange.map(Value.number) ?? .empty, points(result.removedByAppraisal),
        ]
        values += result.fields.map { field in field.isScored ? .number(field.points.fixed) : .empty }
        return values
    }
}
