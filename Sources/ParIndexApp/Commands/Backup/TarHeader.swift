import Foundation
import ParIndexData

/// One 512-byte POSIX ustar header. ParIndex writes its own tar rather than pulling in an archive
/// package: the format is a page long, streams files of any size without holding them in memory,
/// and every operator can list or unpack a backup with the system's `tar`.
struct TarHeader: Equatable {
    static let blockSize = 512
    var name: String
    var size: Int64
    var modified: Date = Date()
    /// "0" a regular file; anything else is refused when reading.
    var type: UInt8 = UInt8(ascii: "0")

    /// Names stay within the 100 bytes of the classic field: an archive's paths are ParIndex's own.
    static let maximumNameLength = 100

    func encoded() throws -> [UInt8] {
        let nameBytes = Array(name.utf8)
        guard !nameBytes.isEmpty, nameBytes.count <= Self.maximumNameLength else {
            throw BackupRefusal(vi: "Tên tệp quá dài cho tệp lưu trữ: \(name)", en: "A name too long for the archive: \(name)")
        }
        var block = [UInt8](repeating: 0, count: Self.blockSize)
        block.replaceSubrange(0..<nameBytes.count, with: nameBytes)
        Self.writeOctal(0o644, into: &block, at: 100, width: 8)
        Self.writeOctal(0, into: &block, at: 108, width: 8)
        Self.writeOctal(0, into: &block, at: 116, width: 8)
        Self.writeSize(size, into: &block)
        Self.writeOctal(Int64(max(0, modified.timeIntervalSince1970)), into: &block, at: 136, width: 12)
        block[156] = type
        block.replaceSubrange(257..<263, with: Array("ustar\0".utf8))
        block.replaceSubrange(263..<265, with: Array("00".utf8))
        block.replaceSubrange(148..<156, with: [UInt8](repeating: UInt8(ascii: " "), count: 8))
        let checksum = block.reduce(0) { $0 + Int64($1) }
        Self.writeOctal(checksum, into: &block, at: 148, width: 7)
        block[155] = UInt8(ascii: " ")
        return block
    }

    /// Reads a header, or nil for an end-of-archive (all-zero) block; throws when the block is
    /// not a well-formed ustar header, which is how a damaged archive is noticed.
    static func decode(_ block: [UInt8]) throws -> TarHeader? {
        guard block.count == blockSize else { throw damaged("a short header block") }
        if block.allSatisfy({ $0 == 0 }) { return nil }
        guard Array(block[257..<262]) == Array("ustar".utf8) else { throw damaged("not a ustar header") }
        var unsigned = block
        unsigned.replaceSubrange(148..<156, with: [UInt8](repeating: UInt8(ascii: " "), count: 8))
        guard let stored = octal(block[148..<156]), stored == unsigned.reduce(0, { $0 + Int64($1) }) else {
            throw damaged("a header checksum does not match")
        }
        let nameEnd = block[0..<100].firstIndex(of: 0) ?? 100
        guard let name = String(bytes: block[0..<nameEnd], encoding: .utf8), let size = decodeSize(block[124..<136]) else {
            throw damaged("an unreadable name or size")
        }
        let modified = octal(block[136..<148]).map { Date(timeIntervalSince1970: TimeInterval($0)) } ?? Date(timeIntervalSince1970: 0)
        return TarHeader(name: name, size: size, modified: modified, type: block[156])
    }

    static func damaged(_ detail: String) -> BackupRefusal {
        BackupRefusal(vi: "Tệp sao lưu bị hỏng (\(detail))", en: "The backup archive is damaged (\(detail))")
    }

    /// Sizes of 8 GiB and more use the GNU base-256 form, which every current `tar` reads.
    private static func writeSize(_ size: Int64, into block: inout [UInt8]) {
        if size < 0o77777777777 {
            writeOctal(size, into: &block, at: 124, width: 12)
        } else {
            block[124] = 0x80
            for index in 0..<8 { block[135 - index] = UInt8(truncatingIfNeeded: size >> (8 * index)) }
        }
    }

    private static func decodeSize(_ field: ArraySlice<UInt8>) -> Int64? {
        guard let first = field.first else { return nil }
        if first & 0x80 != 0 {
            return field.dropFirst().reduce(Int64(0)) { ($0 << 8) | Int64($1) }
        }
        return octal(field)
    }

    private static func writeOctal(_ value: Int64, into block: inout [UInt8], at offset: Int, width: Int) {
        let digits = Array(String(value, radix: 8).utf8)
        let padded = [UInt8](repeating: UInt8(ascii: "0"), count: max(0, width - 1 - digits.count)) + digits
        block.replaceSubrange(offset..<(offset + width - 1), with: padded.suffix(width - 1))
        block[offset + width - 1] = 0
    }

    private static func octal(_ field: ArraySlice<UInt8>) -> Int64? {
        let text = String(decoding: field.filter { $0 != 0 }, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? 0 : Int64(text, radix: 8)
    }
}
