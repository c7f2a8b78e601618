/// A QR code (ISO/IEC 18004) for a short link, made by ParIndex itself: byte mode, versions 1 to
/// 10 (up to 271 bytes at level L, 213 at M), every error-correction level, the mask chosen by
/// the standard's penalty rules. The survey links printed on the desk posters are what it is for,
/// so nothing needs the larger versions or the other modes.
public struct QRCode: Sendable {
    public enum Correction: Sendable, CaseIterable {
        case low, medium, quartile, high

        /// The two bits the format information carries for the level.
        var formatBits: Int {
            switch self {
            case .low: 0b01
            case .medium: 0b00
            case .quartile: 0b11
            case .high: 0b10
            }
        }

        var tableIndex: Int {
            switch self {
            case .low: 0
            case .medium: 1
            case .quartile: 2
            case .high: 3
            }
        }
    }

    public enum Problem: Error, Equatable, Sendable {
        /// The text does not fit in version 10 at the level asked for.
        case tooLong(bytes: Int, capacity: Int)
    }

    public let version: Int
    public let correction: Correction
    public let mask: Int
    /// Modules row by row, true for dark; `size` × `size`.
    public let modules: [[Bool]]

    public var size: Int { modules.count }

    public static let largestVersion = 10

    /// The smallest version that holds `text` as UTF-8 bytes at `correction`.
    public init(_ text: String, correction: Correction = .medium) throws(Problem) {
        let bytes = Array(text.utf8)
        guard let version = (1...Self.largestVersion).first(where: { Self.capacity(version: $0, correction: correction) >= bytes.count }) else {
            throw .tooLong(bytes: bytes.count, capacity: Self.capacity(version: Self.largestVersion, correction: correction))
        }
        let codewords = Self.codewords(bytes, version: version, correction: correction)
        func laidOut(mask: Int) -> QRMatrix {
            var matrix = QRMatrix(version: version)
            matrix.placeFunctionPatterns()
            matrix.placeData(codewords, mask: mask)
            matrix.placeFormat(correction: correction, mask: mask)
            matrix.placeVersion()
            return matrix
        }
        // The mask with the lowest penalty; the first of equals, as the standard's examples do.
        var chosen = (mask: 0, matrix: laidOut(mask: 0))
        var lowest = chosen.matrix.penalty()
        for mask in 1..<8 {
            let matrix = laidOut(mask: mask)
            let penalty = matrix.penalty()
            if penalty < lowest { (chosen, lowest) = ((mask, matrix), penalty) }
        }
        self.version = version
        self.correction = correction
        self.mask = chosen.mask
        self.modules = chosen.matrix.dark
    }

    /// Bytes a version holds in byte mode at a level.
    public static func capacity(version: Int, correction: Correction) -> Int {
        let dataBits = blocks(version: version, correction: correction).dataCodewords * 8
        let countBits = version < 10 ? 8 : 16
        return (dataBits - 4 - countBits) / 8
    }

    /// The error-correction blocks of a version and level (ISO/IEC 18004, table 9):
    /// (EC codewords per block, [(blocks, data codewords each)]).
    struct Blocks {
        var ecPerBlock: Int
        var groups: [(count: Int, data: Int)]

        var dataCodewords: Int { groups.reduce(0) { $0 + $1.count * $1.data } }
    }

    static func blocks(version: Int, correction: Correction) -> Blocks {
        let table: [[(Int, [(Int, Int)])]] = [
            // L, M, Q, H
            [(7, [(1, 19)]), (10, [(1, 16)]), (13, [(1, 13)]), (17, [(1, 9)])],
            [(10, [(1, 34)]), (16, [(1, 28)]), (22, [(1, 22)]), (28, [(1, 16)])],
            [(15, [(1, 55)]), (26, [(1, 44)]), (18, [(2, 17)]), (22, [(2, 13)])],
            [(20, [(1, 80)]), (18, [(2, 32)]), (26, [(2, 24)]), (16, [(4, 9)])],
            [(26, [(1, 108)]), (24, [(2, 43)]), (18, [(2, 15), (2, 16)]), (22, [(2, 11), (2, 12)])],
            [(18, [(2, 68)]), (16, [(4, 27)]), (24, [(4, 19)]), (28, [(4, 15)])],
            [(20, [(2, 78)]), (18, [(4, 31)]), (18, [(2, 14), (4, 15)]), (26, [(4, 13), (1, 14)])],
            [(24, [(2, 97)]), (22, [(2, 38), (2, 39)]), (22, [(4, 18), (2, 19)]), (26, [(4, 14), (2, 15)])],
            [(30, [(2, 116)]), (22, [(3, 36), (2, 37)]), (20, [(4, 16), (4, 17)]), (24, [(4, 12), (4, 13)])],
            [(18, [(2, 68), (2, 69)]), (26, [(4, 43), (1, 44)]), (24, [(6, 19), (2, 20)]), (28, [(6, 15), (2, 16)])],
        ]
        let entry = table[version - 1][correction.tableIndex]
        return Blocks(ecPerBlock: entry.0, groups: entry.1.map { (count: $0.0, data: $0.1) })
    }

    /// The final codeword sequence: data in byte mode, padded, split into blocks, each block's
    /// Reed–Solomon codewords, both interleaved.
    static func codewords(_ bytes: [UInt8], version: Int, correction: Correction) -> [UInt8] {
        let layout = blocks(version: version, correction: correction)
        var bits = BitBuffer()
        bits.append(0b0100, count: 4)
        bits.append(bytes.count, count: version < 10 ? 8 : 16)
        for byte in bytes { bits.append(Int(byte), count: 8) }
        let capacityBits = layout.dataCodewords * 8
        bits.append(0, count: min(4, capacityBits - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var data = bits.bytes
        var pad: UInt8 = 0xEC
        while data.count < layout.dataCodewords {
            data.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        var dataBlocks: [[UInt8]] = []
        var offset = 0
        for group in layout.groups {
            for _ in 0..<group.count {
                dataBlocks.append(Array(data[offset..<offset + group.data]))
                offset += group.data
            }
        }
        let ecBlocks = dataBlocks.map { ReedSolomon.remainder(of: $0, degree: layout.ecPerBlock) }
        var result: [UInt8] = []
        for index in 0..<(dataBlocks.map(\.count).max() ?? 0) {
            for block in dataBlocks where index < block.count { result.append(block[index]) }
        }
        for index in 0..<layout.ecPerBlock {
            for block in ecBlocks { result.append(block[index]) }
        }
        return result
    }
}

/// Bits appended most significant first.
struct BitBuffer {
    private(set) var bits: [Bool] = []

    var count: Int { bits.count }

    mutating func append(_ value: Int, count: Int) {
        guard count > 0 else { return }
        for shift in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> shift) & 1 == 1) }
    }

    var bytes: [UInt8] {
        stride(from: 0, to: bits.count, by: 8).map { start in
            var byte: UInt8 = 0
            for index in start..<start + 8 { byte = byte << 1 | (index < bits.count && bits[index] ? 1 : 0) }
            return byte
        }
    }
}

/// Reed–Solomon over GF(256) with the QR code's polynomial x⁸ + x⁴ + x³ + x² + 1.
enum ReedSolomon {
    static let exponents: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 255)
        var value = 1
        for index in 0..<255 {
            table[index] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        return table
    }()

    static let logarithms: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for (index, value) in exponents.enumerated() { table[Int(value)] = index }
        return table
    }()

    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        guard a != 0, b != 0 else { return 0 }
        return exponents[(logarithms[Int(a)] + logarithms[Int(b)]) % 255]
    }

    /// The generator ∏ (x − αⁱ), i < degree, highest power first (leading 1 left out).
    static func generator(degree: Int) -> [UInt8] {
        var polynomial: [UInt8] = [1]
        for index in 0..<degree {
            var next = [UInt8](repeating: 0, count: polynomial.count + 1)
            for (position, coefficient) in polynomial.enumerated() {
                next[position] ^= coefficient
                next[position + 1] ^= multiply(coefficient, exponents[index])
            }
            polynomial = next
        }
        return Array(polynomial.dropFirst())
    }

    /// The `degree` error-correction codewords of `data`.
    static func remainder(of data: [UInt8], degree: Int) -> [UInt8] {
        let divisor = generator(degree: degree)
        var remainder = [UInt8](repeating: 0, count: degree)
        for byte in data {
            let factor = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            for index in 0..<degree { remainder[index] ^= multiply(divisor[index], factor) }
        }
        return remainder
    }
}
