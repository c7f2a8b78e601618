/// The module grid while a QR code is laid out: function patterns first (marked reserved, so the
/// data goes around them), then the data under a mask, then the format and version information.
struct QRMatrix {
    let version: Int
    let size: Int
    var dark: [[Bool]]
    var reserved: [[Bool]]

    init(version: Int) {
        self.version = version
        size = 17 + 4 * version
        dark = Array(repeating: Array(repeating: false, count: size), count: size)
        reserved = dark
    }

    private mutating func set(_ row: Int, _ column: Int, _ value: Bool) {
        dark[row][column] = value
        reserved[row][column] = true
    }

    /// Centres of the alignment patterns on each axis (ISO/IEC 18004, annex E), versions 1–10.
    static func alignmentCentres(version: Int) -> [Int] {
        let table: [[Int]] = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]]
        return table[version - 1]
    }

    mutating func placeFunctionPatterns() {
        for (row, column) in [(0, 0), (0, size - 7), (size - 7, 0)] { placeFinder(row, column) }
        // Timing patterns.
        for index in 8..<(size - 8) {
            set(6, index, index % 2 == 0)
            set(index, 6, index % 2 == 0)
        }
        // Alignment patterns everywhere on the grid of centres but the three finder corners
        // (those on the timing lines agree with them).
        let centres = Self.alignmentCentres(version: version)
        let last = centres.count - 1
        for (i, row) in centres.enumerated() {
            for (j, column) in centres.enumerated() where !((i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0)) {
                for dy in -2...2 {
                    for dx in -2...2 { set(row + dy, column + dx, max(abs(dx), abs(dy)) != 1) }
                }
            }
        }
        // Reserve the format areas (written after masking) and the dark module.
        for index in 0..<9 {
            reserved[8][index] = true
            reserved[index][8] = true
        }
        for index in 0..<8 {
            reserved[8][size - 1 - index] = true
            reserved[size - 1 - index][8] = true
        }
        set(size - 8, 8, true)
        if version >= 7 {
            for a in 0..<6 {
                for b in 0..<3 {
                    reserved[a][size - 11 + b] = true
                    reserved[size - 11 + b][a] = true
                }
            }
        }
    }

    /// A 7 × 7 finder with its white separator, clipped at the edges.
    private mutating func placeFinder(_ top: Int, _ left: Int) {
        for dy in -1...7 {
            for dx in -1...7 {
                let row = top + dy, column = left + dx
                guard row >= 0, row < size, column >= 0, column < size else { continue }
                let ring = max(abs(dy - 3), abs(dx - 3))
                set(row, column, ring != 2 && ring != 4)
            }
        }
    }

    /// The codewords in the two-column zigzag from the bottom right, skipping the vertical timing
    /// column, each data module XOR the mask.
    mutating func placeData(_ codewords: [UInt8], mask: Int) {
        var bitIndex = 0
        let totalBits = codewords.count * 8
        var column = size - 1
        var upward = true
        while column > 0 {
            if column == 6 { column -= 1 }
            for step in 0..<size {
                let row = upward ? size - 1 - step : step
                for offset in 0..<2 {
                    let x = column - offset
                    guard !reserved[row][x] else { continue }
                    var bit = false
                    if bitIndex < totalBits {
                        bit = (codewords[bitIndex / 8] >> (7 - bitIndex % 8)) & 1 == 1
                        bitIndex += 1
                    }
                    dark[row][x] = bit != Self.masked(mask, row, x)
                }
            }
            upward.toggle()
            column -= 2
        }
    }

    static func masked(_ mask: Int, _ row: Int, _ column: Int) -> Bool {
        switch mask {
        case 0: (row + column) % 2 == 0
        case 1: row % 2 == 0
        case 2: column % 3 == 0
        case 3: (row + column) % 3 == 0
        case 4: (row / 2 + column / 3) % 2 == 0
        case 5: (row * column) % 2 + (row * column) % 3 == 0
        case 6: ((row * column) % 2 + (row * column) % 3) % 2 == 0
        default: ((row + column) % 2 + (row * column) % 3) % 2 == 0
        }
    }

    /// The 15 format bits: level and mask, their BCH(15, 5) code, XOR 101010000010010.
    static func formatBits(correction: QRCode.Correction, mask: Int) -> Int {
        let data = correction.formatBits << 3 | mask
        var remainder = data << 10
        for shift in stride(from: 14, through: 10, by: -1) where remainder & (1 << shift) != 0 {
            remainder ^= 0x537 << (shift - 10)
        }
        return (data << 10 | remainder) ^ 0x5412
    }

    /// The 18 version bits: the version and its BCH(18, 6) code.
    static func versionBits(_ version: Int) -> Int {
        var remainder = version << 12
        for shift in stride(from: 17, through: 12, by: -1) where remainder & (1 << shift) != 0 {
            remainder ^= 0x1F25 << (shift - 12)
        }
        return version << 12 | remainder
    }

    /// The format bits in both copies.
    mutating func placeFormat(correction: QRCode.Correction, mask: Int) {
        let bits = Self.formatBits(correction: correction, mask: mask)
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        // Around the top-left finder: bits 0–7 down column 8 (skipping the timing row), 8–14 along row 8.
        let firstCopy: [(Int, Int)] = [(0, 8), (1, 8), (2, 8), (3, 8), (4, 8), (5, 8), (7, 8), (8, 8),
                                       (8, 7), (8, 5), (8, 4), (8, 3), (8, 2), (8, 1), (8, 0)]
        for (index, (row, column)) in firstCopy.enumerated() { dark[row][column] = bit(index) }
        // Split copy: bits 0–7 along row 8 from the right, 8–14 up column 8 from the bottom.
        for index in 0..<8 { dark[8][size - 1 - index] = bit(index) }
        for index in 8..<15 { dark[size - 15 + index][8] = bit(index) }
        dark[size - 8][8] = true
    }

    /// The 18 version bits (versions 7 and up), in both copies.
    mutating func placeVersion() {
        guard version >= 7 else { return }
        let bits = Self.versionBits(version)
        for index in 0..<18 {
            let value = (bits >> index) & 1 == 1
            let a = index / 3, b = size - 11 + index % 3
            dark[a][b] = value
            dark[b][a] = value
        }
    }

    /// The standard's four penalties: runs of five or more, 2 × 2 blocks, finder-like patterns,
    /// and the distance of the dark share from half.
    func penalty() -> Int {
        var total = 0
        for line in 0..<size {
            for vertical in [false, true] {
                var runColour = false, runLength = 0
                var window: [Bool] = []
                for index in 0..<size {
                    let value = vertical ? dark[index][line] : dark[line][index]
                    if index > 0, value == runColour {
                        runLength += 1
                    } else {
                        if runLength >= 5 { total += runLength - 2 }
                        runColour = value
                        runLength = 1
                    }
                    window.append(value)
                    if window.count > 11 { window.removeFirst() }
                    if window.count == 11, window == Self.finderLike || window == Self.finderLike.reversed() { total += 40 }
                }
                if runLength >= 5 { total += runLength - 2 }
            }
        }
        for row in 0..<(size - 1) {
            for column in 0..<(size - 1) {
                let value = dark[row][column]
                if dark[row][column + 1] == value, dark[row + 1][column] == value, dark[row + 1][column + 1] == value { total += 3 }
            }
        }
        let darkCount = dark.reduce(0) { $0 + $1.filter { $0 }.count }
        // Each full 5 % the dark share is away from half costs 10.
        total += abs(darkCount * 100 / (size * size) - 50) / 5 * 10
        return total
    }

    /// Dark-light-dark-dark-dark-light-dark then four light: 1:1:3:1:1 with its quiet side.
    static let finderLike: [Bool] = [true, false, true, true, true, false, true, false, false, false, false]
}
