package import FluentKit
import Foundation
import ParIndexCore

/// Adding units: checked codes, groups and dates; a predecessor learns its successor (a merger).
package enum UnitAdmin {
    /// What the page's form and the API send; dates dd/mm/yyyy or yyyy-mm-dd.
    package struct Draft: Codable, Sendable {
        package var code: String
        package var name: String
        package var group: String
        package var parent: String?
        package var valid_from: String?
        package var valid_to: String?
        package var predecessor: String?
    }

    package static func create(_ form: Draft, by user: User, on db: any Database) async throws -> Unit {
        let unit = try await validated(form, on: db)
        try await db.transaction { db in
            try await unit.create(on: db)
            if let predecessorID = unit.predecessorID, let predecessor = try await Unit.find(predecessorID, on: db) {
                predecessor.successorID = unit.id
                // A merger: the old unit ends the day before the new one starts, unless it says otherwise.
                if predecessor.validTo == nil, let start = unit.validFrom.flatMap(CalendarDate.init) {
                    predecessor.validTo = start.adding(days: -1).iso
                }
                try await predecessor.update(on: db)
            }
            try await Audit.record(.unit, by: user, assessment: nil, old: nil, new: "đơn vị \(unit.code) \(unit.name)", on: db)
        }
        return unit
    }

    /// Changes a unit: name, code, group, parent, validity and predecessor, checked as at creation.
    package static func update(_ unit: Unit, with form: Draft, by user: User, on db: any Database) async throws {
        let checked = try await validated(form, editing: unit, on: db)
        let old = summary(of: unit)
        try await db.transaction { db in
            unit.code = checked.code
            unit.name = checked.name
            unit.unitGroupID = checked.unitGroupID
            unit.parentID = checked.parentID
            unit.validFrom = checked.validFrom
            unit.validTo = checked.validTo
            if unit.predecessorID != checked.predecessorID, let predecessorID = checked.predecessorID,
               let predecessor = try await Unit.find(predecessorID, on: db) {
                predecessor.successorID = unit.id
                try await predecessor.update(on: db)
            }
            unit.predecessorID = checked.predecessorID
            try await unit.update(on: db)
            try await Audit.record(.unit, by: user, assessment: nil, old: old, new: summary(of: unit), on: db)
        }
    }

    package static func summary(of unit: Unit) -> String {
        "\(unit.code) \(unit.name) (\(unit.validFrom ?? "…") – \(unit.validTo ?? "…"))"
    }

    package static func validated(_ form: Draft, editing existing: Unit? = nil, on db: any Database) async throws -> Unit {
        let code = try TextField.code(form.code, field: "code", label: .init(vi: "Mã đơn vị", en: "The unit code"))
        let name = try TextField.line(form.name, field: "name", label: .init(vi: "Tên đơn vị", en: "The unit name"))
        guard !code.isEmpty, !name.isEmpty else {
            throw AppError.invalid(.init(vi: "Mã và tên đơn vị là bắt buộc.", en: "Code and name are required."), field: "code")
        }
        let taken = code == existing?.code ? false : try await Unit.query(on: db).filter(\.$code == code).count() > 0
        guard !taken else {
            throw AppError.invalid(.init(vi: "Mã đơn vị \(code) đã tồn tại.", en: "Unit code \(code) already exists."), field: "code")
        }
        guard let groupID = UUID(uuidString: form.group), try await UnitGroup.find(groupID, on: db) != nil else {
            throw AppError.invalid(.init(vi: "Hãy chọn nhóm đơn vị.", en: "Choose a unit group."), field: "group")
        }
        func existingUnit(_ text: String?, field: String) async throws -> UUID? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let id = UUID(uuidString: text), try await Unit.find(id, on: db) != nil else {
                throw AppError.invalid(.init(vi: "Không có đơn vị đã chọn.", en: "The chosen unit does not exist."), field: field)
            }
            return id
        }
        let parentID = try await existingUnit(form.parent, field: "parent")
        let predecessorID = try await existingUnit(form.predecessor, field: "predecessor")
        guard existing == nil || (parentID != existing?.id && predecessorID != existing?.id) else {
            throw AppError.invalid(.init(vi: "Một đơn vị không thể trực thuộc hay kế thừa chính nó.", en: "A unit cannot be its own parent or predecessor."), field: "parent")
        }
        let validFrom = try FormDate.iso(form.valid_from, field: "valid_from")
        let validTo = try FormDate.iso(form.valid_to, field: "valid_to")
        if let validFrom, let validTo, validTo < validFrom {
            throw AppError.invalid(.init(vi: "Ngày hết hiệu lực phải sau ngày bắt đầu.", en: "The end date must follow the start date."), field: "valid_to")
        }
        let unit = Unit(unitGroupID: groupID, parentID: parentID, code: code, name: name, validFrom: validFrom, validTo: validTo)
        unit.predecessorID = predecessorID
        return unit
    }

    /// A group of units scored against the same criteria sets and ranked together.
    package struct GroupDraft: Codable, Sendable {
        package var code: String
        package var name: String
    }

    package static func createGroup(_ form: GroupDraft, by user: User, on db: any Database) async throws -> UnitGroup {
        let code = try TextField.code(form.code, field: "code", label: .init(vi: "Mã nhóm", en: "The group code"))
        let name = try TextField.line(form.name, field: "name", label: .init(vi: "Tên nhóm", en: "The group name"))
        guard !code.isEmpty, !name.isEmpty else {
            throw AppError.invalid(.init(vi: "Mã và tên nhóm đơn vị là bắt buộc.", en: "A group needs a code and a name."), field: "group_code")
        }
        guard try await UnitGroup.query(on: db).filter(\.$code == code).count() == 0 else {
            throw AppError.invalid(.init(vi: "Mã nhóm \(code) đã tồn tại.", en: "Group code \(code) already exists."), field: "group_code")
        }
        let group = UnitGroup(code: code, name: name)
        try await db.transaction { db in
            try await group.create(on: db)
            try await Audit.record(.unit, by: user, assessment: nil, old: nil, new: "nhóm \(code) \(name)", on: db)
        }
        return group
    }
}
