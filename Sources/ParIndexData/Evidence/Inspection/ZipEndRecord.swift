/// The end-of-central-directory record that closes every ZIP archive (APPNOTE 4.3.16): where
/// the list of parts starts, how long it is and how many parts it names.
package struct ZipEndRecord {
    package static let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
    package static let zip64LocatorSignature: [UInt8] = [0x50, 0x4B, 0x06, 0x07]
    package static let fixedLength = 22
    /// The record and a comment of at most 65 535 bytes: all a reader ever needs to search.
    package static let searchLength = fixedLength + 0xFFFF

    package enum Search {
        case found(ZipEndRecord)
        /// A record whose comment stops before the file does: something was appended.
        case followedByData(at: Int)
        case missing
    }

    package let offset: Int
    package let diskNumber: Int
    package let directoryDisk: Int
    package let entriesOnDisk: Int
    package let entryCount: Int
    package let directorySize: Int
    package let directoryOffset: Int
    package let commentLength: Int

    /// Zip64 keeps the real figures elsewhere and leaves these at their maximum.
    package var usesZip64: Bool {
        entriesOnDisk == 0xFFFF || entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF
    }

    /// Searches the file's last bytes (`tail`, starting at `tailOffset`) from the end, as unzip
    /// does. A record counts only if its comment ends exactly where the file ends.
    package static func search(_ tail: [UInt8], tailOffset: Int, fileSize: Int) -> Search {
        var appendedAt: Int?
        var index = tail.count - fixedLength
        while index >= 0 {
            if tail[index..<(index + 4)].elementsEqual(signature) {
                let record = ZipEndRecord(tail, at: index, tailOffset: tailOffset)
                let end = record.offset + fixedLength + record.commentLength
                if end == fileSize { return .found(record) }
                if end < fileSize, appendedAt == nil { appendedAt = end }
            }
            index -= 1
        }
        return appendedAt.map { .followedByData(at: $0) } ?? .missing
    }

    private init(_ tail: [UInt8], at index: Int, tailOffset: Int) {
        offset = tailOffset + index
        diskNumber = tail.littleEndian(at: index + 4, count: 2)
        directoryDisk = tail.littleEndian(at: index + 6, count: 2)
        entriesOnDisk = tail.littleEndian(at: index + 8, count: 2)
        entryCount = tail.littleEndian(at: index + 10, count: 2)
        directorySize = tail.littleEndian(at: index + 12, count: 4)
        directoryOffset = tail.littleEndian(at: index + 16, count: 4)
        commentLength = tail.littleEndian(at: index + 20, count: 2)
    }
}
