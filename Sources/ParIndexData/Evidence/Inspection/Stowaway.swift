/// Recognising a second file where only one belongs: a browser that sniffs HTML, or a tool that
/// finds a ZIP from its end, would open it although the first bytes say PDF or picture.
extension EvidenceRefusal.Stowaway {
    package static let htmlMarkers = ["<html", "<script", "<!doctype", "<body", "<iframe", "<svg"].map { Array($0.utf8) }
    package static let zipMarkers: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], ZipEndRecord.signature]

    /// What bytes found where none belong look like.
    package init(classifying bytes: [UInt8]) {
        if Self.zipMarkers.contains(where: bytes.containsSequence) {
            self = .zip
        } else if Self.looksLikeHTML(bytes) {
            self = .html
        } else {
            self = .unknown
        }
    }

    package static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let lowered = bytes.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
        return htmlMarkers.contains(where: lowered.containsSequence)
    }
}
