/// The parts of an uploaded ZIP archive, found through its central directory.
///
/// The directory is parsed here, with every offset and length checked against the bytes at hand,
/// rather than by ZIPFoundation's `Archive`: on a hostile file, `Archive(data:accessMode: .read)`
/// 0.9.20 stops the process (a `Range` precondition in its in-memory file when the directory points
/// past the end) and `extract` never returns when a deflate stream does not end before the file
/// does (both seen on this project's machine). ZIPFoundation still does the inflating, fed by a
/// provider that cannot read outside the entry (`ZipPackage+Extraction.swift`).
struct ZipPackage {
    struct Entry {
        var name: String
        var flags: UInt16
        var method: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var localHeaderOffset: Int
    }

    let bytes: [UInt8]
    /// Keyed by name with ASCII letters lowered: OPC compares part names that way (ECMA-376
    /// Part 2, 9.1.1.1), ZIP compares bytes. Two entries equal under that rule are refused, so
    /// that no reader can pick a different one of the two than Excel would.
    private var entries: [String: Entry] = [:]

    init(_ bytes: [UInt8]) throws(SpreadsheetError) {
        self.bytes = bytes
        let directory = try ZipCentralDirectory(bytes)
        var offset = directory.offset
        for _ in 0..<directory.entryCount {
            let entry = try Self.directoryEntry(bytes, at: &offset, end: directory.end)
            let key = entry.name.asciiFolded
            guard entries[key] == nil else { throw .damaged(part: entry.name) }
            entries[key] = entry
        }
    }

    func entry(_ name: String) -> Entry? {
        entries[name.asciiFolded]
    }

    /// One central directory record (APPNOTE 4.3.12); zip64 sizes and offsets come from its
    /// extra field (4.5.3) when the 32-bit fields are saturated.
    private static func directoryEntry(_ bytes: [UInt8], at offset: inout Int, end: Int) throws(SpreadsheetError) -> Entry {
        let start = offset
        guard start + 46 <= end, bytes.littleEndianInteger(at: start, count: 4) == 0x0201_4B50,
              let flags = bytes.littleEndianInteger(at: start + 8, count: 2),
              let method = bytes.littleEndianInteger(at: start + 10, count: 2),
              let crc = bytes.littleEndianInteger(at: start + 16, count: 4),
              var compressed = bytes.littleEndianInteger(at: start + 20, count: 4),
              let uncompressed = bytes.littleEndianInteger(at: start + 24, count: 4),
              let nameLength = bytes.littleEndianInteger(at: start + 28, count: 2),
              let extraLength = bytes.littleEndianInteger(at: start + 30, count: 2),
              let commentLength = bytes.littleEndianInteger(at: start + 32, count: 2),
              var localOffset = bytes.littleEndianInteger(at: start + 42, count: 4)
        else { throw .notAZip }
        let nameStart = start + 46
        let extraStart = nameStart + nameLength
        offset = extraStart + extraLength + commentLength
        guard offset <= end else { throw .notAZip }
        if compressed == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
            var field = try zip64Field(bytes, in: extraStart..<(extraStart + extraLength))
            if uncompressed == 0xFFFF_FFFF { _ = try field.next() }
            if compressed == 0xFFFF_FFFF { compressed = try field.next() }
            if localOffset == 0xFFFF_FFFF { localOffset = try field.next() }
        }
        return Entry(name: String(decoding: bytes[nameStart..<extraStart], as: UTF8.self), flags: UInt16(flags),
                     method: UInt16(method), crc32: UInt32(crc), compressedSize: compressed, localHeaderOffset: localOffset)
    }

    /// The values of the zip64 extended information field (header ID 1), read in order.
    private static func zip64Field(_ bytes: [UInt8], in range: Range<Int>) throws(SpreadsheetError) -> Zip64Values {
        var index = range.lowerBound
        while index + 4 <= range.upperBound,
              let id = bytes.littleEndianInteger(at: index, count: 2), let size = bytes.littleEndianInteger(at: index + 2, count: 2) {
            let data = (index + 4)..<(index + 4 + size)
            guard data.upperBound <= range.upperBound else { break }
            if id == 1 { return Zip64Values(bytes: bytes, range: data) }
            index = data.upperBound
        }
        throw .notAZip
    }
}

/// The 8-byte values of a zip64 extra field, taken one by one.
private struct Zip64Values {
    let bytes: [UInt8]
    var range: Range<Int>

    mutating func next() throws(SpreadsheetError) -> Int {
        guard range.count >= 8, let value = bytes.littleEndianInteger(at: range.lowerBound, count: 8) else { throw .notAZip }
        range = (range.lowerBound + 8)..<range.upperBound
        return value
    }
}

fileprivate extension String {
    /// ASCII letters lowered, everything else kept: the OPC rule for comparing part names.
    var asciiFolded: String {
        String(decoding: utf8.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}

extension [UInt8] {
    /// The little-endian unsigned integer of `count` bytes (at most 8) at `offset`, or nil when
    /// those bytes are not all inside the array or the value does not fit an `Int`.
    func littleEndianInteger(at offset: Int, count: Int) -> Int? {
        guard offset >= 0, count <= 8, offset <= self.count - count else { return nil }
        var value: UInt64 = 0
        for index in (offset..<(offset + count)).reversed() {
            value = value << 8 | UInt64(self[index])
        }
        return Int(exactly: value)
    }
}
