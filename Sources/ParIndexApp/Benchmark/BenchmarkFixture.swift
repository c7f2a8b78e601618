import Fluent
import Foundation
import NIOCore
import ParIndexCore
import Vapor
import ParIndexData

/// The data the benchmark works on, and an in-process client logged in as the unit's officer.
/// Requests go through one responder, built once as the server builds it at start: Vapor's
/// `app.responder` builds a new router on every call.
struct BenchmarkFixture {
    let app: Application
    let responder: any Responder
    let unitID: UUID
    let assessmentID: UUID
    let officer: User
    let pagePath: String
    let savePath: String
    let firstVersion: Int
    /// Another criterion's entry, which the hand-written transaction updates.
    let rawEntry: EntryRecord
    var cookie: String
    var csrf: String

    static func create(_ app: Application) async throws -> BenchmarkFixture {
        let db = app.db
        // Codes of their own, so the benchmark runs again on the same scratch database.
        let group = UnitGroup(code: "bench-\(UUID().uuidString.prefix(8))", name: "Đơn vị đo hiệu năng")
        try await group.create(on: db)
        let unit = Unit(unitGroupID: try group.requireID(), code: "bench-\(UUID().uuidString.prefix(8))", name: "UBND xã Đo Hiệu Năng")
        try await unit.create(on: db)
        let password = "bench-password-2026"
        let officer = User(username: "bench.\(UUID().uuidString.prefix(8).lowercased())", displayName: "Cán bộ đo hiệu năng",
                           passwordHash: try await app.password.async.hash(password), role: .officer, unitID: unit.id)
        try await officer.create(on: db)
        let set = try await CriteriaSetImport.create(yaml: BenchmarkData.criteriaSetYAML, by: nil, on: db)
        let period = Period(criteriaSetID: try set.requireID(), unitGroupID: try group.requireID(), title: "Đo hiệu năng 2026", year: 2026,
                            selfDeadline: nil, explanationDeadline: nil, appraisalDeadline: nil)
        try await period.create(on: db)
        let assessment = AssessmentRecord(periodID: try period.requireID(), unitID: try unit.requireID())
        try await assessment.create(on: db)
        let compiled = try set.compiled(using: app.criteriaSetCache)
        for field in 1...BenchmarkData.fields {
            for leaf in 1...BenchmarkData.leavesPerField {
                let code = "\(field).\(leaf)"
                guard let index = compiled.tree.nodeIndex(of: code) else { continue }
                let input = try EntryForm(fields: BenchmarkData.inputs(leaf)).leafInput(for: compiled.tree.nodes[index].definition)
                try await EntryRecord(assessmentID: try assessment.requireID(), nodeCode: code, layer: .selfAssessed,
                                      inputs: StoredInput(input).json, note: "", updatedBy: officer.id).create(on: db)
            }
        }
        let id = try assessment.requireID()
        guard let rawEntry = try await EntryRecord.query(on: db).filter(\.$assessmentID == id).filter(\.$nodeCode == "9.3").first() else {
            throw BenchmarkMiss(targets: ["fixture: no entry 9.3"])
        }
        var fixture = BenchmarkFixture(app: app, responder: app.responder.current, unitID: try unit.requireID(), assessmentID: id,
                                       officer: officer, pagePath: Paths.assessment(id).href,
                                       savePath: Paths.saveEntry(id, code: "10.3").href, firstVersion: 1, rawEntry: rawEntry,
                                       cookie: "", csrf: "")
        try await fixture.login(username: officer.username, password: password)
        return fixture
    }

    mutating func login(username: String, password: String) async throws {
        let page = try await get("/login")
        absorbCookie(page)
        csrf = Self.csrf(in: page.body.string ?? "") ?? ""
        let response = try await post("/login", ["username": username, "password": password, "back": "/"])
        absorbCookie(response)
        let home = try await get("/")
        absorbCookie(home)
        csrf = Self.csrf(in: home.body.string ?? "") ?? csrf
    }

    /// Keeps the cookies a response sets (the visitor's form token, then the session), as a
    /// browser would, in one `Cookie` header value.
    private mutating func absorbCookie(_ response: Response) {
        var jar: [String: String] = [:]
        for pair in cookie.split(separator: ";") {
            let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { jar[parts[0]] = parts[1] }
        }
        for value in response.headers[.setCookie] {
            let parts = String(value.split(separator: ";")[0]).split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            jar[parts[0]] = parts[1].isEmpty ? nil : parts[1]
        }
        cookie = jar.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    func get(_ path: String) async throws -> Response {
        try await send(.GET, path, body: nil, contentType: nil)
    }

    func post(_ path: String, _ fields: [String: String]) async throws -> Response {
        var all = fields
        all[CSRFMiddleware.fieldName] = csrf
        let body = all.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0.value)" }.joined(separator: "&")
        return try await send(.POST, path, body: ByteBuffer(string: body), contentType: .urlEncodedForm)
    }

    /// Through the app's responder, as a request from the network would go, without the network.
    private func send(_ method: HTTPMethod, _ path: String, body: ByteBuffer?, contentType: HTTPMediaType?) async throws -> Response {
        var headers = HTTPHeaders()
        if !cookie.isEmpty { headers.add(name: .cookie, value: cookie) }
        if let contentType { headers.contentType = contentType }
        let request = Request(application: app, method: method, url: URI(path: path), headers: headers,
                              collectedBody: body, remoteAddress: nil, logger: app.logger, on: app.eventLoopGroup.any())
        return try await responder.respond(to: request).get()
    }

    static func csrf(in body: String) -> String? {
        guard let range = body.range(of: "name=\"_csrf\" value=\"") else { return nil }
        let rest = body[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
