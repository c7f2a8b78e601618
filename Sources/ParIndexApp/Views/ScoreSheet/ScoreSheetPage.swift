import Foundation
import HTML
import ParIndexCore
import ParIndexReports
import Vapor

/// The official score sheet as an A4 document of its own: no site header, navigation or footer;
/// the table's heading row repeats on every printed page (a `thead`), and the page margin carries
/// "Trang n / N" (`@page sheet` in the style sheet). A bar above the sheet, hidden in print, leads
/// back and prints.
enum ScoreSheetPage {
    static func render(_ context: PageContext, sheet: OfficialSheet, assessmentID: UUID) -> Response {
        let language = context.language
        var writer = HTMLWriter(capacity: 24 * 1024 + sheet.lines.count * 400)
        writer.document(language: language.rawValue) { writer in
            writer.element("head") { writer in
                for node in Layout.head(context, title: sheet.documentTitle(language)) {
                    writer.node(node)
                }
            }
            writer.element("body", .class("official-sheet " + context.display.htmlClass)) { writer in
                writer.node(.nav(.class("sheet-bar no-print"), .aria("label", context.t("Bảng điểm", "Score sheet"))) {
                    Node.a(.href(Paths.assessment(assessmentID).href)) { "‹ " + context.t("Về hồ sơ", "Back to the assessment") }
                    Node.a(.href(Paths.sheetXLSX(assessmentID).href), .id("sheet-xlsx")) { context.t("Tải Excel (.xlsx)", "Download Excel (.xlsx)") }
                    Node.button(.type("button"), .data("print", "1"), .id("print-sheet")) { context.t("In / lưu PDF", "Print / save as PDF") }
                })
                writer.element("main", .id("main")) { writer in
                    writer.node(heading(context, sheet))
                    writer.node(table(context, sheet))
                    writer.node(signatures(context, sheet))
                }
            }
        }
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: writer.bytes)))
    }

    static func heading(_ context: PageContext, _ sheet: OfficialSheet) -> Node {
        .header(.class("sheet-heading")) {
            Node.p(.class("sheet-unit")) { sheet.header.unitName.uppercased() }
            Node.h1 { sheet.title(context.language) }
            Node.p { sheet.header.periodTitle }
            Node.p(.class("sheet-basis")) { sheet.basis(context.language) }
        }
    }

    static func table(_ context: PageContext, _ sheet: OfficialSheet) -> Node {
        let language = context.language
        func points(_ value: Points?) -> String { value?.formatted(language) ?? "" }
        let result = sheet.result
        return .table(.class("sheet"), .id("sheet")) {
            Node.thead { Node.tr {
                for heading in OfficialSheet.headings(language) { Node.th(.scope("col")) { heading } }
            } }
            Node.tbody {
                for line in sheet.lines {
                    Node.tr(.class("depth-\(min(line.depth, 3))")) {
                        Node.td(.class("code")) { line.code }
                        Node.th(.scope("row")) { line.title }
                        Node.td(.class("num")) { points(line.maximum) }
                        Node.td(.class("num")) { points(line.selfPoints) }
                        Node.td(.class("num")) { points(line.appraisedPoints) }
                        Node.td(.class("num")) { points(line.surveyPoints) }
                        Node.td(.class("pre-line")) { line.evidence.joined(separator: "\n") }
                        Node.td(.class("pre-line")) { line.note }
                    }
                }
            }
            Node.tfoot {
                Node.tr {
                    Node.td {}
                    Node.th(.scope("row")) { context.t("Tổng điểm", "Total") }
                    Node.td(.class("num")) { points(result.maximum) }
                    Node.td(.class("num"), .id("sheet-self-total")) { points(sheet.selfTotal) }
                    Node.td(.class("num"), .id("sheet-appraised-total")) { points(sheet.appraisedTotal) }
                    Node.td(.class("num")) { points(sheet.surveyTotal) }
                    Node.td(.colspan("2")) {}
                }
                Node.tr {
                    Node.td {}
                    Node.th(.scope("row")) { context.t("Tổng điểm cuối cùng", "Final total") }
                    Node.td(.class("num")) { points(result.maximum) }
                    Node.td(.class("num"), .colspan("3"), .id("sheet-total")) { result.total.formatted(language) }
                    Node.td(.colspan("2")) {}
                }
                Node.tr {
                    Node.td {}
                    Node.th(.scope("row")) { context.t("Chỉ số (%) · Xếp loại", "Index (%) · Band") }
                    Node.td(.class("num"), .colspan("4"), .id("sheet-index")) {
                        (result.index?.formatted(language) ?? "—") + " · " + (result.band.map { context.t($0.label) } ?? "—")
                    }
                    Node.td(.colspan("2")) {}
                }
            }
        }
    }

    static func signatures(_ context: PageContext, _ sheet: OfficialSheet) -> Node {
        .div(.class("signatures")) {
            Node.div {
                Node.p { Node.br() }
                Node.p { Node.strong { context.t("NGƯỜI LẬP BIỂU", "PREPARED BY") } }
                Node.p { Node.em { context.t("(Ký, ghi rõ họ tên)", "(Signature and full name)") } }
            }
            Node.div {
                Node.p { Node.em { sheet.dateLine(context.language) } }
                Node.p { Node.strong { context.t("THỦ TRƯỞNG ĐƠN VỊ", "HEAD OF THE UNIT") } }
                Node.p { Node.em { context.t("(Ký tên, đóng dấu)", "(Signature and seal)") } }
            }
        }
    }
}
