/// One unit's assessment against one criteria set: the inputs per leaf and layer, the facts
/// band conditions read, and figures a report or an article states, to reconcile.
public struct Assessment: Sendable, Equatable {
    public var criteriaSetID: String
    public var unit: UnitReference
    public var year: Int
    /// Leaf code → the inputs of each layer.
    public var entries: [String: LeafEntry]
    public var facts: [String: Bool]
    /// Scored but listed apart when units are ranked.
    public var ranked: Bool
    public var reported: ReportedFigures?

    public init(criteriaSetID: String, unit: UnitReference, year: Int, entries: [String: LeafEntry] = [:], facts: [String: Bool] = [:], ranked: Bool = true, reported: ReportedFigures? = nil) {
        self.criteriaSetID = criteriaSetID
        self.unit = unit
        self.year = year
        self.entries = entries
        self.facts = facts
        self.ranked = ranked
        self.reported = reported
    }
}

public struct UnitReference: Sendable, Hashable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }
}

/// The inputs of every layer for one leaf.
public struct LeafEntry: Sendable, Equatable {
    public var selfAssessed: LeafInput?
    public var appraised: LeafInput?
    public var survey: LeafInput?

    public init(selfAssessed: LeafInput? = nil, appraised: LeafInput? = nil, survey: LeafInput? = nil) {
        self.selfAssessed = selfAssessed
        self.appraised = appraised
        self.survey = survey
    }

    public subscript(layer: ScoreLayer) -> LeafInput? {
        get {
            switch layer {
            case .selfAssessed: selfAssessed
            case .appraised: appraised
            case .survey: survey
            }
        }
        set {
            switch layer {
            case .selfAssessed: selfAssessed = newValue
            case .appraised: appraised = newValue
            case .survey: survey = newValue
            }
        }
    }
}

/// Figures a report, a decision or an article states for this assessment.
public struct ReportedFigures: Sendable, Equatable {
    /// Where the figures come from ("Bài báo ngày 29/11/2023").
    public var source: String?
    public var total: Points?
    public var index: FixedDecimal?
    /// A band key or label as the source words it ("tốt").
    public var band: String?
    /// Node code → points, in the order the source lists them.
    public var nodes: [(code: String, points: Points)]

    public init(source: String? = nil, total: Points? = nil, index: FixedDecimal? = nil, band: String? = nil, nodes: [(code: String, points: Points)] = []) {
        self.source = source
        self.total = total
        self.index = index
        self.band = band
        self.nodes = nodes
    }

    public static func == (lhs: ReportedFigures, rhs: ReportedFigures) -> Bool {
        lhs.source == rhs.source && lhs.total == rhs.total && lhs.index == rhs.index && lhs.band == rhs.band
            && lhs.nodes.map(\.code) == rhs.nodes.map(\.code) && lhs.nodes.map(\.points) == rhs.nodes.map(\.points)
    }
}
