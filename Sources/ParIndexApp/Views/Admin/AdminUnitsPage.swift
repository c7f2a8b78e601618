import HTML
import ParIndexCore
import Vapor
import ParIndexData

enum AdminUnitsPage {
    struct Model {
        var groups: [UnitGroupRow]
        var units: [UnitRow]
    }

    static func render(_ context: PageContext, model: Model) -> Response {
        let names = Dictionary(uniqueKeysWithValues: model.units.map { ($0.id, $0.name) })
        return Layout.render(context, title: context.t("Đơn vị", "Units"), wide: true) {
            Node.h1 { context.t("Đơn vị", "Units") }
            for group in model.groups {
                Node.h2 { group.name }
                Node.ul(.class("unit-tree")) {
                    for unit in model.units where unit.unitGroupID == group.id && (unit.parentID == nil || names[unit.parentID!] == nil) {
                        unitItem(context, unit, all: model.units, names: names)
                    }
                }
            }
            Node.section(.class("card")) {
                Node.h2 { context.t("Thêm nhóm đơn vị", "Add a unit group") }
                Node.form(.method("post"), .action(Paths.adminUnitGroups.href), .class("stacked")) {
                    CSRFField.node(context)
                    Node.label(.for("group-code")) { context.t("Mã nhóm", "Code") }
                    Node.input(.type("text"), .id("group-code"), .name("code"), .required)
                    Node.label(.for("group-name")) { context.t("Tên nhóm (vd. Sở, ban, ngành)", "Name (e.g. Departments)") }
                    Node.input(.type("text"), .id("group-name"), .name("name"), .required)
                    Node.button(.type("submit")) { context.t("Thêm nhóm", "Add group") }
                }
            }
            Node.section(.class("card")) {
                Node.h2 { context.t("Thêm đơn vị", "Add a unit") }
                Node.form(.method("post"), .action(Paths.adminUnits.href), .class("stacked")) {
                    CSRFField.node(context)
                    Node.label(.for("unit-code")) { context.t("Mã", "Code") }
                    Node.input(.type("text"), .id("unit-code"), .name("code"), .required)
                    Node.label(.for("unit-name")) { context.t("Tên", "Name") }
                    Node.input(.type("text"), .id("unit-name"), .name("name"), .required)
                    Node.label(.for("unit-group")) { context.t("Nhóm", "Group") }
                    Node.select(.id("unit-group"), .name("group")) {
                        for group in model.groups { Node.option(.value(group.id.uuidString)) { group.name } }
                    }
                    Node.label(.for("unit-parent")) { context.t("Thuộc đơn vị", "Parent unit") }
                    unitSelect(context, id: "unit-parent", name: "parent", units: model.units)
                    Node.label(.for("unit-predecessor")) { context.t("Đơn vị tiền thân (sáp nhập)", "Predecessor (merger)") }
                    unitSelect(context, id: "unit-predecessor", name: "predecessor", units: model.units)
                    Node.label(.for("unit-from")) { context.t("Hiệu lực từ (dd/mm/yyyy)", "Valid from (dd/mm/yyyy)") }
                    Node.input(.type("text"), .id("unit-from"), .name("valid_from"))
                    Node.label(.for("unit-to")) { context.t("Hiệu lực đến (dd/mm/yyyy)", "Valid to (dd/mm/yyyy)") }
                    Node.input(.type("text"), .id("unit-to"), .name("valid_to"))
                    Node.button(.type("submit"), .class("primary")) { context.t("Thêm", "Add") }
                }
            }
        }
    }

    static func unitItem(_ context: PageContext, _ unit: UnitRow, all: [UnitRow], names: [UUID: String]) -> Node {
        .li {
            Node.a(.href(Paths.adminUnit(unit.id).href), .class("code")) { unit.code }
            " " + unit.name
            if let from = unit.validFrom.flatMap(CalendarDate.init) { Node.span(.class("muted")) { " · " + context.t("từ ", "from ") + from.displayed } }
            if let to = unit.validTo.flatMap(CalendarDate.init) { Node.span(.class("muted")) { " · " + context.t("đến ", "to ") + to.displayed } }
            if let predecessor = unit.predecessorID.flatMap({ names[$0] }) { Node.span(.class("muted")) { " · " + context.t("tiền thân: ", "predecessor: ") + predecessor } }
            if let successor = unit.successorID.flatMap({ names[$0] }) { Node.span(.class("muted")) { " · " + context.t("kế thừa: ", "successor: ") + successor } }
            let children = all.filter { $0.parentID == unit.id }
            if !children.isEmpty {
                Node.ul { for child in children { unitItem(context, child, all: all, names: names) } }
            }
        }
    }

    static func unitSelect(_ context: PageContext, id: String, name: String, units: [UnitRow], selected: UUID? = nil) -> Node {
        .select(.id(id), .name(name)) {
            Node.option(.value("")) { context.t("(không)", "(none)") }
            for unit in units {
                Node.option(.value(unit.id.uuidString), .flag("selected", unit.id == selected)) { unit.code + " " + unit.name }
            }
        }
    }
}
