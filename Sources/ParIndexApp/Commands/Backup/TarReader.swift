import Crypto
import Foundation
import ParIndexData

/// Reads a tar archive written by `TarWriter`, one entry at a time, into files, hashing as it
/// copies. Anything unexpected (a bad checksum, a short entry, a link or a folder entry) is
/// reported as a damaged archive.
final class TarReader {
    private let handle: FileHandle
    private static let chunkSize = 1 << 20

    init(reading url: URL) throws {
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw BackupRefusal(vi: "Không đọc được tệp sao lưu \(url.path)", en: "Cannot read the backup archive \(url.path)")
        }
    }

    deinit { try? handle.close() }

    /// The next entry's header, or nil at the end of the archive.
    func next() throws -> TarHeader? {
        let block = try read(exactly: TarHeader.blockSize)
        guard let header = try TarHeader.decode(block) else { return nil }
        guard header.type == UInt8(ascii: "0") || header.type == 0 else {
            throw TarHeader.damaged("an entry that is not a regular file: \(header.name)")
        }
        return header
    }

    /// Copies the current entry's bytes to `target`; returns their SHA-256 (hex).
    func extract(_ header: TarHeader, to target: URL) throws -> String {
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: target.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path])
        }
        let output = try FileHandle(forWritingTo: target)
        defer { try? output.close() }
        var hasher = SHA256()
        var remaining = header.size
        while remaining > 0 {
            let chunk = try read(exactly: Int(min(Int64(Self.chunkSize), remaining)))
            hasher.update(data: chunk)
            try output.write(contentsOf: chunk)
            remaining -= Int64(chunk.count)
        }
        try skipPadding(header.size)
        return hexDigits(hasher.finalize())
    }

    /// Reads a small entry (the manifest) into memory.
    func contents(_ header: TarHeader, limit: Int64) throws -> Data {
        guard header.size <= limit else { throw TarHeader.damaged("\(header.name) is too large") }
        let data = Data(try read(exactly: Int(header.size)))
        try skipPadding(header.size)
        return data
    }

    private func skipPadding(_ size: Int64) throws {
        let remainder = Int(size % Int64(TarHeader.blockSize))
        if remainder != 0 { _ = try read(exactly: TarHeader.blockSize - remainder) }
    }

    private func read(exactly count: Int) throws -> [UInt8] {
        guard count > 0 else { return [] }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            guard let chunk = try handle.read(upToCount: count - bytes.count), !chunk.isEmpty else {
                throw TarHeader.damaged("it ends too early")
            }
            bytes.append(contentsOf: chunk)
        }
        return bytes
    }
}
