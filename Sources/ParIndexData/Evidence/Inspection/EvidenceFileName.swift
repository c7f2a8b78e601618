import Foundation

/// The name an upload is filed under, fit to show in a page and to send back in a download.
/// It never reaches a path (files are stored by hash), so slashes stay; what goes is what
/// deceives or breaks: NUL (it cut names short), control characters, and bidirectional
/// overrides that make "hoa-don\u{202E}fdp.exe" read as "hoa-donexe.pdf".
package enum EvidenceFileName {
    package static let maxBytes = 255
    package static let fallbackStem = "tai-lieu"
    /// An extension longer than this is not one worth keeping at the expense of the name.
    package static let maxExtensionBytes = 16

    package static func clean(_ raw: String) -> String {
        // macOS sends Vietnamese letters decomposed; stored composed, names compare and sort as typed.
        let scalars = raw.precomposedStringWithCanonicalMapping.unicodeScalars.filter { !isHidden($0) }
        let name = String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespaces)
        guard let dot = name.lastIndex(of: "."), name.index(after: dot) < name.endIndex,
              name[dot...].utf8.count <= maxExtensionBytes + 1 else {
            return name.isEmpty ? fallbackStem : truncated(name, toBytes: maxBytes)
        }
        let suffix = String(name[dot...])
        let stem = name[..<dot].trimmingCharacters(in: .whitespaces)
        return truncated(stem.isEmpty ? fallbackStem : stem, toBytes: maxBytes - suffix.utf8.count) + suffix
    }

    /// C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates.
    package static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The longest run of whole characters from the start that fits in `limit` bytes of UTF-8.
    package static func truncated(_ text: String, toBytes limit: Int) -> String {
        var bytes = 0
        var end = text.startIndex
        for index in text.indices {
            bytes += text[index].utf8.count
            guard bytes <= limit else { break }
            end = text.index(after: index)
        }
        return String(text[..<end])
    }
}
