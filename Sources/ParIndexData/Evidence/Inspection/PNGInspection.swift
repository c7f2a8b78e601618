/// A PNG walked chunk by chunk (PNG specification, section 5): the header first with real
/// dimensions, picture data, every checksum right, the end chunk last and nothing after it.
package enum PNGInspection {
    package static let header = Array("IHDR".utf8)
    package static let pictureData = Array("IDAT".utf8)
    package static let end = Array("IEND".utf8)

    package static func inspect(_ reader: EvidenceFileReader) throws {
        guard try reader.read(8) == EvidenceFileType.png.signature else { throw EvidenceRefusal.notTheNamedType(.png) }
        var isFirst = true
        var hasPixels = false
        while true {
            guard let chunkHeader = try reader.read(8) else { throw EvidenceRefusal.imageDamaged(.png) }
            let length = chunkHeader.bigEndian(at: 0, count: 4)
            let type = Array(chunkHeader[4...])
            guard length <= 0x7FFF_FFFF, length + 4 <= reader.remaining, type.allSatisfy(isLetter),
                  isFirst == (type == header) else { throw EvidenceRefusal.imageDamaged(.png) }
            let data = try checkedData(reader, type: type, length: length)
            isFirst = false
            if type == header {
                guard length == 13 else { throw EvidenceRefusal.imageDamaged(.png) }
                guard data.bigEndian(at: 0, count: 4) > 0, data.bigEndian(at: 4, count: 4) > 0 else { throw EvidenceRefusal.imageEmpty(.png) }
            } else if type == pictureData {
                hasPixels = hasPixels || length > 0
            } else if type == end {
                guard hasPixels else { throw EvidenceRefusal.imageEmpty(.png) }
                guard length == 0 else { throw EvidenceRefusal.imageDamaged(.png) }
                break
            }
        }
        guard reader.remaining == 0 else {
            let appended = try reader.bytes(at: reader.position, count: EvidenceFileReader.windowSize)
            throw EvidenceRefusal.dataAfterEnd(.png, .init(classifying: appended))
        }
    }

    /// Reads a chunk's data and checks its CRC; keeps the data only of the (13-byte) header.
    package static func checkedData(_ reader: EvidenceFileReader, type: [UInt8], length: Int) throws -> [UInt8] {
        var crc = CRC32(type)
        var kept: [UInt8] = []
        try reader.forEachPiece(length) { piece in
            crc.update(piece)
            if type == header { kept.append(contentsOf: piece) }
        }
        guard let stored = try reader.read(4) else { throw EvidenceRefusal.imageDamaged(.png) }
        guard stored.bigEndian(at: 0, count: 4) == Int(crc.value) else { throw EvidenceRefusal.imageChecksum(.png) }
        return kept
    }

    package static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
