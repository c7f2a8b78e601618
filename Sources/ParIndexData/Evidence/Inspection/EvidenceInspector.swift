package import Foundation

/// Checks an upload's content against the type its name gives, from the file on disk, before it
/// is filed as evidence. Foundation only, so that it can move to a target without Vapor.
package enum EvidenceInspector {
    /// How far from the start a browser looks for HTML when it sniffs a file's type.
    package static let sniffedLength = 1024

    /// Throws an `EvidenceRefusal` when the content is refused; other errors are I/O failures.
    package static func inspect(fileAt url: URL, expected: EvidenceFileType, uploadLimit: Int) throws {
        let reader = try EvidenceFileReader(url: url)
        let head = try reader.bytes(at: 0, count: sniffedLength)
        guard head.starts(with: expected.signature) else { throw EvidenceRefusal.notTheNamedType(expected) }
        switch expected {
        case .pdf: try PDFInspection.inspect(reader)
        case .png: try PNGInspection.inspect(reader)
        case .jpeg: try JPEGInspection.inspect(reader)
        case .docx, .xlsx: try OfficePackageInspection.inspect(reader, as: expected, uploadLimit: uploadLimit)
        }
        if expected.previewsInline { try checkNoStowaway(reader, head: head, type: expected) }
    }

    /// Files shown in the browser must not also be a web page (sniffed from the first bytes) or
    /// a ZIP (found from its end record, as unzip does, even when its comment ends like a PDF).
    package static func checkNoStowaway(_ reader: EvidenceFileReader, head: [UInt8], type: EvidenceFileType) throws {
        if EvidenceRefusal.Stowaway.looksLikeHTML(head) { throw EvidenceRefusal.hidesAnotherFile(type, .html) }
        let tailOffset = max(0, reader.size - ZipEndRecord.searchLength)
        let tail = try reader.bytes(at: tailOffset, count: reader.size - tailOffset)
        if case .found = ZipEndRecord.search(tail, tailOffset: tailOffset, fileSize: reader.size) {
            throw EvidenceRefusal.hidesAnotherFile(type, .zip)
        }
    }
}
