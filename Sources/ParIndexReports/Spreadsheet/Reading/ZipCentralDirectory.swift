/// Where an archive's central directory lies, from the end-of-central-directory record
/// (APPNOTE 4.3.16) and, when that record's fields are saturated, the zip64 record (4.3.14).
struct ZipCentralDirectory {
    static let endSignature = 0x0605_4B50
    static let zip64LocatorSignature = 0x0706_4B50
    static let zip64EndSignature = 0x0606_4B50

    /// The directory's first byte and the byte after its last; `end` is never past the record
    /// that points at it, so a directory can neither overlap its own record nor run off the file.
    let offset: Int
    let end: Int
    let entryCount: Int

    init(_ bytes: [UInt8]) throws(SpreadsheetError) {
        let record = try Self.findEndRecord(bytes)
        guard let disk = bytes.littleEndianInteger(at: record + 4, count: 2),
              let directoryDisk = bytes.littleEndianInteger(at: record + 6, count: 2),
              var count = bytes.littleEndianInteger(at: record + 10, count: 2),
              var size = bytes.littleEndianInteger(at: record + 12, count: 4),
              var offset = bytes.littleEndianInteger(at: record + 16, count: 4)
        else { throw .notAZip }
        var limit = record
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            let zip64 = try Self.zip64EndRecord(bytes, before: record)
            guard let count64 = bytes.littleEndianInteger(at: zip64 + 32, count: 8),
                  let size64 = bytes.littleEndianInteger(at: zip64 + 40, count: 8),
                  let offset64 = bytes.littleEndianInteger(at: zip64 + 48, count: 8)
            else { throw .notAZip }
            (count, size, offset, limit) = (count64, size64, offset64, zip64)
        }
        guard disk == 0, directoryDisk == 0 else { throw .unsupported(.multiDiskArchive) }
        // Each record takes at least 46 bytes: a count the directory cannot hold is a lie.
        guard offset <= limit, size <= limit - offset, count <= size / 46 else { throw .notAZip }
        self.offset = offset
        self.end = offset + size
        self.entryCount = count
    }

    /// The record is searched from the end, within the 65 535-byte comment it may be followed by.
    private static func findEndRecord(_ bytes: [UInt8]) throws(SpreadsheetError) -> Int {
        guard bytes.count >= 22 else { throw .notAZip }
        var index = bytes.count - 22
        let lowest = max(0, index - 0xFFFF)
        while index >= lowest {
            if bytes.littleEndianInteger(at: index, count: 4) == endSignature,
               let commentLength = bytes.littleEndianInteger(at: index + 20, count: 2),
               index + 22 + commentLength <= bytes.count {
                return index
            }
            index -= 1
        }
        throw .notAZip
    }

    private static func zip64EndRecord(_ bytes: [UInt8], before record: Int) throws(SpreadsheetError) -> Int {
        let locator = record - 20
        guard bytes.littleEndianInteger(at: locator, count: 4) == zip64LocatorSignature,
              let offset = bytes.littleEndianInteger(at: locator + 8, count: 8),
              offset <= locator - 56,
              bytes.littleEndianInteger(at: offset, count: 4) == zip64EndSignature
        else { throw .notAZip }
        return offset
    }
}
