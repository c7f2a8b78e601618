import Foundation
import ParIndexCore
import ParIndexData

/// The order a ranking table is sorted in, chosen with the links in its column headings
/// (`?sort=index&dir=desc`). Ranked rows always come before the rows listed apart; within each
/// group the chosen column decides, figures missing last, then the unit code.
struct ResultsOrder: Equatable {
    enum Column: Equatable {
        case rank, unit, selfPoints, appraised, survey, total, index, change, removed
        /// A top-level node's component index, by its position among the roots.
        case field(Int)

        init?(key: String) {
            switch key {
            case "rank": self = .rank
            case "unit": self = .unit
            case "self": self = .selfPoints
            case "appraised": self = .appraised
            case "survey": self = .survey
            case "total": self = .total
            case "index": self = .index
            case "change": self = .change
            case "removed": self = .removed
            default:
                guard key.hasPrefix("field-"), let position = Int(key.dropFirst(6)), position >= 0, position < 1_000 else { return nil }
                self = .field(position)
            }
        }

        var key: String {
            switch self {
            case .rank: "rank"
            case .unit: "unit"
            case .selfPoints: "self"
            case .appraised: "appraised"
            case .survey: "survey"
            case .total: "total"
            case .index: "index"
            case .change: "change"
            case .removed: "removed"
            case let .field(position): "field-\(position)"
            }
        }

        /// Rank and name read best ascending; figures read best highest first.
        var naturalAscending: Bool { self == .rank || self == .unit }
    }

    var column: Column = .rank
    var ascending = true

    init(column: Column = .rank, ascending: Bool? = nil) {
        self.column = column
        self.ascending = ascending ?? column.naturalAscending
    }

    init(key: String?, direction: String?) {
        let column = key.flatMap(Column.init(key:)) ?? .rank
        self.init(column: column, ascending: direction.map { $0 == "asc" } ?? column.naturalAscending)
    }

    var query: [(String, String)] {
        self == ResultsOrder() ? [] : [("sort", column.key), ("dir", ascending ? "asc" : "desc")]
    }

    /// The rows in this order.
    func sorted(_ rows: [PeriodResults.Row], context: ResultsContext) -> [PeriodResults.Row] {
        func key(_ row: PeriodResults.Row) -> Int? {
            let result = row.result
            switch column {
            case .rank: return row.rank
            case .unit: return nil
            case .selfPoints: return result.standing == .notScored ? nil : result.selfPoints.hundredths
            case .appraised: return result.appraisedPoints?.hundredths
            case .survey: return result.surveyPoints?.hundredths
            case .total: return result.standing == .complete ? result.total.hundredths : nil
            case .index: return result.index?.units(atDecimals: 6)
            case .change: return context.indexChange(of: row)?.units(atDecimals: 6)
            case .removed: return result.removedByAppraisal.hundredths
            case let .field(position): return position < result.fields.count ? result.fields[position].index?.units(atDecimals: 6) : nil
            }
        }
        let keyed = rows.map { (row: $0, key: key($0)) }
        return keyed.sorted { a, b in
            let (rankedA, rankedB) = (a.row.rank != nil, b.row.rank != nil)
            if rankedA != rankedB { return rankedA }
            if column == .unit {
                let before = a.row.unitName.localizedStandardCompare(b.row.unitName) == .orderedAscending
                let after = b.row.unitName.localizedStandardCompare(a.row.unitName) == .orderedAscending
                if before != after { return ascending ? before : after }
            } else {
                switch (a.key, b.key) {
                case let (x?, y?) where x != y: return ascending ? x < y : x > y
                case (.some, nil): return true
                case (nil, .some): return false
                default: break
                }
            }
            return a.row.unitCode.precedesAsCode(b.row.unitCode)
        }.map(\.row)
    }
}
