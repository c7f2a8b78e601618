import Fluent
import Foundation
import ParIndexCore
import Vapor
import ParIndexData

/// The administrator's operations as JSON: the same services as the admin pages, behind the same
/// role middleware (`APIRoutes.swift`). Bodies use the
/// pages' field names (`UnitAdmin.Draft`, `UserAccounts.Draft`, `PeriodSetup.Draft`).
extension APIController {
    @Sendable static func createUnit(_ request: Request) async throws -> Response {
        let admin = try request.user
        let unit = try await UnitAdmin.create(try request.content.decode(UnitAdmin.Draft.self), by: admin, on: request.db)
        return try created(APIUnit(unit))
    }

    @Sendable static func updateUnit(_ request: Request) async throws -> APIUnit {
        let admin = try request.user
        let unit = try await request.record(Unit.self, .unit)
        try await UnitAdmin.update(unit, with: try request.content.decode(UnitAdmin.Draft.self), by: admin, on: request.db)
        return try APIUnit(unit)
    }

    @Sendable static func unitGroups(_ request: Request) async throws -> [APIUnitGroup] {
        try await UnitGroup.query(on: request.db).sort(\.$code).all().map(APIUnitGroup.init)
    }

    @Sendable static func createUnitGroup(_ request: Request) async throws -> Response {
        let admin = try request.user
        return try created(APIUnitGroup(try await UnitAdmin.createGroup(try request.content.decode(UnitAdmin.GroupDraft.self), by: admin, on: request.db)))
    }

    @Sendable static func createUser(_ request: Request) async throws -> Response {
        let admin = try request.user
        let draft = try request.content.decode(UserAccounts.Draft.self)
        let user = try await UserAccounts.create(draft, passwords: request.passwords, by: admin, on: request.db)
        return try created(APIUser(user))
    }

    struct ActiveBody: Content {
        var active: Bool
    }

    @Sendable static func setUserActive(_ request: Request) async throws -> APIUser {
        let admin = try request.user
        let user = try await request.record(User.self, .user)
        try await UserAccounts.setActive(user, try request.content.decode(ActiveBody.self).active, by: admin, on: request.db)
        return try APIUser(user)
    }

    @Sendable static func createPeriod(_ request: Request) async throws -> Response {
        let period = try await PeriodSetup.create(try request.content.decode(PeriodSetup.Draft.self), on: request.db)
        return try created(APIPeriod(period))
    }

    struct AssignmentBody: Content {
        var unit: String
        var appraiser: String
    }

    @Sendable static func assignAppraiser(_ request: Request) async throws -> HTTPStatus {
        let period = try await request.record(Period.self, .period)
        let body = try request.content.decode(AssignmentBody.self)
        try await PeriodSetup.assign(unitID: UUID(uuidString: body.unit), appraiserID: UUID(uuidString: body.appraiser), in: period, on: request.db)
        return .created
    }

    @Sendable static func approvePeriod(_ request: Request) async throws -> APIPeriod {
        let admin = try request.user
        let period = try await request.record(Period.self, .period)
        try await PeriodSetup.approve(period, by: admin, today: request.today, cache: request.criteriaSetCache, on: request.db)
        return try APIPeriod(period)
    }

    /// Body: the CSV text (`unit_code,criterion_code,points` or `…,satisfaction`), or an Excel
    /// workbook with the same three columns on its first sheet.
    @Sendable static func importSurvey(_ request: Request) async throws -> [String: Int] {
        let user = try request.user
        let period = try await request.record(Period.self, .period)
        let text = try SurveyFile.csvText(from: request.body.data.map { Data(buffer: $0) } ?? Data())
        let count = try await SurveyImport.run(text, period: period, by: user, today: request.today, cache: request.criteriaSetCache, on: request.db)
        return ["imported": count]
    }

    /// Body: the YAML text; `?version=N` is the version the editor started from.
    @Sendable static func updateCriteriaSet(_ request: Request) async throws -> Response {
        let admin = try request.user
        let record = try await request.record(CriteriaSetRecord.self, .criteriaSet)
        do {
            try await CriteriaSetImport.update(record, yaml: request.body.string ?? "", expectedVersion: request.query[Int.self, at: "version"],
                                               by: admin, on: request.db)
        } catch let problems as CriteriaSetImport.Problems {
            return APIError.response(status: .unprocessableEntity,
                                         message: .init(problems.lines(.vi).joined(separator: "\n"), problems.lines(.en).joined(separator: "\n")), field: "yaml")
        }
        let response = Response(status: .ok)
        try response.content.encode(APICriteriaSet(record))
        return response
    }

    @Sendable static func cloneCriteriaSet(_ request: Request) async throws -> Response {
        let admin = try request.user
        let record = try await request.record(CriteriaSetRecord.self, .criteriaSet)
        do {
            return try created(APICriteriaSet(try await CriteriaSetImport.cloneIntoNextYear(record, by: admin, on: request.db)))
        } catch let problems as CriteriaSetImport.Problems {
            return APIError.response(status: .unprocessableEntity,
                                         message: .init(problems.lines(.vi).joined(separator: "\n"), problems.lines(.en).joined(separator: "\n")), field: "yaml")
        }
    }

    static func created(_ body: some Content) throws -> Response {
        let response = Response(status: .created)
        try response.content.encode(body)
        return response
    }
}
