/// A criteria set (bộ chỉ số / bộ tiêu chí): what an issuer scores one unit group against in one year.
///
/// A set is data, never code: it is read from YAML, validated, versioned and cloned into new years.
public struct CriteriaSet: Sendable, Equatable {
    public var metadata: CriteriaSetMetadata
    public var settings: ScoringSettings
    /// Classification bands, best first.
    public var bands: [Band]
    /// Facts an assessment may declare for band conditions ("all tasks finished on time").
    public var facts: [FactDefinition]
    /// The fields (lĩnh vực) or sections (mục): the top level of the tree.
    public var roots: [CriteriaNode]
    /// How this set's fields line up with an older set's, for year-over-year comparison.
    public var compareWith: SetComparison?

    public init(metadata: CriteriaSetMetadata, settings: ScoringSettings, bands: [Band] = [], facts: [FactDefinition] = [], roots: [CriteriaNode],
                compareWith: SetComparison? = nil) {
        self.metadata = metadata
        self.settings = settings
        self.bands = bands
        self.facts = facts
        self.roots = roots
        self.compareWith = compareWith
    }
}

/// `compare_with:` — the older set a newer one is compared with year over year, and the fields
/// that changed code between them (this set's code → the older set's). Fields not listed are
/// matched by code.
public struct SetComparison: Sendable, Equatable {
    public var setID: String
    public var fields: [String: String]

    public init(setID: String, fields: [String: String] = [:]) {
        self.setID = setID
        self.fields = fields
    }

    /// The code in this set of the older set's field `olderCode`, or nil when it has none: a
    /// listed field goes to its pair, an unlisted one keeps its code unless that code now
    /// belongs to a listed field.
    public func newerCode(of olderCode: String) -> String? {
        if let newer = fields.first(where: { $0.value == olderCode })?.key { return newer }
        return fields[olderCode] == nil ? olderCode : nil
    }
}

/// Which instrument a criteria set belongs to.
public enum Instrument: String, Sendable, CaseIterable {
    /// Chỉ số cải cách hành chính.
    case parIndex = "par_index"
    /// Đánh giá, xếp loại kết quả thực hiện nhiệm vụ.
    case taskPerformance = "task_performance"

    public var title: LocalizedText {
        switch self {
        case .parIndex: LocalizedText(vi: "Chỉ số cải cách hành chính", en: "Administrative Reform (PAR) Index")
        case .taskPerformance: LocalizedText(vi: "Đánh giá, xếp loại kết quả thực hiện nhiệm vụ", en: "Task-performance evaluation")
        }
    }
}

public struct CriteriaSetMetadata: Sendable, Equatable {
    public var id: String
    public var title: LocalizedText
    public var instrument: Instrument
    public var issuer: String
    public var legalBasis: LegalBasis?
    /// The unit group the set is issued for ("district", "commune", "department").
    public var unitGroup: String
    public var year: Int
    /// What comes from a public source and what is illustrative.
    public var provenance: String?

    public init(id: String, title: LocalizedText, instrument: Instrument, issuer: String, legalBasis: LegalBasis? = nil, unitGroup: String, year: Int, provenance: String? = nil) {
        self.id = id
        self.title = title
        self.instrument = instrument
        self.issuer = issuer
        self.legalBasis = legalBasis
        self.unitGroup = unitGroup
        self.year = year
        self.provenance = provenance
    }
}

/// The decision that issued a set: "Quyết định 2280/QĐ-UBND ngày 21/11/2021".
public struct LegalBasis: Sendable, Equatable {
    public var decisionNumber: String
    public var date: CalendarDate?
    public var url: String?

    public init(decisionNumber: String, date: CalendarDate? = nil, url: String? = nil) {
        self.decisionNumber = decisionNumber
        self.date = date
        self.url = url
    }
}

/// A fact an assessment declares as true or false, used by band conditions.
public struct FactDefinition: Sendable, Equatable {
    public var id: String
    public var description: LocalizedText

    public init(id: String, description: LocalizedText) {
        self.id = id
        self.description = description
    }
}
