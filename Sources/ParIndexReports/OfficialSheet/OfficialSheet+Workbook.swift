public import ParIndexCore

extension OfficialSheet {
    /// The sheet as a workbook: the header rows, the table with its heading frozen and repeated on
    /// every printed page, the totals, and the signature block; A4 landscape with page numbers.
    /// `created` is the file's creation time ("2026-12-02T08:00:00Z").
    public func workbook(_ language: Language, created: String) -> Workbook {
        let vi = language == .vi
        var rows: [[Cell]] = []
        var merges: [CellRange] = []
        func fullWidth(_ text: String, _ style: CellStyle) {
            rows.append([.text(text, style: style)])
            merges.append(CellRange(row: rows.count, columns: 1...Self.columnCount))
        }
        fullWidth(title(language), .title)
        fullWidth(header.unitName + " — " + header.periodTitle, .bold)
        fullWidth(basis(language), .wrapped)
        rows.append([])
        rows.append(Self.headings(language).map { .text($0, style: .header) })
        let headingRow = rows.count
        for line in lines {
            let bold = line.depth == 0
            let number: CellStyle = bold ? .borderedBoldNumber2 : .borderedNumber2
            func points(_ value: Points?) -> Cell { value.map { .points($0, style: number) } ?? .empty(style: .bordered) }
            rows.append([
                .text(line.code, style: .borderedCentred),
                .text(line.title, style: bold ? .borderedBold : .bordered),
                points(line.maximum), points(line.selfPoints), points(line.appraisedPoints), points(line.surveyPoints),
                Self.text(line.evidence.joined(separator: "\n")), Self.text(line.note),
            ])
        }
        rows.append(totalRow(vi ? "Tổng điểm" : "Total", final: nil))
        rows.append(totalRow(vi ? "Tổng điểm cuối cùng" : "Final total", final: result.total))
        let index = result.index.map { Cell(.decimal($0), style: .borderedBoldNumber2) } ?? .text("—", style: .borderedCentred)
        rows.append([.empty(style: .bordered), .text(vi ? "Chỉ số (%)" : "Index (%)", style: .borderedBold), index])
        rows.append([.empty(style: .bordered), .text(vi ? "Xếp loại" : "Band", style: .borderedBold),
                     .text(result.band?.label.text(language) ?? "—", style: .borderedBold)])
        rows.append([])
        rows.append(signatureRow(left: "", right: dateLine(language), style: .wrapped))
        merges.append(contentsOf: signatureMerges(row: rows.count))
        rows.append(signatureRow(left: vi ? "NGƯỜI LẬP BIỂU" : "PREPARED BY", right: vi ? "THỦ TRƯỞNG ĐƠN VỊ" : "HEAD OF THE UNIT", style: .bold))
        merges.append(contentsOf: signatureMerges(row: rows.count))
        rows.append(signatureRow(left: vi ? "(Ký, ghi rõ họ tên)" : "(Signature and full name)",
                                 right: vi ? "(Ký tên, đóng dấu)" : "(Signature and seal)", style: .plain))
        merges.append(contentsOf: signatureMerges(row: rows.count))
        let sheet = Worksheet(name: vi ? "Bảng điểm" : "Score sheet",
                              columns: [8, 58, 9, 10, 10, 10, 28, 34].map { Column(width: $0) },
                              rows: rows, frozenRows: headingRow, merges: merges, printTitleRows: headingRow...headingRow,
                              pageSetup: PageSetup(orientation: .landscape, fitToWidth: true))
        let properties = WorkbookProperties(
            title: documentTitle(language),
            subject: set.metadata.title.text(language), creator: "ParIndex",
            keywords: [set.metadata.id, set.metadata.legalBasis?.decisionNumber].compactMap { $0 }.joined(separator: "; "),
            description: basis(language), created: created)
        return Workbook(properties: properties, sheets: [sheet])
    }

    static let columnCount = 8

    /// "Bảng điểm tự đánh giá — UBND huyện Chi Lăng — 2023": the file's and the page's title.
    public func documentTitle(_ language: Language) -> String {
        title(language).capitalisedFirst + " — " + header.unitName + " — " + String(header.year)
    }

    public static func headings(_ language: Language) -> [String] {
        language == .vi
            ? ["STT", "Lĩnh vực / tiêu chí / tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định",
               "Điểm ĐTXHH", "Tài liệu kiểm chứng (số, ngày)", "Giải trình / ghi chú"]
            : ["No.", "Field / criterion / sub-criterion", "Maximum", "Self-assessed", "Appraised", "Survey", "Evidence (number, date)",
               "Explanation / note"]
    }

    private func totalRow(_ label: String, final: Points?) -> [Cell] {
        let number = CellStyle.borderedBoldNumber2
        func points(_ value: Points?) -> Cell { value.map { .points($0, style: number) } ?? .empty(style: .bordered) }
        if let final {
            return [.empty(style: .bordered), .text(label, style: .borderedBold), points(result.maximum), points(final)]
        }
        return [.empty(style: .bordered), .text(label, style: .borderedBold), points(result.maximum), points(selfTotal),
                points(appraisedTotal), points(surveyTotal)]
    }

    /// Text in a bordered cell; an empty cell when there is none (no empty string for readers to trip on).
    static func text(_ text: String) -> Cell {
        text.isEmpty ? .empty(style: .bordered) : .text(text, style: .bordered)
    }

    private func signatureRow(left: String, right: String, style: CellStyle) -> [Cell] {
        [.text(left, style: style), .empty(), .empty(), .empty(), .empty(), .text(right, style: style)]
    }

    /// The left block over A–B, the right one over F–H.
    private func signatureMerges(row: Int) -> [CellRange] {
        [CellRange(row: row, columns: 1...2), CellRange(row: row, columns: 6...Self.columnCount)]
    }
}

extension String {
    /// "BẢNG ĐIỂM" → "Bảng điểm": the title as a file's property, not shouted.
    var capitalisedFirst: String {
        let lower = lowercased()
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }
}
