package import Foundation

/// Reads an upload from disk in bounded pieces: a few bytes at an offset (the end of a ZIP, the
/// tail of a PDF) or sequentially through a 64 KB window (PNG chunks, JPEG segments), so that
/// inspecting a 20 MB file never holds it whole in memory.
package final class EvidenceFileReader {
    package static let windowSize = 64 * 1024

    /// The size on disk, the only one trusted: a declared size could disagree with the file.
    package let size: Int
    /// Where sequential reads continue.
    private(set) var position = 0
    private let handle: FileHandle
    private var window: [UInt8] = []
    private var windowStart = 0

    package init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
        size = Int(try handle.seekToEnd())
    }

    deinit { try? handle.close() }

    package var remaining: Int { size - position }

    /// `count` bytes at `offset`, fewer where the file ends first. Sequential reads are unmoved.
    package func bytes(at offset: Int, count: Int) throws -> [UInt8] {
        guard offset >= 0, offset < size, count > 0 else { return [] }
        try handle.seek(toOffset: UInt64(offset))
        return try handle.read(upToCount: min(count, size - offset)).map { [UInt8]($0) } ?? []
    }

    package func move(to offset: Int) {
        position = min(max(offset, 0), size)
    }

    /// Moves past `count` bytes; false, unmoved, if the file ends first.
    package func skip(_ count: Int) -> Bool {
        guard count >= 0, count <= remaining else { return false }
        position += count
        return true
    }

    /// The next `count` bytes, or nil if the file ends first.
    package func read(_ count: Int) throws -> [UInt8]? {
        guard count >= 0, count <= remaining else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        try forEachPiece(count) { bytes.append(contentsOf: $0) }
        return bytes
    }

    package func readByte() throws -> UInt8? {
        guard position < size else { return nil }
        try fill()
        defer { position += 1 }
        return window[position - windowStart]
    }

    /// Hands the next `count` bytes over a window at a time, for checksums over big chunks.
    package func forEachPiece(_ count: Int, _ body: (ArraySlice<UInt8>) -> Void) throws {
        var left = min(count, remaining)
        while left > 0 {
            try fill()
            let start = position - windowStart
            let take = min(left, window.count - start)
            body(window[start..<(start + take)])
            position += take
            left -= take
        }
    }

    /// Moves to the next `byte` (left unread) and returns how many bytes were passed over, or nil
    /// at the end of the file. `memchr` keeps scanning JPEG picture data fast even in debug builds.
    package func advance(to byte: UInt8) throws -> Int? {
        var passed = 0
        while position < size {
            try fill()
            let start = position - windowStart
            let found: Int? = window.withUnsafeBytes { raw in
                guard let base = raw.baseAddress, let hit = memchr(base + start, Int32(byte), raw.count - start) else { return nil }
                return base.distance(to: UnsafeRawPointer(hit)) - start
            }
            let step = found ?? (window.count - start)
            position += step
            passed += step
            if found != nil { return passed }
        }
        return nil
    }

    /// Loads the window at the cursor unless it already holds it.
    private func fill() throws {
        guard position < windowStart || position >= windowStart + window.count else { return }
        let bytes = try bytes(at: position, count: Self.windowSize)
        // The file shrank under us: an I/O failure, not a refusal of its content.
        guard !bytes.isEmpty else { throw CocoaError(.fileReadCorruptFile) }
        window = bytes
        windowStart = position
    }
}
