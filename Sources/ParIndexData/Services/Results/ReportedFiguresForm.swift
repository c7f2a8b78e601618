import Foundation
package import ParIndexCore

/// The figures a report or an article states, as people type or paste them: a total, an index,
/// a band, and field points as lines ("1: 10", "6 4,3", "3 = 12,5", or several on a line split
/// by ";"). Numbers take the decimal comma or point. Whatever cannot be read is refused naming
/// the field and the line, and nothing is reconciled.
package enum ReportedFiguresForm {
    package static func figures(total: String?, index: String?, band: String?, fieldLines: String) throws -> ReportedFigures {
        var pairs: [(code: String, points: String, line: Int)] = []
        for (number, line) in fieldLines.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for part in line.split(separator: ";") {
                let text = trimmed(String(part))
                guard !text.isEmpty else { continue }
                let separators: Set<Character> = [":", "=", " ", "\t"]
                guard let split = text.firstIndex(where: { separators.contains($0) }) else {
                    throw AppError(.invalid, message: LocalizedText(vi: "Dòng \(number + 1): «\(text)» thiếu mã lĩnh vực hoặc số điểm (ví dụ: 6: 4,3).",
                                                                   en: "Line \(number + 1): “\(text)” lacks a field code or points (e.g. 6: 4.3)."), field: "fields")
                }
                let code = trimmed(String(text[..<split]))
                let points = trimmed(trimmed(String(text[text.index(after: split)...])).trimmingCharacters(in: [":", "="]))
                pairs.append((code, points, number + 1))
            }
        }
        return try figures(total: total, index: index, band: band, fields: pairs)
    }

    package static func figures(total: String?, index: String?, band: String?,
                                fields: [(code: String, points: String, line: Int)]) throws -> ReportedFigures {
        var reported = ReportedFigures()
        if let total = total.map(trimmed), !total.isEmpty {
            reported.total = try number(Points.parse(total, allowNegative: false), field: "total", label: LocalizedText(vi: "Tổng điểm", en: "Total"))
        }
        if let index = index.map(trimmed), !index.isEmpty {
            reported.index = try number(FixedDecimal.parse(index, maxDecimals: 4, allowNegative: false), field: "index",
                                        label: LocalizedText(vi: "Chỉ số", en: "Index"))
        }
        if let band = band.map(trimmed), !band.isEmpty {
            reported.band = try TextField.line(band, field: "band", label: LocalizedText(vi: "Xếp loại", en: "Band"), maximumLength: 100)
        }
        for pair in fields.prefix(200) {
            let code = try TextField.code(pair.code, field: "fields", label: LocalizedText(vi: "Mã lĩnh vực (dòng \(pair.line))", en: "Field code (line \(pair.line))"))
            let points = try number(Points.parse(pair.points, allowNegative: true), field: "fields",
                                    label: LocalizedText(vi: "Điểm của \(code) (dòng \(pair.line))", en: "Points of \(code) (line \(pair.line))"))
            reported.nodes.append((code, points))
        }
        guard reported.total != nil || reported.index != nil || reported.band != nil || !reported.nodes.isEmpty else {
            throw AppError(.invalid, message: LocalizedText(vi: "Hãy nhập ít nhất một số liệu cần đối chiếu.", en: "Enter at least one figure to check."), field: "total")
        }
        return reported
    }

    private static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    private static func number<Value>(_ parsed: Result<Value, NumberInputError>, field: String, label: LocalizedText) throws -> Value {
        switch parsed {
        case let .success(value): return value
        case let .failure(error):
            throw AppError(.invalid, message: LocalizedText(vi: "\(label.vi): \(error.message.vi)", en: "\(label.en): \(error.message.en)"), field: field)
        }
    }
}
