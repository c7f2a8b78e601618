import Foundation
@testable import ParIndexApp
@testable import ParIndexData

/// ZIP archives written in code for tests: stored entries with real CRCs, or entries that declare
/// what they like. A zip bomb is tested by the sizes it declares; nothing is ever compressed.
struct ZipBuilder {
    struct Entry {
        var name: String
        var data: [UInt8]
        /// 0 stored, 8 deflated (the data is then whatever the test says it is).
        var method: UInt16 = 0
        var declaredSize: UInt32?
    }

    var entries: [Entry] = []
    var comment: [UInt8] = []

    mutating func add(_ name: String, _ text: String) {
        entries.append(Entry(name: name, data: Array(text.utf8)))
    }

    /// An entry claiming to inflate `data` to `declaredSize` bytes.
    mutating func addDeflated(_ name: String, data: [UInt8], declaredSize: UInt32) {
        entries.append(Entry(name: name, data: data, method: 8, declaredSize: declaredSize))
    }

    func build() -> Data {
        var file: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let offset = file.count
            let name = Array(entry.name.utf8)
            let sizes = (UInt32(entry.data.count), entry.declaredSize ?? UInt32(entry.data.count))
            let common = Self.fields(entry.method, CRC32(entry.data).value, sizes, nameLength: name.count)
            file += [0x50, 0x4B, 0x03, 0x04] + Self.le(UInt16(20)) + common + Self.le(UInt16(0)) + name + entry.data
            directory += [0x50, 0x4B, 0x01, 0x02] + Self.le(UInt16(20)) + Self.le(UInt16(20)) + common
            directory += Self.le(UInt16(0)) + Self.le(UInt16(0)) + Self.le(UInt16(0)) + Self.le(UInt16(0)) + Self.le(UInt32(0))
            directory += Self.le(UInt32(offset)) + name
        }
        let count = Self.le(UInt16(entries.count))
        let end = [0x50, 0x4B, 0x05, 0x06] + Self.le(UInt16(0)) + Self.le(UInt16(0)) + count + count
            + Self.le(UInt32(directory.count)) + Self.le(UInt32(file.count)) + Self.le(UInt16(comment.count)) + comment
        return Data(file + directory + end)
    }

    /// Flags, method, time, date, CRC, sizes, name length: the same in both headers.
    private static func fields(_ method: UInt16, _ crc: UInt32, _ sizes: (UInt32, UInt32), nameLength: Int) -> [UInt8] {
        le(UInt16(0)) + le(method) + le(UInt16(0)) + le(UInt16(0x21)) + le(crc) + le(sizes.0) + le(sizes.1) + le(UInt16(nameLength))
    }

    static func le(_ value: some FixedWidthInteger) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }
}
