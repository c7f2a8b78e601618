import Fluent
import ParIndexCore
import Vapor
import ParIndexData

/// Units as a tree, with groups, validity dates and predecessor/successor links.
enum AdminUnitsController {
    @Sendable static func index(_ request: Request) async throws -> Response {
        try await render(request)
    }

    static func render(_ request: Request, notice: PageContext.Notice? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let groups = try await UnitGroup.query(on: request.db).sort(\.$name).all()
        let units = try await Unit.query(on: request.db).sort(\.$code).all()
        let response = AdminUnitsPage.render(request.pageContext(notice: notice), model: AdminUnitsPage.Model(groups: try groups.map(UnitGroupRow.init), units: try units.map(UnitRow.init)))
        response.status = status
        return response
    }

    @Sendable static func create(_ request: Request) async throws -> Response {
        let form = try request.content.decode(UnitAdmin.Draft.self)
        let context = request.pageContext()
        do {
            let unit = try await UnitAdmin.create(form, by: try request.user, on: request.db)
            request.flash(.success, context.t("Đã thêm đơn vị \(unit.name).", "Added unit \(unit.name)."))
            return request.redirect(to: Paths.adminUnits.href)
        } catch let error as AppError {
            return try await render(request, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
    }

    @Sendable static func createGroup(_ request: Request) async throws -> Response {
        let form = try request.content.decode(UnitAdmin.GroupDraft.self)
        let context = request.pageContext()
        do {
            let group = try await UnitAdmin.createGroup(form, by: try request.user, on: request.db)
            request.flash(.success, context.t("Đã thêm nhóm \(group.name).", "Added group \(group.name)."))
            return request.redirect(to: Paths.adminUnits.href)
        } catch let error as AppError {
            return try await render(request, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
    }

    @Sendable static func edit(_ request: Request) async throws -> Response {
        let unit = try await request.record(Unit.self, .unit)
        return try await renderUnit(request, unit)
    }

    static func renderUnit(_ request: Request, _ unit: Unit, notice: PageContext.Notice? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let model = AdminUnitPage.Model(unit: try UnitRow(unit), groups: try await UnitGroup.query(on: request.db).sort(\.$name).all().map(UnitGroupRow.init),
                                        units: try await Unit.query(on: request.db).sort(\.$code).all().map(UnitRow.init))
        let response = AdminUnitPage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    @Sendable static func update(_ request: Request) async throws -> Response {
        let unit = try await request.record(Unit.self, .unit)
        let form = try request.content.decode(UnitAdmin.Draft.self)
        let context = request.pageContext()
        do {
            try await UnitAdmin.update(unit, with: form, by: try request.user, on: request.db)
        } catch let error as AppError {
            guard let fresh = try await Unit.find(unit.id, on: request.db) else { throw AppError.notFound() }
            return try await renderUnit(request, fresh, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
        request.flash(.success, context.t("Đã lưu đơn vị \(unit.name).", "Saved unit \(unit.name)."))
        return request.redirect(to: Paths.adminUnits.href)
    }
}
