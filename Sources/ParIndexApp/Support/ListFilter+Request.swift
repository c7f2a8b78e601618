import Foundation
import ParIndexCore
import Vapor
import ParIndexData

extension Request {
    /// The list filter a page or API call was asked for (`period`, `state`, `band`, `q`).
    /// Unknown values are ignored rather than refused: a stale bookmark still shows a list.
    var listFilter: ListFilter {
        var filter = ListFilter()
        filter.period = query[String.self, at: "period"].flatMap(UUID.init(uuidString:))
        if let state = query[String.self, at: "state"].flatMap(AssessmentState.init(rawValue:)) { filter.states = [state] }
        if let band = query[String.self, at: "band"], !band.isEmpty, band.count <= 64 { filter.band = band }
        if let name = query[String.self, at: "q"]?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty {
            filter.name = String(name.prefix(100))
        }
        return filter
    }

    /// The requested page, 1 when absent or not a number.
    var listPage: Int {
        query[String.self, at: "page"].flatMap { Int($0) }.map { max(1, min($0, 1_000_000)) } ?? 1
    }
}

extension ListControls.Choices {
    /// Every state, the visible periods, and the bands of the sets those periods use.
    static func of(_ visibility: AssessmentList.Visibility, bands: [Band]) -> ListControls.Choices {
        ListControls.Choices(periods: visibility.periods.map { ($0.id, $0.title) }, states: AssessmentState.allCases,
                             bands: bands.map { ($0.key, $0.label) })
    }
}
