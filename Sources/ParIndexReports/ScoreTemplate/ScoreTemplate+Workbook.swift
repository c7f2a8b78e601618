public import ParIndexCore

extension ScoreTemplate {
    /// The template as a workbook; `created` is the file's creation time.
    public func workbook(created: String) -> Workbook {
        let vi = language == .vi
        let layout = ScoreTemplateLayout.self
        let columnCount = layout.columns.count
        var rows: [[Cell]] = [
            [.text(title, style: .title)],
            [.text(vi ? "Điền vào các ô có viền của từng tiêu chí; ô không viền không dùng cho cách chấm của tiêu chí đó. Số thập phân dùng dấu phẩy hoặc dấu chấm (12,5). Không thêm, xóa hay gộp ô và không đổi tên trang; tải tệp lên trong hồ sơ để lưu — mọi dòng được kiểm tra trước, một lỗi thì không dòng nào được lưu."
                        : "Fill in the bordered cells of each criterion; cells without borders are not used by its rule. Decimals take a comma or a point (12,5). Do not add, delete or merge cells or rename the sheet; upload the file in the assessment to save — every row is checked first, and one error saves nothing.",
                   style: .wrapped)],
            layout.columns.map { .text(vi ? $0.vi : $0.en, style: .header) },
        ]
        var validations: [ListValidation] = []
        var notes: [CellNote] = []
        let tree = ScoringTree(set)
        for node in Self.leaves(of: tree) {
            let rowNumber = rows.count + 1
            let definition = node.definition
            let reads = Set(definition.inputNames)
            let saved = current[node.code]
            var row: [Cell] = [
                .text(node.code, style: .borderedCentred),
                .text(definition.title.text(language), style: .bordered),
                .points(node.maximum, style: .borderedNumber2),
                .text(howScored(definition), style: .bordered),
            ]
            for column in layout.columns.dropFirst(4) {
                guard let field = column.field else { continue }
                switch field {
                case "note": row.append(.text(saved?.note ?? "", style: .bordered))
                case "version": row.append(saved.map { .integer($0.version) } ?? .empty())
                default:
                    row.append(reads.contains(field) ? cell(field, saved: saved, node: definition) : .empty())
                }
            }
            rows.append(row)
            if case let .options(options)? = definition.rule, let column = layout.column(of: "option") {
                validations.append(ListValidation(range: CellRange(row: rowNumber, columns: column...column),
                                                  values: options.map { $0.label.text(language) }))
            }
            if case let .yesNo(rule)? = definition.rule, let column = layout.column(of: "answer") {
                validations.append(ListValidation(range: CellRange(row: rowNumber, columns: column...column),
                                                  values: layout.answers(language, allowsNotApplicable: rule.allowsNotApplicable)))
            }
            if reads.contains("not_applicable"), let column = layout.column(of: "not_applicable") {
                validations.append(ListValidation(range: CellRange(row: rowNumber, columns: column...column), values: [vi ? "có" : "yes"]))
            }
            if let evidence = definition.evidence, !evidence.isEmpty {
                notes.append(CellNote(cell: CellReference(column: 2, row: rowNumber),
                                      text: (vi ? "Tài liệu kiểm chứng: " : "Evidence: ") + evidence, author: "ParIndex"))
            }
        }
        let versionColumn = layout.columns.count
        let sheet = Worksheet(name: layout.sheetName,
                              columns: layout.columns.enumerated().map { Column(width: $1.width, hidden: $0 + 1 == versionColumn) },
                              rows: rows, frozenRows: layout.headingRow, frozenColumns: 2,
                              merges: [CellRange(row: 1, columns: 1...columnCount), CellRange(row: 2, columns: 1...columnCount)],
                              listValidations: validations, notes: notes, printTitleRows: layout.headingRow...layout.headingRow,
                              pageSetup: PageSetup(orientation: .landscape, fitToWidth: true))
        let properties = WorkbookProperties(title: title, subject: set.metadata.title.text(language), creator: "ParIndex",
                                            keywords: set.metadata.id, description: set.metadata.title.text(language), created: created)
        return Workbook(properties: properties, sheets: [sheet])
    }

    /// "mức theo tỷ lệ %: Tử số = TTHC đúng hạn; Mẫu số = TTHC tiếp nhận".
    func howScored(_ node: CriteriaNode) -> String {
        let vi = language == .vi
        func label(_ name: String, _ text: LocalizedText) -> String { name + " = " + text.text(language) }
        let rule = node.rule
        var parts: [String] = []
        switch rule {
        case let .percentageTiers(rule)?:
            parts = [label(vi ? "Tử số" : "Numerator", rule.numerator), label(vi ? "Mẫu số" : "Denominator", rule.denominator)]
        case let .proportional(rule)?:
            parts = [label(vi ? "Đạt được" : "Achieved", rule.achieved)]
            parts.append(rule.fixedTarget.map { (vi ? "Chỉ tiêu cố định " : "Fixed target ") + $0.formatted(language) }
                ?? label(vi ? "Chỉ tiêu" : "Target", rule.targetLabel))
        case let .countTimesPoints(rule)?:
            parts = [label(vi ? "Số lượng" : "Count", rule.item) + " × " + rule.pointsEach.formatted(language)]
        case let .deductionPerOccurrence(rule)?:
            parts = [label(vi ? "Số lượng" : "Count", rule.occurrence) + " × −" + rule.pointsEach.formatted(language)]
        default: break
        }
        let kind = (rule?.title ?? Rule.freeScore(FreeScoreRule(step: Points(hundredths: 1))).title).text(language)
        return parts.isEmpty ? kind : kind + ": " + parts.joined(separator: "; ")
    }

    /// A saved value as the cell shows it: numbers as numbers, an option by its label, an
    /// answer in words; an open, bordered cell when nothing is saved.
    func cell(_ field: String, saved: Current?, node: CriteriaNode) -> Cell {
        guard let text = saved?.values[field], !text.isEmpty else { return .empty(style: .bordered) }
        switch field {
        case "option":
            if case let .options(options)? = node.rule, let option = options.first(where: { $0.key == text }) {
                return .text(option.label.text(language), style: .bordered)
            }
            return .text(text, style: .bordered)
        case "answer":
            return .text(YesNoAnswer(rawValue: text)?.title.text(language) ?? text, style: .bordered)
        case "not_applicable":
            return .text(language == .vi ? "có" : "yes", style: .bordered)
        default:
            if let number = DecimalText.parseStored(text, maxDecimals: 4) { return Cell(.decimal(number), style: .borderedNumber2) }
            return .text(text, style: .bordered)
        }
    }
}
