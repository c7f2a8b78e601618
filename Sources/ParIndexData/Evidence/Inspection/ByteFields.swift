/// Integers in file headers. ZIP stores them little-endian, PNG and JPEG big-endian. Bytes past
/// the end read as zero rather than trapping: callers check lengths first, and a header that is
/// too short must never be able to crash the server.
extension Array where Element == UInt8 {
    package func littleEndian(at index: Int, count: Int) -> Int {
        (0..<count).reversed().reduce(0) { $0 << 8 | Int(byte(at: index + $1)) }
    }

    package func bigEndian(at index: Int, count: Int) -> Int {
        (0..<count).reduce(0) { $0 << 8 | Int(byte(at: index + $1)) }
    }

    package func byte(at index: Int) -> UInt8 {
        indices.contains(index) ? self[index] : 0
    }

    /// Where `pattern` last occurs, searching from the end.
    package func lastOffset(of pattern: [UInt8]) -> Int? {
        guard !pattern.isEmpty, count >= pattern.count else { return nil }
        return stride(from: count - pattern.count, through: 0, by: -1).first { self[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }

    package func containsSequence(_ pattern: [UInt8]) -> Bool {
        lastOffset(of: pattern) != nil
    }
}
