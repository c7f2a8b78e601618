import Fluent
import ParIndexCore
import Vapor

/// Criteria sets: import YAML (checked with the core's messages), view, edit, clone into a new
/// year. A set used by an open period accepts only edits that keep every score the same.
enum AdminCriteriaSetsController {
    @Sendable static func index(_ request: Request) async throws -> Response {
        try await renderIndex(request)
    }

    static func renderIndex(_ request: Request, notice: PageContext.Notice? = nil, problems: [String] = [], yaml: String = "",
                            status: HTTPResponseStatus = .ok) async throws -> Response {
        let sets = try await CriteriaSetRecord.query(on: request.db).sort(\.$year, .descending).sort(\.$title).all()
        let model = AdminCriteriaSetsPage.Model(sets: sets.compactMap { set in set.id.map { ($0, set.title, set.year) } }, problems: problems, yaml: yaml)
        let response = AdminCriteriaSetsPage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    @Sendable static func importSet(_ request: Request) async throws -> Response {
        let yaml = yamlText(request)
        let context = request.pageContext()
        do {
            let record = try await CriteriaSetImport.create(yaml: yaml, by: try request.user, on: request.db)
            request.flash(.success, context.t("Đã nhập bộ chỉ số “\(record.title)”.", "Imported “\(record.title)”."))
            return request.redirect(to: Paths.adminCriteriaSet(try record.requireID()).href)
        } catch let failure as CriteriaSetImport.Problems {
            return try await renderIndex(request, notice: .init(kind: .error, text: context.t("Bộ chỉ số có lỗi, chưa được nhập.", "The set has errors and was not imported.")),
                                         problems: failure.lines(context.language), yaml: yaml, status: .unprocessableEntity)
        }
    }

    static func yamlText(_ request: Request) -> String {
        if let file = try? request.content.get(File.self, at: "file"), file.data.readableBytes > 0 { return String(buffer: file.data) }
        return (try? request.content.get(String.self, at: "yaml")) ?? ""
    }

    @Sendable static func show(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("setID", as: UUID.self), let record = try await CriteriaSetRecord.find(id, on: request.db) else { throw AppError.notFound() }
        return try await renderSet(request, record)
    }

    static func renderSet(_ request: Request, _ record: CriteriaSetRecord, notice: PageContext.Notice? = nil, problems: [String] = [],
                          yaml: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let compiled = try await record.compiled(on: request.application)
        let locked = try await CriteriaSetImport.isLocked(record, on: request.db)
        let model = AdminCriteriaSetPage.Model(id: try record.requireID(), title: record.title, year: record.year, version: record.version,
                                               locked: locked, set: compiled.set, yaml: yaml ?? record.yaml, problems: problems)
        let response = AdminCriteriaSetPage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    @Sendable static func update(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("setID", as: UUID.self), let record = try await CriteriaSetRecord.find(id, on: request.db) else { throw AppError.notFound() }
        let yaml = yamlText(request)
        let version = (try? request.content.get(String.self, at: "version")).flatMap(Int.init)
        let context = request.pageContext()
        do {
            try await CriteriaSetImport.update(record, yaml: yaml, expectedVersion: version, by: try request.user, on: request.db)
            request.flash(.success, context.t("Đã lưu bộ chỉ số.", "Criteria set saved."))
            return request.redirect(to: Paths.adminCriteriaSet(id).href)
        } catch let failure as CriteriaSetImport.Problems {
            return try await renderSet(request, record, notice: .init(kind: .error, text: context.t("Chưa lưu: bộ chỉ số có lỗi.", "Not saved: the set has errors.")),
                                       problems: failure.lines(context.language), yaml: yaml, status: .unprocessableEntity)
        } catch let error as AppError {
            return try await renderSet(request, record, notice: .init(kind: .error, text: context.t(error.message)), yaml: yaml, status: error.status)
        }
    }

    @Sendable static func clone(_ request: Request) async throws -> Response {
        guard let id = request.parameters.get("setID", as: UUID.self), let record = try await CriteriaSetRecord.find(id, on: request.db) else { throw AppError.notFound() }
        let copy = try await CriteriaSetImport.cloneIntoNextYear(record, by: try request.user, on: request.db)
        request.flash(.success, request.pageContext().t("Đã sao chép sang năm \(copy.year).", "Cloned into \(copy.year)."))
        return request.redirect(to: Paths.adminCriteriaSet(try copy.requireID()).href)
    }
}

/// Importing and editing criteria sets, shared by the admin pages and the API.
enum CriteriaSetImport {
    struct Problems: Error {
        var issues: [ValidationIssue]
        func lines(_ language: Language) -> [String] { issues.map { $0.formatted(language) } }
    }

    static func parse(_ yaml: String) throws -> CriteriaSet {
        let set: CriteriaSet
        do {
            set = try CriteriaSet.fromYAML(yaml)
        } catch {
            throw Problems(issues: error.issues)
        }
        let issues = set.validate()
        guard issues.isEmpty else { throw Problems(issues: issues) }
        return set
    }

    static func create(yaml: String, by user: User?, on db: any Database) async throws -> CriteriaSetRecord {
        let set = try parse(yaml)
        let record = CriteriaSetRecord(setKey: set.metadata.id, year: set.metadata.year, title: set.metadata.title.vi, yaml: yaml)
        try await db.transaction { db in
            try await record.create(on: db)
            try await Audit.record(.criteriaSet, by: user, assessment: nil, old: nil, new: "\(set.metadata.id) \(set.metadata.year)", on: db)
        }
        return record
    }

    static func isLocked(_ record: CriteriaSetRecord, on db: any Database) async throws -> Bool {
        try await Period.query(on: db).filter(\.$criteriaSetID == record.requireID()).filter(\.$open == true).count() > 0
    }

    static func update(_ record: CriteriaSetRecord, yaml: String, expectedVersion: Int?, by user: User?, on db: any Database) async throws {
        guard expectedVersion == nil || expectedVersion == record.version else {
            throw AppError.conflict(.init(vi: "Bộ chỉ số vừa được người khác sửa. Hãy tải lại trang.", en: "Someone else just edited this set. Reload the page."))
        }
        let set = try parse(yaml)
        if try await isLocked(record, on: db) {
            let current = try CriteriaSet.fromYAML(record.yaml)
            guard current.scoresLike(set), set.metadata.id == current.metadata.id, set.metadata.year == current.metadata.year else {
                throw AppError.conflict(.init(
                    vi: "Bộ chỉ số đang được dùng trong kỳ đánh giá đang mở: chỉ được sửa câu chữ (tên, hướng dẫn), không được sửa điểm, quy tắc, cấu trúc, mã hay năm.",
                    en: "The set is used by an open period: only wording (titles, guidance) may change, not points, rules, structure, id or year."))
            }
        }
        let oldVersion = record.version
        try await db.transaction { db in
            record.yaml = yaml
            record.title = set.metadata.title.vi
            record.setKey = set.metadata.id
            record.year = set.metadata.year
            record.version += 1
            try await record.update(on: db)
            try await Audit.record(.criteriaSet, by: user, assessment: nil, old: "v\(oldVersion)", new: "v\(record.version)", on: db)
        }
    }

    /// A copy for the next year: the `year:` line is moved on, everything else kept.
    static func cloneIntoNextYear(_ record: CriteriaSetRecord, by user: User?, on db: any Database) async throws -> CriteriaSetRecord {
        let nextYear = record.year + 1
        var lines = record.yaml.components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix("year:") }) { lines[index] = "year: \(nextYear)" }
        return try await create(yaml: lines.joined(separator: "\n"), by: user, on: db)
    }
}
