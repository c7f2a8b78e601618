/// A PDF's frame (ISO 32000, 7.5): the version header, and at the end the cross-reference
/// (`startxref` or a `trailer`) and `%%EOF`, after which only whitespace may follow. Objects in
/// between are not parsed: readers repair those, but a file without its frame is cut short or
/// has something else glued to it.
package enum PDFInspection {
    /// Where the end of the frame is looked for: the last 64 KB.
    package static let tailLength = 64 * 1024
    package static let endMarker = Array("%%EOF".utf8)
    package static let crossReferenceMarkers = [Array("startxref".utf8), Array("trailer".utf8)]
    /// PDF's white-space characters (7.2.3), NUL included.
    package static let whitespace: Set<UInt8> = [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20]

    package static func inspect(_ reader: EvidenceFileReader) throws {
        guard hasValidHeader(try reader.bytes(at: 0, count: 9)) else { throw EvidenceRefusal.pdfHeader }
        let tailOffset = max(0, reader.size - tailLength)
        let tail = try reader.bytes(at: tailOffset, count: reader.size - tailOffset)
        guard let end = tail.lastOffset(of: endMarker) else {
            // Cut short, or followed by so much that the marker is out of sight.
            let appended = EvidenceRefusal.Stowaway(classifying: tail)
            throw appended == .zip ? EvidenceRefusal.dataAfterEnd(.pdf, .zip) : EvidenceRefusal.pdfNoEnd
        }
        let after = Array(tail[(end + endMarker.count)...])
        guard after.allSatisfy(whitespace.contains) else { throw EvidenceRefusal.dataAfterEnd(.pdf, .init(classifying: after)) }
        let before = Array(tail[..<end])
        guard crossReferenceMarkers.contains(where: before.containsSequence) else { throw EvidenceRefusal.pdfNoCrossReference }
    }

    /// `%PDF-1.x` or `%PDF-2.0`, then the end of the line (or a comment).
    package static func hasValidHeader(_ head: [UInt8]) -> Bool {
        let text = String(decoding: head.prefix(8), as: UTF8.self)
        let version = text.hasPrefix("%PDF-1.") && head.byte(at: 7).isDigit || text == "%PDF-2.0"
        return version && (head.count == 8 || whitespace.union([0x25]).contains(head.byte(at: 8)))
    }
}

private extension UInt8 {
    var isDigit: Bool { (0x30...0x39).contains(self) }
}
