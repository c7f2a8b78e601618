import Fluent
import ParIndexCore
import Vapor
import ParIndexData

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
        let record = try await request.record(CriteriaSetRecord.self, .criteriaSet)
        return try await renderSet(request, record)
    }

    static func renderSet(_ request: Request, _ record: CriteriaSetRecord, notice: PageContext.Notice? = nil, problems: [String] = [],
                          yaml: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let compiled = try record.compiled(using: request.criteriaSetCache)
        let locked = try await CriteriaSetImport.isLocked(record, on: request.db)
        let model = AdminCriteriaSetPage.Model(id: try record.requireID(), title: record.title, year: record.year, version: record.version,
                                               locked: locked, set: compiled.set, yaml: yaml ?? record.yaml, problems: problems)
        let response = AdminCriteriaSetPage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    @Sendable static func update(_ request: Request) async throws -> Response {
        let record = try await request.record(CriteriaSetRecord.self, .criteriaSet)
        let yaml = yamlText(request)
        let version = (try? request.content.get(String.self, at: "version")).flatMap(Int.init)
        let context = request.pageContext()
        do {
            try await CriteriaSetImport.update(record, yaml: yaml, expectedVersion: version, by: try request.user, on: request.db)
            request.flash(.success, context.t("Đã lưu bộ chỉ số.", "Criteria set saved."))
            return request.redirect(to: Paths.adminCriteriaSet(try record.requireID()).href)
        } catch let failure as CriteriaSetImport.Problems {
            return try await renderSet(request, record, notice: .init(kind: .error, text: context.t("Chưa lưu: bộ chỉ số có lỗi.", "Not saved: the set has errors.")),
                                       problems: failure.lines(context.language), yaml: yaml, status: .unprocessableEntity)
        } catch let error as AppError {
            return try await renderSet(request, record, notice: .init(kind: .error, text: context.t(error.message)), yaml: yaml, status: error.status)
        }
    }

    /// The outline form: title, English title, maximum, guidance and evidence of every criterion,
    /// as fields named `title:CODE`, `title_en:CODE`, `maximum:CODE`, `guidance:CODE`, `evidence:CODE`.
    @Sendable static func updateOutline(_ request: Request) async throws -> Response {
        let record = try await request.record(CriteriaSetRecord.self, .criteriaSet)
        var fields = try request.formFields()
        let version = fields.removeValue(forKey: "version").flatMap(Int.init)
        var edits: [String: CriterionTextEdit] = [:]
        for (name, value) in fields {
            let parts = name.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            var edit = edits[parts[1]] ?? CriterionTextEdit()
            switch parts[0] {
            case "title": edit.title = value
            case "title_en": edit.titleEnglish = value
            case "maximum": edit.maximum = value
            case "guidance": edit.guidance = value
            case "evidence": edit.evidence = value
            default: continue
            }
            edits[parts[1]] = edit
        }
        let context = request.pageContext()
        do {
            let yaml = try CriteriaSet.applying(edits, toYAML: record.yaml)
            try await CriteriaSetImport.update(record, yaml: yaml, expectedVersion: version, by: try request.user, on: request.db)
        } catch let failure as ValidationFailure {
            return try await renderSet(request, record, notice: .init(kind: .error, text: context.t("Chưa lưu: nội dung có lỗi.", "Not saved: there are errors.")),
                                       problems: failure.issues.map { $0.formatted(context.language) }, status: .unprocessableEntity)
        } catch let failure as CriteriaSetImport.Problems {
            return try await renderSet(request, record, notice: .init(kind: .error, text: context.t("Chưa lưu: bộ chỉ số có lỗi.", "Not saved: the set has errors.")),
                                       problems: failure.lines(context.language), status: .unprocessableEntity)
        } catch let error as AppError {
            return try await renderSet(request, record, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
        }
        request.flash(.success, context.t("Đã lưu bộ chỉ số.", "Criteria set saved."))
        return request.redirect(to: Paths.adminCriteriaSet(try record.requireID()).href)
    }

    @Sendable static func clone(_ request: Request) async throws -> Response {
        let record = try await request.record(CriteriaSetRecord.self, .criteriaSet)
        let copy = try await CriteriaSetImport.cloneIntoNextYear(record, by: try request.user, on: request.db)
        request.flash(.success, request.pageContext().t("Đã sao chép sang năm \(copy.year).", "Cloned into \(copy.year)."))
        return request.redirect(to: Paths.adminCriteriaSet(try copy.requireID()).href)
    }
}
