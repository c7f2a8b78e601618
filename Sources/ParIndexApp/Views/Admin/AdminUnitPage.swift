import Foundation
import HTML
import ParIndexCore
import Vapor
import ParIndexData

/// One unit's form: name, code, group, parent, validity and predecessor.
enum AdminUnitPage {
    struct Model {
        var unit: UnitRow
        var groups: [UnitGroupRow]
        var units: [UnitRow]
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        let unit = model.unit
        let others = model.units.filter { $0.id != unit.id }
        func day(_ iso: String?) -> String { iso.flatMap(CalendarDate.init)?.displayed ?? "" }
        return Layout.render(context, title: unit.name) {
            Node.p { Node.a(.href(Paths.adminUnits.href)) { "← " + context.t("Đơn vị", "Units") } }
            Node.h1 { unit.name }
            Node.form(.method("post"), .action(Paths.adminUnit(unit.id).href), .class("stacked card"), .id("unit-form")) {
                CSRFField.node(context)
                Node.label(.for("unit-code")) { context.t("Mã", "Code") }
                Node.input(.type("text"), .id("unit-code"), .name("code"), .value(unit.code), .required)
                Node.label(.for("unit-name")) { context.t("Tên", "Name") }
                Node.input(.type("text"), .id("unit-name"), .name("name"), .value(unit.name), .required)
                Node.label(.for("unit-group")) { context.t("Nhóm", "Group") }
                Node.select(.id("unit-group"), .name("group")) {
                    for group in model.groups {
                        Node.option(.value(group.id.uuidString), .flag("selected", group.id == unit.unitGroupID)) { group.name }
                    }
                }
                Node.label(.for("unit-parent")) { context.t("Thuộc đơn vị", "Parent unit") }
                AdminUnitsPage.unitSelect(context, id: "unit-parent", name: "parent", units: others, selected: unit.parentID)
                Node.label(.for("unit-predecessor")) { context.t("Đơn vị tiền thân (sáp nhập)", "Predecessor (merger)") }
                AdminUnitsPage.unitSelect(context, id: "unit-predecessor", name: "predecessor", units: others, selected: unit.predecessorID)
                Node.label(.for("unit-from")) { context.t("Hiệu lực từ (dd/mm/yyyy)", "Valid from (dd/mm/yyyy)") }
                Node.input(.type("text"), .id("unit-from"), .name("valid_from"), .value(day(unit.validFrom)))
                Node.label(.for("unit-to")) { context.t("Hiệu lực đến (dd/mm/yyyy)", "Valid to (dd/mm/yyyy)") }
                Node.input(.type("text"), .id("unit-to"), .name("valid_to"), .value(day(unit.validTo)))
                Node.button(.type("submit"), .class("primary"), .id("save-unit")) { context.t("Lưu", "Save") }
            }
        }
    }
}
