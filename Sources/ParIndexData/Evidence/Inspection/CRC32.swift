/// CRC-32 as PNG chunks and ZIP entries use it (ISO 3309: polynomial 0xEDB88320, reflected).
package struct CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        (0..<8).reduce(UInt32(index)) { crc, _ in crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }

    private var state: UInt32 = 0xFFFF_FFFF

    package init() {}

    package init(_ bytes: some Sequence<UInt8>) {
        update(bytes)
    }

    package mutating func update(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            state = Self.table[Int((state ^ UInt32(byte)) & 0xFF)] ^ (state >> 8)
        }
    }

    package var value: UInt32 { state ^ 0xFFFF_FFFF }
}
