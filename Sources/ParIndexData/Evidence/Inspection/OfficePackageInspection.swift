/// DOCX and XLSX are ZIP archives (Office Open XML packages). Everything is judged from the
/// central directory and the local headers it points at, from declared sizes, without inflating
/// a byte: a 2 MB upload that would expand to gigabytes is refused before anyone opens it.
package enum OfficePackageInspection {
    package static let maxEntries = 10_000
    package static let maxRatio = 100
    /// Below this size an entry cannot do harm whatever its ratio (the total is capped anyway), and
    /// small, repetitive XML parts of real workbooks do reach 100 : 1.
    package static let ratioExemptBytes = 1 << 20
    /// Times the upload limit that all the parts together may expand to.
    package static let expansionFactor = 10

    package static func requiredParts(_ type: EvidenceFileType) -> [String] {
        switch type {
        case .docx: ["[Content_Types].xml", "word/document.xml"]
        case .xlsx: ["[Content_Types].xml", "xl/workbook.xml"]
        case .pdf, .jpeg, .png: []
        }
    }

    package static func inspect(_ reader: EvidenceFileReader, as type: EvidenceFileType, uploadLimit: Int) throws {
        let end = try endRecord(reader, type)
        guard end.entryCount <= maxEntries else { throw EvidenceRefusal.archiveTooManyParts(type, count: end.entryCount, limit: maxEntries) }
        let entries = try directory(reader, end, type)
        try checkSizes(entries, type, uploadLimit: uploadLimit)
        try checkParts(Set(entries.map { String(decoding: $0.name, as: UTF8.self) }), type, count: entries.count)
        // In file order, so that each part's data must end before the next part begins.
        let ordered = entries.sorted { $0.localHeaderOffset < $1.localHeaderOffset }
        for (index, entry) in ordered.enumerated() {
            let limit = index + 1 < ordered.count ? ordered[index + 1].localHeaderOffset : end.directoryOffset
            guard try entry.localHeaderMatches(in: reader, before: limit) else { throw EvidenceRefusal.archiveDamaged(type) }
        }
    }

    /// The end record, consistent with the file: one disk, no zip64, the directory right before it.
    package static func endRecord(_ reader: EvidenceFileReader, _ type: EvidenceFileType) throws -> ZipEndRecord {
        let tailOffset = max(0, reader.size - ZipEndRecord.searchLength)
        let tail = try reader.bytes(at: tailOffset, count: reader.size - tailOffset)
        let end: ZipEndRecord
        switch ZipEndRecord.search(tail, tailOffset: tailOffset, fileSize: reader.size) {
        case .found(let record): end = record
        case .followedByData(let offset):
            throw EvidenceRefusal.dataAfterEnd(type, .init(classifying: Array(tail[(offset - tailOffset)...])))
        case .missing: throw EvidenceRefusal.archiveDamaged(type)
        }
        let locator = try reader.bytes(at: end.offset - 20, count: 4)
        guard !end.usesZip64, locator != ZipEndRecord.zip64LocatorSignature else { throw EvidenceRefusal.archiveUnsupported(type) }
        guard end.diskNumber == 0, end.directoryDisk == 0, end.entriesOnDisk == end.entryCount else {
            throw EvidenceRefusal.archiveUnsupported(type)
        }
        guard end.directoryOffset + end.directorySize == end.offset else { throw EvidenceRefusal.archiveDamaged(type) }
        return end
    }

    /// Exactly the declared number of entries, filling the directory to the byte.
    package static func directory(_ reader: EvidenceFileReader, _ end: ZipEndRecord, _ type: EvidenceFileType) throws -> [ZipDirectoryEntry] {
        reader.move(to: end.directoryOffset)
        var entries: [ZipDirectoryEntry] = []
        for _ in 0..<end.entryCount {
            guard let entry = try ZipDirectoryEntry.read(from: reader), reader.position <= end.offset else {
                throw EvidenceRefusal.archiveDamaged(type)
            }
            guard !entry.usesZip64, !entry.isEncrypted, entry.method == 0 || entry.method == 8 else {
                throw EvidenceRefusal.archiveUnsupported(type)
            }
            entries.append(entry)
        }
        guard reader.position == end.offset else { throw EvidenceRefusal.archiveDamaged(type) }
        return entries
    }

    package static func checkSizes(_ entries: [ZipDirectoryEntry], _ type: EvidenceFileType, uploadLimit: Int) throws {
        for entry in entries {
            // A stored part is its own size; anything else is a lie about it.
            if entry.method == 0, entry.compressedSize != entry.uncompressedSize { throw EvidenceRefusal.archiveDamaged(type) }
            if entry.uncompressedSize > ratioExemptBytes, entry.uncompressedSize > maxRatio * entry.compressedSize {
                throw EvidenceRefusal.archiveRatioTooHigh(type, limit: maxRatio)
            }
        }
        let total = entries.reduce(0) { $0 + $1.uncompressedSize }
        let limit = expansionFactor * uploadLimit
        guard total <= limit else { throw EvidenceRefusal.archiveExpandsTooMuch(type, bytes: total, limit: limit) }
    }

    /// The parts that make the package a document or a workbook, each named once.
    package static func checkParts(_ names: Set<String>, _ type: EvidenceFileType, count: Int) throws {
        // Two entries of one name are read differently by different tools.
        guard names.count == count else { throw EvidenceRefusal.archiveDamaged(type) }
        for part in requiredParts(type) where !names.contains(part) {
            let other: EvidenceFileType = type == .docx ? .xlsx : .docx
            if requiredParts(other).allSatisfy(names.contains) { throw EvidenceRefusal.notTheNamedType(type) }
            throw EvidenceRefusal.archiveMissingPart(type, part: part)
        }
    }
}
