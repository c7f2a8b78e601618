package import FluentKit
import Foundation
import ParIndexCore

/// A file as it arrived: streamed to a temporary file (none when the form had no file part),
/// with the name the sender gave it.
package struct ReceivedFile {
    package var sink: UploadSink?
    package var fileName: String?

    package init(sink: UploadSink?, fileName: String?) {
        self.sink = sink
        self.fileName = fileName
    }
}

/// The unit's evidence library and the links from criteria to its documents.
package enum EvidenceService {
    package struct Metadata {
        package var title: String
        package var documentNumber: String
        package var issuer: String
        package var issuedOn: String?

        package init(title: String, documentNumber: String, issuer: String, issuedOn: String?) {
            self.title = title
            self.documentNumber = documentNumber
            self.issuer = issuer
            self.issuedOn = issuedOn
        }
    }

    /// Checks a received upload and files it in `unitID`'s library.
    package static func add(_ upload: ReceivedFile, metadata: Metadata, unitID: UUID, store: EvidenceStore,
                            by user: User, on db: any Database) async throws -> EvidenceDocument {
        guard let sink = upload.sink, let rawName = upload.fileName, sink.byteCount > 0 else {
            upload.sink?.discard()
            throw AppError.invalid(LocalizedText(vi: "Hãy chọn một tệp để tải lên.", en: "Choose a file to upload."), field: "file")
        }
        let hash: String, name: String, expected: EvidenceFileType, title: String
        var issuedOn: String?
        // Whatever is refused, the temporary file goes: nothing of a refused upload stays in the store.
        do {
            hash = try sink.finish()
            name = EvidenceFileName.clean(rawName)
            guard let type = EvidenceFileType.expected(forName: name) else {
                throw AppError.invalid(LocalizedText(vi: "Chỉ nhận tệp PDF, DOCX, XLSX, JPG hoặc PNG.", en: "Only PDF, DOCX, XLSX, JPG or PNG files are accepted."), field: "file")
            }
            expected = type
            do {
                try EvidenceInspector.inspect(fileAt: sink.url, expected: expected, uploadLimit: sink.limit)
            } catch let refusal as EvidenceRefusal {
                throw AppError.invalid(refusal.message, field: "file")
            }
            title = metadata.title.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !title.isEmpty else {
                throw AppError.invalid(LocalizedText(vi: "Hãy nhập tên (trích yếu) của tài liệu.", en: "Enter the document's title."), field: "title")
            }
            if let text = metadata.issuedOn?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                guard let date = CalendarDate(text) else {
                    throw AppError.invalid(LocalizedText(vi: "Ngày ban hành phải có dạng dd/mm/yyyy.", en: "The issue date must be dd/mm/yyyy."), field: "issued_on")
                }
                issuedOn = date.iso
            }
        } catch {
            sink.discard()
            throw error
        }
        try store.keep(sink.url, hash: hash)
        let document = EvidenceDocument(unitID: unitID, uploadedBy: user.id, title: title,
                                        documentNumber: metadata.documentNumber.trimmingCharacters(in: .whitespaces),
                                        issuer: metadata.issuer.trimmingCharacters(in: .whitespaces), issuedOn: issuedOn,
                                        contentHash: hash, originalName: name,
                                        contentType: expected.contentType, byteCount: sink.byteCount)
        try await document.create(on: db)
        return document
    }

    package static func link(documentID: UUID, code: String, anchor: String, in opened: OpenAssessment, by user: User, on db: any Database) async throws {
        try authorizeLinking(opened, code: code)
        let workspace = opened.workspace
        guard let document = try await EvidenceDocument.find(documentID, on: db), document.unitID == workspace.record.unitID else {
            throw AppError.invalid(LocalizedText(vi: "Tài liệu không thuộc kho của đơn vị.", en: "The document is not in the unit's library."), field: "document")
        }
        let id = try workspace.record.requireID()
        if (workspace.links[code] ?? []).contains(where: { $0.documentID == documentID }) {
            throw AppError.invalid(LocalizedText(vi: "Tài liệu này đã được gắn với tiêu chí.", en: "This document is already linked to the criterion."), field: "document")
        }
        let cleanAnchor = try TextField.line(anchor, field: "anchor", label: LocalizedText(vi: "Trang, mục", en: "The page or section"))
        try await db.transaction { db in
            try await EvidenceLink(assessmentID: id, documentID: documentID, nodeCode: code, anchor: cleanAnchor, createdBy: user.id).create(on: db)
            try await Audit.record(.evidenceLink, by: user, assessment: id, code: code, old: nil,
                                   new: "\(document.title)\(cleanAnchor.isEmpty ? "" : " (\(cleanAnchor))")", on: db)
        }
    }

    /// Removes a link of the assessment's; when `code` is given, the link must be that criterion's.
    package static func unlink(linkID: UUID, code: String?, in opened: OpenAssessment, by user: User, on db: any Database) async throws {
        let workspace = opened.workspace
        let id = try workspace.record.requireID()
        guard let link = try await EvidenceLink.find(linkID, on: db), link.assessmentID == id, code == nil || code == link.nodeCode else {
            throw AppError.notFound()
        }
        try authorizeLinking(opened, code: link.nodeCode)
        let title = workspace.documents[link.documentID]?.title ?? "?"
        try await db.transaction { db in
            try await link.delete(on: db)
            try await Audit.record(.evidenceLink, by: user, assessment: id, code: link.nodeCode, old: "\(title) (\(link.anchor))", new: nil, on: db)
        }
    }

    /// Evidence is the unit's: linked while drafting, or while answering explanation requests.
    package static func authorizeLinking(_ opened: OpenAssessment, code: String) throws {
        try opened.require(.linkEvidence)
        guard opened.workspace.compiled.tree.nodeIndex(of: code) != nil else { throw AppError.notFound() }
    }
}
