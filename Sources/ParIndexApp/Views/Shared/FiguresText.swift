import ParIndexCore
import ParIndexData

/// A unit's figures in words, saying what is not final: "chưa chấm" for an empty draft, the
/// scored part against its own maximum before the survey points are known, the band only for a
/// whole score, and "tạm tính" (provisional) before appraisal is over.
enum FiguresText {
    /// A count with its thousands grouped as each language writes them: "3.321", "3,321".
    static func count(_ value: Int, _ language: Language) -> String {
        let digits = Array(String(value.magnitude))
        var text = ""
        for (position, digit) in digits.enumerated() {
            if position > 0, (digits.count - position) % 3 == 0 { text.append(language == .en ? "," : ".") }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }

    /// "64,06 / 80 điểm tự đánh giá · ĐTXHH chưa có", "83,06 / 100 · 83,06 % · Tốt".
    static func summary(_ context: PageContext, _ result: UnitResult, tree: ScoringTree, isFinal: Bool, appraisalStarted: Bool) -> String {
        let language = context.language
        switch result.standing {
        case .notScored:
            return notScored(context)
        case .partial:
            let kind = appraisalStarted ? context.t("điểm thẩm định", "appraised points") : context.t("điểm tự đánh giá", "self-assessed points")
            let part = result.scoredPoints.formatted(language) + " / " + result.scoredMaximum.formatted(language) + " " + kind
            return part + " · " + missing(context, result, tree: tree)
        case .complete:
            var text = result.total.formatted(language) + " / " + result.maximum.formatted(language)
            if let index = result.index { text += " · " + index.formatted(language) + " %" }
            if let band = result.band { text += " · " + context.t(band.label) }
            if !isFinal { text += " (" + context.t("tạm tính", "provisional") + ")" }
            return text
        }
    }

    static func notScored(_ context: PageContext) -> String { context.t("chưa chấm", "not scored") }

    /// What is still missing: "ĐTXHH chưa có" when only the survey is, the parts' codes otherwise.
    static func missing(_ context: PageContext, _ result: UnitResult, tree: ScoringTree) -> String {
        if result.onlySurveyMissing(in: tree) { return context.t("ĐTXHH chưa có", "survey not yet known") }
        let codes = result.missingParts.map { tree.nodes[$0].code }.joined(separator: ", ")
        return context.t("chưa chấm lĩnh vực ", "fields not scored: ") + codes
    }

    /// The survey cell: its points, "chưa có" while a set's survey part waits, a dash for sets
    /// without one (the task-performance evaluation).
    static func survey(_ context: PageContext, _ result: UnitResult, tree: ScoringTree) -> String {
        if let points = result.surveyPoints { return points.formatted(context.language) }
        return tree.rootNodes.contains { tree.nodes[$0].kind == .survey } ? context.t("chưa có", "not yet") : "—"
    }

    /// The index cell of a table: the index when whole, a dash otherwise.
    static func index(_ context: PageContext, _ result: UnitResult) -> String {
        result.index.map { $0.formatted(context.language) } ?? "—"
    }

    /// The band cell: the band when whole; "chưa chấm" or "chưa đủ điểm" otherwise, never a band
    /// of a partial score.
    static func band(_ context: PageContext, _ result: UnitResult, tree: ScoringTree) -> String {
        switch result.standing {
        case .notScored: notScored(context)
        case .partial: missing(context, result, tree: tree)
        case .complete: result.band.map { context.t($0.label) } ?? "—"
        }
    }
}
