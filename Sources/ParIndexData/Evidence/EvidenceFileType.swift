import Foundation

/// The evidence file types accepted. An upload's name says which one it claims to be, and
/// `EvidenceInspector` checks that its content is that, and only that.
package enum EvidenceFileType: String, CaseIterable, Sendable {
    case pdf, docx, xlsx, jpeg, png

    package var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        }
    }

    /// Shown in the browser (PDF and pictures) rather than downloaded.
    package var previewsInline: Bool { self == .pdf || self == .jpeg || self == .png }

    package init?(contentType: String) {
        guard let type = Self.allCases.first(where: { $0.contentType == contentType }) else { return nil }
        self = type
    }

    package static func expected(forName name: String) -> EvidenceFileType? {
        switch (name as NSString).pathExtension.lowercased() {
        case "pdf": .pdf
        case "docx": .docx
        case "xlsx": .xlsx
        case "jpg", "jpeg": .jpeg
        case "png": .png
        default: nil
        }
    }

    /// How users and messages name the type: "PDF", "JPEG".
    package var label: String { rawValue.uppercased() }

    /// The bytes a file of this type starts with. DOCX and XLSX are both ZIP archives: only the
    /// parts listed in their central directory tell them apart (`OfficePackageInspection`).
    package var signature: [UInt8] {
        switch self {
        case .pdf: Array("%PDF-".utf8)
        case .png: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        case .jpeg: [0xFF, 0xD8, 0xFF]
        case .docx, .xlsx: [0x50, 0x4B, 0x03, 0x04]
        }
    }
}
