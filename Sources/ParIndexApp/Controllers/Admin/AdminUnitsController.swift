import Fluent
import ParIndexCore
import Vapor

/// Units as a tree, with groups, validity dates and predecessor/successor links.
enum AdminUnitsController {
    struct UnitForm: Content {
        var code: String
        var name: String
        var group: String
        var parent: String?
        var valid_from: String?
        var valid_to: String?
        var predecessor: String?
    }

    @Sendable static func index(_ request: Request) async throws -> Response {
        try await render(request)
    }

    static func render(_ request: Request, notice: PageContext.Notice? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let groups = try await UnitGroup.query(on: request.db).sort(\.$name).all()
        let units = try await Unit.query(on: request.db).sort(\.$code).all()
        let response = AdminUnitsPage.render(request.pageContext(notice: notice), model: AdminUnitsPage.Model(groups: groups, units: units))
        response.status = status
        return response
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(UnitForm.self)
        let context = request.pageContext()
        do {
            let unit = try await validated(form, on: request.db)
            try await request.db.transaction { db in
                try await unit.create(on: db)
                if let predecessorID = unit.predecessorID, let predecessor = try await Unit.find(predecessorID, on: db) {
                    predecessor.successorID = unit.id
                    try await predecessor.update(on: db)
                }
            }
            request.flash(.success, context.t("Đã thêm đơn vị \(unit.name).", "Added unit \(unit.name)."))
            return request.redirect(to: Paths.adminUnits.href)
        } catch let error as AppError {
            return try await render(request, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
    }

    static func validated(_ form: UnitForm, on db: any Database) async throws -> Unit {
        let code = form.code.trimmingCharacters(in: .whitespaces)
        let name = form.name.trimmingCharacters(in: .whitespaces)
        guard !code.isEmpty, !name.isEmpty else {
            throw AppError.invalid(.init(vi: "Mã và tên đơn vị là bắt buộc.", en: "Code and name are required."), field: "code")
        }
        guard try await Unit.query(on: db).filter(\.$code == code).count() == 0 else {
            throw AppError.invalid(.init(vi: "Mã đơn vị \(code) đã tồn tại.", en: "Unit code \(code) already exists."), field: "code")
        }
        guard let groupID = UUID(uuidString: form.group), try await UnitGroup.find(groupID, on: db) != nil else {
            throw AppError.invalid(.init(vi: "Hãy chọn nhóm đơn vị.", en: "Choose a unit group."), field: "group")
        }
        func date(_ text: String?, field: String) throws -> String? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let date = CalendarDate(text) else {
                throw AppError.invalid(.init(vi: "Ngày phải có dạng dd/mm/yyyy.", en: "Dates are dd/mm/yyyy."), field: field)
            }
            return date.iso
        }
        let unit = Unit(unitGroupID: groupID, parentID: form.parent.flatMap(UUID.init(uuidString:)), code: code, name: name,
                        validFrom: try date(form.valid_from, field: "valid_from"), validTo: try date(form.valid_to, field: "valid_to"))
        unit.predecessorID = form.predecessor.flatMap(UUID.init(uuidString:))
        return unit
    }
}
