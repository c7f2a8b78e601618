import ParIndexCore

/// A small task-performance set and assessment, built in code so report tests do not depend on
/// the shipped files: two scored sections, a capped bonus and a deduction section.
enum ReportFixtures {
    static func set(title: String = "Đánh giá thử") -> CriteriaSet {
        let roots = [
            CriteriaNode(code: "1", title: LocalizedText(vi: "Chỉ đạo, điều hành", en: "Direction"), maximum: Points(10), children: [
                CriteriaNode(code: "1.1", title: LocalizedText(vi: "Ban hành kế hoạch", en: "Plan issued"), maximum: Points(4),
                             rule: .options([RuleOption(key: "dung_han", label: LocalizedText(vi: "Đúng hạn", en: "On time"), points: Points(4)),
                                             RuleOption(key: "cham", label: LocalizedText(vi: "Chậm", en: "Late"), points: Points(2))])),
                CriteriaNode(code: "1.2", title: LocalizedText(vi: "Tỷ lệ văn bản đúng hạn", en: "Documents on time"), maximum: Points(6),
                             rule: .proportional(ProportionalRule(achieved: LocalizedText("Đúng hạn"), targetLabel: LocalizedText("Tổng")))),
            ]),
            CriteriaNode(code: "2", title: LocalizedText(title), maximum: Points(85), rule: .freeScore(FreeScoreRule(step: Points(hundredths: 10)))),
            CriteriaNode(code: "3", title: LocalizedText(vi: "Điểm thưởng", en: "Bonus"), maximum: Points(5), kind: .bonus,
                         rule: .countTimesPoints(CountRule(item: LocalizedText("Sáng kiến"), pointsEach: Points(2)))),
            CriteriaNode(code: "4", title: LocalizedText(vi: "Điểm trừ", en: "Deductions"), maximum: Points(5), kind: .deduction,
                         rule: .deductionPerOccurrence(DeductionRule(occurrence: LocalizedText("Vi phạm"), pointsEach: Points(1)))),
        ]
        let bands = [
            Band(key: "tot", label: LocalizedText(vi: "Tốt", en: "Good"), range: Interval(lower: Bound(FixedDecimal(70), inclusive: true))),
            Band(key: "kem", label: LocalizedText(vi: "Kém", en: "Poor"), range: Interval()),
        ]
        let metadata = CriteriaSetMetadata(id: "thu", title: LocalizedText(vi: "Bộ thử", en: "Test set"), instrument: .taskPerformance,
                                           issuer: "UBND tỉnh", legalBasis: LegalBasis(decisionNumber: "1/QĐ-UBND", date: CalendarDate("2023-11-21")),
                                           unitGroup: "district", year: 2023)
        return CriteriaSet(metadata: metadata, settings: ScoringSettings(), bands: bands, roots: roots)
    }

    static func assessment(unitName: String = "UBND huyện Thử", reported: ReportedFigures? = nil) -> Assessment {
        Assessment(criteriaSetID: "thu", unit: UnitReference(code: "thu", name: unitName), year: 2023, entries: [
            "1.1": LeafEntry(selfAssessed: LeafInput(option: "cham")),
            "1.2": LeafEntry(selfAssessed: LeafInput(achieved: FixedDecimal(243), target: FixedDecimal(500))),
            "2": LeafEntry(selfAssessed: LeafInput(score: Points(hundredths: 6_630))),
            "3": LeafEntry(selfAssessed: LeafInput(count: 3)),
            "4": LeafEntry(selfAssessed: LeafInput(count: 1)),
        ], reported: reported)
    }
}
