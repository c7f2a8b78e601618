import Foundation

/// The evidence file types accepted, recognised by their content, never by their name alone.
enum EvidenceFileType: String, CaseIterable, Sendable {
    case pdf, docx, xlsx, jpeg, png

    var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        }
    }

    /// Shown in the browser (PDF and pictures) rather than downloaded.
    var previewsInline: Bool { self == .pdf || self == .jpeg || self == .png }

    init?(contentType: String) {
        guard let type = Self.allCases.first(where: { $0.contentType == contentType }) else { return nil }
        self = type
    }

    static func expected(forName name: String) -> EvidenceFileType? {
        switch (name as NSString).pathExtension.lowercased() {
        case "pdf": .pdf
        case "docx": .docx
        case "xlsx": .xlsx
        case "jpg", "jpeg": .jpeg
        case "png": .png
        default: nil
        }
    }

    /// What the content is, from its first bytes and, for the Office formats (ZIP archives),
    /// the part names in its central directory at the end.
    static func detect(head: [UInt8], tail: [UInt8]) -> EvidenceFileType? {
        if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let names = String(decoding: tail, as: UTF8.self)
            if names.contains("word/document.xml") { return .docx }
            if names.contains("xl/workbook.xml") { return .xlsx }
        }
        return nil
    }
}
