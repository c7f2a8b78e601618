package import FluentKit
package import Foundation
package import ParIndexCore

/// Scores typed offline in the Excel template, saved as if typed on the page: every row checked
/// first (a criterion of the set the unit scores, only the inputs its rule reads, each value
/// under the rule, the entry unchanged since the template was downloaded); one error saves
/// nothing. Accepted rows go through `EntryService` in one transaction — versions, the audit
/// marked as coming from a file — and rows that change nothing are left alone.
package enum ScoreImport {
    /// One cell as the file holds it: its reference ("E14") and its text, numbers with a point.
    package struct CellText: Sendable, Equatable {
        package var reference: String
        package var text: String

        package init(reference: String, text: String) {
            self.reference = reference
            self.text = text
        }
    }

    /// One row of the template: the code cell and every input, note and version cell by field name.
    package struct Row: Sendable {
        package var code: CellText
        package var fields: [String: CellText]

        package init(code: CellText, fields: [String: CellText]) {
            self.code = code
            self.fields = fields
        }
    }

    /// A refusal that names its cell: "E14: 12,5 vượt điểm tối đa 10".
    package struct CellError: Error, Sendable, Equatable {
        package var cell: String
        package var message: LocalizedText

        package init(cell: String, message: LocalizedText) {
            self.cell = cell
            self.message = message
        }

        package var text: LocalizedText {
            LocalizedText(vi: cell.isEmpty ? message.vi : cell + ": " + message.vi, en: cell.isEmpty ? message.en : cell + ": " + message.en)
        }
    }

    /// Every error of the file; nothing was saved.
    package struct Refused: Error, Sendable {
        package var errors: [CellError]

        package init(errors: [CellError]) {
            self.errors = errors
        }
    }

    package struct Outcome: Sendable, Equatable {
        /// The codes saved, in the file's order.
        package var saved: [String]
        package var unchanged: Int
    }

    /// Checks every row, then saves the rows that change something, all or none. `problems` are
    /// what reading the file already found (a formula without its value…): reported with the rest.
    package static func run(_ rows: [Row], problems: [CellError] = [], in opened: OpenAssessment, by user: User,
                            on db: any Database) async throws -> Outcome {
        try opened.require(.editSelfAssessment)
        let checked: [(code: String, form: EntryForm)]
        do {
            checked = try check(rows, in: opened.workspace)
        } catch {
            throw Refused(errors: problems + error.errors)
        }
        guard problems.isEmpty else { throw Refused(errors: problems) }
        guard !checked.isEmpty else { return Outcome(saved: [], unchanged: rows.count) }
        try await db.transaction { db in
            for (code, form) in checked {
                _ = try await EntryService.save(form, code: code, layer: .selfAssessed, in: opened, by: user, source: .file, on: db)
            }
        }
        return Outcome(saved: checked.map(\.code), unchanged: rows.count - checked.count)
    }

    /// The rows that change something, as forms; throws `Refused` with every error found.
    static func check(_ rows: [Row], in workspace: AssessmentWorkspace) throws(Refused) -> [(code: String, form: EntryForm)] {
        var errors: [CellError] = []
        var accepted: [(code: String, form: EntryForm)] = []
        var seen: [String: String] = [:]
        let tree = workspace.compiled.tree
        for row in rows {
            let code = row.code.text.trimmingCharacters(in: .whitespaces)
            guard let index = tree.nodeIndex(of: code), tree.nodes[index].isLeaf, tree.nodes[index].kind != .survey else {
                errors.append(CellError(cell: row.code.reference, message: LocalizedText(
                    vi: "mã “\(code)” không phải tiêu chí đơn vị tự chấm của bộ chỉ số", en: "“\(code)” is not a criterion the unit scores in this set")))
                continue
            }
            if let first = seen[code] {
                errors.append(CellError(cell: row.code.reference, message: LocalizedText(
                    vi: "tiêu chí \(code) đã có ở ô \(first)", en: "criterion \(code) is already in cell \(first)")))
                continue
            }
            seen[code] = row.code.reference
            do {
                if let form = try form(of: row, node: tree.nodes[index].definition, workspace: workspace) { accepted.append((code, form)) }
            } catch let error as CellError {
                errors.append(error)
            } catch {
                errors.append(CellError(cell: row.code.reference, message: LocalizedText(vi: "dòng không đọc được", en: "the row could not be read")))
            }
        }
        guard errors.isEmpty else { throw Refused(errors: errors) }
        return accepted
    }
}
