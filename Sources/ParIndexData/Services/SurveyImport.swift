package import FluentKit
import Foundation
package import ParIndexCore

/// Reads survey points from CSV and saves them as the survey layer of each unit's assessment.
package enum SurveyImport {
    package struct Line {
        package var number: Int
        package var unitCode: String
        package var criterionCode: String
        package var fields: [String: String]
    }

    package static func parse(_ text: String) throws -> [Line] {
        // Numbered as in the file, blank lines included, so a message points at the right line.
        let rows = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated()
            .map { (number: $0.offset + 1, text: $0.element.trimmingCharacters(in: .whitespaces)) }
            .filter { !$0.text.isEmpty }
        guard let header = rows.first?.text.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }),
              header.count == 3, header[0] == "unit_code", header[1] == "criterion_code", ["points", "satisfaction"].contains(header[2]) else {
            throw AppError.invalid(LocalizedText(vi: "Dòng đầu của tệp CSV phải là: unit_code,criterion_code,points (hoặc satisfaction).",
                                                 en: "The CSV's first line must be: unit_code,criterion_code,points (or satisfaction)."), field: "csv")
        }
        let valueField = header[2] == "points" ? "score" : "satisfaction"
        var lines: [Line] = []
        var problems: [String] = []
        for row in rows.dropFirst() {
            // A value may carry a decimal comma inside quotes: "12,5".
            let cells = splitCSV(row.text)
            guard cells.count == 3 else {
                problems.append("dòng \(row.number): cần 3 cột, có \(cells.count)")
                continue
            }
            lines.append(Line(number: row.number, unitCode: cells[0], criterionCode: cells[1], fields: [valueField: cells[2]]))
        }
        guard problems.isEmpty else {
            throw AppError.invalid(LocalizedText(vi: "Tệp CSV có lỗi: " + problems.joined(separator: "; "), en: "The CSV has errors: " + problems.joined(separator: "; ")), field: "csv")
        }
        return lines
    }

    package static func splitCSV(_ row: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var quoted = false
        for character in row {
            if character == "\"" { quoted.toggle() }
            else if character == ",", !quoted { cells.append(current.trimmingCharacters(in: .whitespaces)); current = "" }
            else { current.append(character) }
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }

    package static func run(_ text: String, period: Period, by user: User, today: CalendarDate, cache: CriteriaSetCache,
                            on db: any Database) async throws -> Int {
        let lines = try parse(text)
        let periodID = try period.requireID()
        var problems: [String] = []
        var planned: [(OpenAssessment, Line, EntryForm)] = []
        var opened: [String: OpenAssessment] = [:]
        // Each unit's assessment is looked up once, however many of its lines the file has.
        let units = try await Unit.query(on: db).filter(\.$code ~~ Set(lines.map(\.unitCode))).all()
        let unitIDs = Dictionary(units.compactMap { unit in unit.id.map { (unit.code, $0) } }, uniquingKeysWith: { first, _ in first })
        let records = try await AssessmentRecord.query(on: db).filter(\.$periodID == periodID).filter(\.$unitID ~~ Set(unitIDs.values)).all()
        let recordsByUnit = Dictionary(records.map { ($0.unitID, $0) }, uniquingKeysWith: { first, _ in first })
        for line in lines {
            guard let unitID = unitIDs[line.unitCode], let record = recordsByUnit[unitID] else {
                problems.append("dòng \(line.number): không có hồ sơ của đơn vị \(line.unitCode) trong kỳ này")
                continue
            }
            guard record.state != .draft else {
                problems.append("dòng \(line.number): hồ sơ của đơn vị \(line.unitCode) chưa được gửi thẩm định")
                continue
            }
            let assessment: OpenAssessment
            if let cached = opened[line.unitCode] { assessment = cached } else {
                let permissions = try await Access.permissions(of: user, on: record, today: today, on: db)
                guard permissions.may(.view) else {
                    problems.append("dòng \(line.number): bạn không được phân công đơn vị \(line.unitCode)")
                    continue
                }
                assessment = try await Access.open(record, permissions: permissions, cache: cache, on: db)
                opened[line.unitCode] = assessment
            }
            var fields = line.fields
            fields["version"] = assessment.workspace.entry(line.criterionCode, .survey).map { String($0.version) }
            fields["note"] = "Nhập từ tệp CSV"
            planned.append((assessment, line, EntryForm(fields: fields)))
        }
        // Check every line (criterion, state, campaigns, value, repetition) before saving any.
        let fed = try await SurveyFeed.feeds(of: Set(planned.map { SurveyFeed.UnitKey(periodID: periodID, unitID: $0.0.workspace.record.unitID) }),
                                             questionnaires: .shared, on: db)
        var seen: [String: Int] = [:]
        for (assessment, line, form) in planned {
            let workspace = assessment.workspace
            let key = line.unitCode + "\u{1F}" + line.criterionCode
            if let first = seen[key] {
                problems.append("dòng \(line.number): trùng đơn vị và tiêu chí với dòng \(first)")
                continue
            }
            seen[key] = line.number
            guard let index = workspace.compiled.tree.nodeIndex(of: line.criterionCode), workspace.compiled.tree.nodes[index].kind == .survey else {
                problems.append("dòng \(line.number): \(line.criterionCode) không phải tiêu chí điều tra xã hội học")
                continue
            }
            let node = workspace.compiled.tree.nodes[index].definition
            do {
                try EntryService.authorize(layer: .survey, node: node, in: assessment)
            } catch let error as AppError {
                problems.append("dòng \(line.number): \(line.unitCode) — \(error.message.vi)")
                continue
            }
            let unit = SurveyFeed.UnitKey(periodID: periodID, unitID: workspace.record.unitID)
            if let refusal = SurveyFeed.typingRefusal(code: line.criterionCode, feeds: fed[unit] ?? [:]) {
                problems.append("dòng \(line.number): \(line.unitCode) — \(refusal.message.vi)")
                continue
            }
            do {
                let input = try form.leafInput(for: node)
                if case let .invalid(message)? = workspace.compiled.scorer.evaluateLeaf(code: line.criterionCode, input: input)?.working {
                    problems.append("dòng \(line.number): \(message.vi)")
                }
            } catch {
                problems.append("dòng \(line.number): \(error.message.vi)")
            }
        }
        guard problems.isEmpty else {
            throw AppError.invalid(LocalizedText(vi: "Chưa nhập điểm nào vì tệp có lỗi: " + problems.joined(separator: "; "),
                                                 en: "Nothing was imported; the file has errors: " + problems.joined(separator: "; ")), field: "csv")
        }
        // One transaction: should a save still fail (someone saved meanwhile), none is kept.
        let checked = planned
        try await db.transaction { db in
            for (assessment, line, form) in checked {
                _ = try await EntryService.save(form, code: line.criterionCode, layer: .survey, in: assessment, by: user, on: db)
            }
        }
        return planned.count
    }
}
