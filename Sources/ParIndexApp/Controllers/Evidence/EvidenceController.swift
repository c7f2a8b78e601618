import Fluent
import ParIndexCore
import Vapor
import ParIndexData

/// The unit's evidence library: upload (streamed), serve (to those allowed), link to criteria.
enum EvidenceController {
    @Sendable static func library(_ request: Request) async throws -> Response {
        let unit = try await request.record(Unit.self, .unit)
        guard try await Access.canViewEvidence(ofUnit: unit.requireID(), user: request.user, on: request.db) else { throw AppError.notFound() }
        return try await renderLibrary(request, unit: unit)
    }

    static func renderLibrary(_ request: Request, unit: Unit, notice: PageContext.Notice? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let user = try request.user
        let documents = try await EvidenceDocument.query(on: request.db).filter(\.$unitID == unit.requireID()).sort(\.$createdAt, .descending).all()
        let model = EvidenceLibraryPage.Model(unitID: try unit.requireID(), unitName: unit.name,
                                              canUpload: Access.mayUploadEvidence(toUnit: try unit.requireID(), user: user),
                                              maxUploadMegabytes: request.settings.maxUploadBytes / (1024 * 1024),
                                              documents: try documents.map(EvidenceLibraryPage.Document.init))
        let response = EvidenceLibraryPage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    @Sendable static func criterionPage(_ request: Request) async throws -> Response {
        try await renderCriterion(request, try await request.openAssessment(), code: try request.parameter(.criterion))
    }

    static func renderCriterion(_ request: Request, _ opened: OpenAssessment, code: String, notice: PageContext.Notice? = nil,
                                status: HTTPResponseStatus = .ok) async throws -> Response {
        let workspace = opened.workspace
        let record = opened.record
        try EvidenceService.authorizeLinking(opened, code: code)
        guard let index = workspace.compiled.tree.nodeIndex(of: code) else { throw AppError.notFound() }
        let node = workspace.compiled.tree.nodes[index].definition
        let library = try await EvidenceDocument.query(on: request.db).filter(\.$unitID == record.unitID).sort(\.$title).all()
        let model = CriterionEvidencePage.Model(
            assessmentID: try record.requireID(), unitID: record.unitID, unitName: workspace.unit.name, code: code, title: node.title,
            requirement: node.evidence,
            links: try (workspace.links[code] ?? []).map { link in
                AssessmentPage.LinkRow(id: try link.requireID(), documentID: link.documentID, title: workspace.documents[link.documentID]?.title ?? "?",
                                       anchor: link.anchor, isPreviewable: false)
            },
            library: library.compactMap { doc in doc.id.map { AssessmentPage.DocumentChoice(id: $0, title: doc.title) } },
            maxUploadMegabytes: request.settings.maxUploadBytes / (1024 * 1024))
        let response = CriterionEvidencePage.render(request.pageContext(notice: notice), model: model)
        response.status = status
        return response
    }

    @Sendable static func upload(_ request: Request) async throws -> Response {
        let user = try request.user
        // Another unit's library answers as if it did not exist, like another unit's assessment.
        let unitID = try request.parameter(.unit)
        guard Access.mayUploadEvidence(toUnit: unitID, user: user), let unit = try await Unit.find(unitID, on: request.db) else { throw AppError.notFound() }
        let settings = request.settings
        let store = EvidenceStore(root: settings.evidenceDirectory)
        let context = request.pageContext()
        // Uploaded from a criterion's evidence page: the ids come in the query, like the CSRF token.
        let target = try await uploadTarget(request, user: user)
        let document: EvidenceDocument
        let upload: EvidenceUpload
        do {
            upload = try await EvidenceUpload.receive(request, store: store, limit: settings.maxUploadBytes)
            let metadata = EvidenceService.Metadata(title: upload.fields["title"] ?? "", documentNumber: upload.fields["document_number"] ?? "",
                                                    issuer: upload.fields["issuer"] ?? "", issuedOn: upload.fields["issued_on"])
            document = try await EvidenceService.add(upload.file, metadata: metadata, unitID: unitID, store: store, by: user, on: request.db)
        } catch let error as AppError {
            let notice = PageContext.Notice(kind: .error, text: context.t(error.message))
            if let (opened, code) = target { return try await renderCriterion(request, opened, code: code, notice: notice, status: error.status) }
            return try await renderLibrary(request, unit: unit, notice: notice, status: error.status)
        }
        if let (opened, code) = target {
            do {
                try await EvidenceService.link(documentID: document.requireID(), code: code, anchor: upload.fields["anchor"] ?? "",
                                               in: opened, by: user, on: request.db)
            } catch let error as AppError {
                return try await renderCriterion(request, opened, code: code, notice: .init(kind: .error, text: context.t(error.message)), status: error.status)
            }
            request.flash(.success, context.t("Đã tải lên và gắn “\(document.title)” với tiêu chí \(code).", "Uploaded “\(document.title)” and attached it to \(code)."))
            return request.redirect(to: Paths.assessment(try opened.record.requireID()).href + "#c-" + code)
        }
        request.flash(.success, context.t("Đã tải lên “\(document.title)”.", "Uploaded “\(document.title)”."))
        return request.redirect(to: Paths.evidenceLibrary(unit: unitID).href)
    }

    /// The assessment and criterion an upload is for, when it comes from a criterion.
    static func uploadTarget(_ request: Request, user: User) async throws -> (OpenAssessment, String)? {
        guard let text = request.query[String.self, at: "assessment"], let code = request.query[String.self, at: "code"] else { return nil }
        let opened = try await Access.open(UUID(uuidString: text), for: user, today: request.today, cache: request.criteriaSetCache, on: request.db)
        try EvidenceService.authorizeLinking(opened, code: code)
        return (opened, code)
    }

    @Sendable static func file(_ request: Request) async throws -> Response {
        let document = try await request.record(EvidenceDocument.self, .document)
        guard try await Access.canViewEvidence(ofUnit: document.unitID, user: request.user, on: request.db) else { throw AppError.notFound() }
        let path = EvidenceStore(root: request.settings.evidenceDirectory).path(forHash: document.contentHash).path
        let response = try await request.fileio.asyncStreamFile(at: path, mediaType: HTTPMediaType(contentType: document.contentType))
        let inline = EvidenceFileType(contentType: document.contentType)?.previewsInline ?? false
        let name = document.originalName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "evidence"
        response.headers.replaceOrAdd(name: .contentDisposition, value: "\(inline ? "inline" : "attachment"); filename*=UTF-8''\(name)")
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; sandbox")
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }

    @Sendable static func link(_ request: Request) async throws -> Response {
        let user = try request.user
        let code = try request.parameter(.criterion)
        let documentID = (try? request.content.get(String.self, at: "document")).flatMap(UUID.init(uuidString:))
        let anchor = (try? request.content.get(String.self, at: "anchor")) ?? ""
        return try await AssessmentController.act(request, anchor: code) { opened in
            // Who may link is decided before what was sent is read.
            try EvidenceService.authorizeLinking(opened, code: code)
            guard let documentID else { throw AppError.invalid(.init(vi: "Hãy chọn một tài liệu.", en: "Choose a document."), field: "document") }
            try await EvidenceService.link(documentID: documentID, code: code, anchor: anchor, in: opened, by: user, on: request.db)
            return request.pageContext().t("Đã gắn tài liệu với tiêu chí \(code).", "Document attached to \(code).")
        }
    }

    @Sendable static func unlink(_ request: Request) async throws -> Response {
        let user = try request.user
        let linkID = try request.parameter(.link)
        return try await AssessmentController.act(request, anchor: nil) { opened in
            try await EvidenceService.unlink(linkID: linkID, code: nil, in: opened, by: user, on: request.db)
            return request.pageContext().t("Đã bỏ gắn tài liệu.", "Document unlinked.")
        }
    }
}

extension HTTPMediaType {
    init(contentType: String) {
        let parts = contentType.split(separator: "/", maxSplits: 1).map(String.init)
        self.init(type: parts.first ?? "application", subType: parts.count > 1 ? parts[1] : "octet-stream")
    }
}
