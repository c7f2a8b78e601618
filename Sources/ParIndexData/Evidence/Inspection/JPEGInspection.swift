/// A JPEG walked marker by marker (ITU T.81, annex B): segments whose lengths fit, a frame with
/// real dimensions, at least one scan with picture data, and the end marker last. Cameras pad
/// some files with zeros after it; that alone is let through.
package enum JPEGInspection {
    package static let startOfImage: UInt8 = 0xD8
    package static let endOfImage: UInt8 = 0xD9
    package static let startOfScan: UInt8 = 0xDA
    /// SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    package static let frameMarkers: Set<UInt8> = Set(0xC0...0xCF).subtracting([0xC4, 0xC8, 0xCC])

    package static func inspect(_ reader: EvidenceFileReader) throws {
        guard try reader.read(2) == [0xFF, startOfImage] else { throw EvidenceRefusal.notTheNamedType(.jpeg) }
        var hasFrame = false
        var hasScan = false
        var pending = try nextMarker(reader)
        while pending != endOfImage {
            let marker = pending
            // Standalone markers (TEM, restart intervals) carry no length.
            if marker == 0x01 || (0xD0...0xD7).contains(marker) {
                pending = try nextMarker(reader)
                continue
            }
            guard marker != startOfImage, marker != 0x00, let lengthBytes = try reader.read(2) else { throw EvidenceRefusal.imageDamaged(.jpeg) }
            let length = lengthBytes.bigEndian(at: 0, count: 2) - 2
            guard length >= 0, let segment = try reader.read(length) else { throw EvidenceRefusal.imageDamaged(.jpeg) }
            if frameMarkers.contains(marker) {
                guard segment.count >= 6 else { throw EvidenceRefusal.imageDamaged(.jpeg) }
                guard segment.bigEndian(at: 1, count: 2) > 0, segment.bigEndian(at: 3, count: 2) > 0 else { throw EvidenceRefusal.imageEmpty(.jpeg) }
                hasFrame = true
            }
            guard marker == startOfScan else {
                pending = try nextMarker(reader)
                continue
            }
            guard hasFrame else { throw EvidenceRefusal.imageDamaged(.jpeg) }
            let (dataBytes, next) = try entropyCodedData(reader)
            guard dataBytes > 0 else { throw EvidenceRefusal.imageEmpty(.jpeg) }
            hasScan = true
            pending = next
        }
        guard hasScan else { throw EvidenceRefusal.imageEmpty(.jpeg) }
        try checkNothingAfterEnd(reader)
    }

    /// The marker at the reader: 0xFF, optional 0xFF fill bytes, the marker code.
    package static func nextMarker(_ reader: EvidenceFileReader) throws -> UInt8 {
        guard try reader.readByte() == 0xFF else { throw EvidenceRefusal.imageDamaged(.jpeg) }
        var code = try reader.readByte()
        while code == 0xFF { code = try reader.readByte() }
        guard let code else { throw EvidenceRefusal.imageDamaged(.jpeg) }
        return code
    }

    /// Skips a scan's picture data, where 0xFF is followed by 0x00 (a stuffed byte) or a restart
    /// marker; returns how many bytes it held and the marker that ends it.
    package static func entropyCodedData(_ reader: EvidenceFileReader) throws -> (Int, UInt8) {
        var count = 0
        while true {
            guard let passed = try reader.advance(to: 0xFF) else { throw EvidenceRefusal.imageDamaged(.jpeg) }
            count += passed
            let marker = try nextMarker(reader)
            if marker == 0x00 || (0xD0...0xD7).contains(marker) {
                count += 2
                continue
            }
            return (count, marker)
        }
    }

    package static func checkNothingAfterEnd(_ reader: EvidenceFileReader) throws {
        var appended: [UInt8] = []
        try reader.forEachPiece(reader.remaining) { piece in
            if appended.isEmpty, piece.contains(where: { $0 != 0 }) { appended = Array(piece) }
        }
        guard appended.isEmpty else { throw EvidenceRefusal.dataAfterEnd(.jpeg, .init(classifying: appended)) }
    }
}
