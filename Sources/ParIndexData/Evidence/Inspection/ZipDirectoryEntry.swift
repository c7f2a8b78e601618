/// One part as the central directory lists it (APPNOTE 4.3.12), with its sizes as declared:
/// they are checked without inflating anything.
package struct ZipDirectoryEntry {
    package static let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
    package static let localSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    package static let fixedLength = 46
    package static let localFixedLength = 30

    package let name: [UInt8]
    package let flags: Int
    package let method: Int
    package let compressedSize: Int
    package let uncompressedSize: Int
    package let diskStart: Int
    package let localHeaderOffset: Int

    package var isEncrypted: Bool { flags & 1 != 0 }
    package var usesZip64: Bool {
        compressedSize == 0xFFFF_FFFF || uncompressedSize == 0xFFFF_FFFF || localHeaderOffset == 0xFFFF_FFFF || diskStart == 0xFFFF
    }

    /// The entry at the reader's position, or nil if there is none there.
    package static func read(from reader: EvidenceFileReader) throws -> ZipDirectoryEntry? {
        guard let fixed = try reader.read(fixedLength), fixed.starts(with: signature) else { return nil }
        let nameLength = fixed.littleEndian(at: 28, count: 2)
        let skipped = fixed.littleEndian(at: 30, count: 2) + fixed.littleEndian(at: 32, count: 2)
        guard let name = try reader.read(nameLength), reader.skip(skipped) else { return nil }
        return ZipDirectoryEntry(name: name, flags: fixed.littleEndian(at: 8, count: 2), method: fixed.littleEndian(at: 10, count: 2),
                                 compressedSize: fixed.littleEndian(at: 20, count: 4), uncompressedSize: fixed.littleEndian(at: 24, count: 4),
                                 diskStart: fixed.littleEndian(at: 34, count: 2), localHeaderOffset: fixed.littleEndian(at: 42, count: 4))
    }

    /// Whether the local header sits where the directory says, names the same part with the same
    /// method, and its data ends by `limit` (the next part or the directory).
    package func localHeaderMatches(in reader: EvidenceFileReader, before limit: Int) throws -> Bool {
        let header = try reader.bytes(at: localHeaderOffset, count: Self.localFixedLength)
        guard header.count == Self.localFixedLength, header.starts(with: Self.localSignature),
              header.littleEndian(at: 8, count: 2) == method else { return false }
        let nameLength = header.littleEndian(at: 26, count: 2)
        let dataStart = localHeaderOffset + Self.localFixedLength + nameLength + header.littleEndian(at: 28, count: 2)
        guard dataStart + compressedSize <= limit else { return false }
        return try reader.bytes(at: localHeaderOffset + Self.localFixedLength, count: nameLength) == name
    }
}
