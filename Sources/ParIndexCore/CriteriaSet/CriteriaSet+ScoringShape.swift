extension CriteriaSet {
    /// Whether `other` gives every assessment the same points, bands and index as this set:
    /// only wording (titles, guidance, evidence requirements, labels, provenance) differs.
    /// A set in use by an open period may change only in ways that keep this true.
    public func scoresLike(_ other: CriteriaSet) -> Bool {
        scoringShape == other.scoringShape
    }

    /// The set with everything that does not affect scores blanked out.
    var scoringShape: CriteriaSet {
        let blank = LocalizedText(vi: "", en: "")
        var shape = self
        shape.metadata = CriteriaSetMetadata(id: "", title: blank, instrument: metadata.instrument, issuer: "",
                                             unitGroup: "", year: 0)
        shape.facts = facts.map { FactDefinition(id: $0.id, description: blank) }
        shape.bands = bands.map { band in
            var band = band
            band.label = blank
            band.line = nil
            return band
        }
        shape.roots = roots.map(Self.shape(of:))
        return shape
    }

    private static func shape(of node: CriteriaNode) -> CriteriaNode {
        let blank = LocalizedText(vi: "", en: "")
        var node = node
        node.title = blank
        node.guidance = nil
        node.evidence = nil
        node.line = nil
        node.rule = node.rule.map { rule in
            switch rule {
            case let .options(options):
                return .options(options.map { RuleOption(key: $0.key, label: blank, points: $0.points) })
            case var .percentageTiers(tiers):
                tiers.numerator = blank
                tiers.denominator = blank
                return .percentageTiers(tiers)
            case var .proportional(proportional):
                proportional.achieved = blank
                proportional.targetLabel = blank
                return .proportional(proportional)
            case var .countTimesPoints(count):
                count.item = blank
                return .countTimesPoints(count)
            case var .deductionPerOccurrence(deduction):
                deduction.occurrence = blank
                return .deductionPerOccurrence(deduction)
            case .yesNo, .surveyRatio, .freeScore:
                return rule
            }
        }
        node.children = node.children.map(shape(of:))
        return node
    }
}
