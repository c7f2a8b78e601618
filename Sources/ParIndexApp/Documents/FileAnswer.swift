import Foundation
import ParIndexCore
import Vapor

/// A file to download: its type, and a plain ASCII name (`slug`) that every browser and every
/// file system keeps as given.
enum FileAnswer {
    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    static let csvType = "text/csv; charset=utf-8"

    /// `fileName` is a `slug` with its extension.
    static func response(_ bytes: Data, type: String, fileName: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(fileName)\"")
        return Response(status: .ok, headers: headers, body: .init(data: bytes))
    }

    /// A file name from a title: letters without their marks, words joined by dashes
    /// ("Chi Lăng 2023" → "chi-lang-2023").
    static func slug(_ text: String) -> String {
        let folded = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.prefix(12).joined(separator: "-")
    }

    /// "2026-12-02T08:15:30Z": the creation time written into a workbook's properties.
    static func createdStamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: false))
    }
}
