import Crypto
import Foundation
import ParIndexData

/// Writes a tar archive file by file, hashing each file's bytes as they pass, so every file is
/// read once however large it is.
final class TarWriter {
    private let handle: FileHandle
    private static let chunkSize = 1 << 20

    init(creating url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
    }

    /// Copies the file at `source` in as `name`; returns its SHA-256 (hex) and size.
    func append(fileAt source: URL, as name: String) throws -> (sha256: String, size: Int64) {
        let attributes = try FileManager.default.attributesOfItem(atPath: source.path)
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        try handle.write(contentsOf: TarHeader(name: name, size: size, modified: attributes[.modificationDate] as? Date ?? Date()).encoded())
        let input = try FileHandle(forReadingFrom: source)
        defer { try? input.close() }
        var hasher = SHA256()
        var written: Int64 = 0
        while written < size, let chunk = try input.read(upToCount: Int(min(Int64(Self.chunkSize), size - written))), !chunk.isEmpty {
            hasher.update(data: chunk)
            try handle.write(contentsOf: chunk)
            written += Int64(chunk.count)
        }
        // The header already promised `size` bytes: a file that shrank meanwhile is an error, not a short entry.
        guard written == size else {
            throw BackupRefusal(vi: "Tệp \(source.path) bị thay đổi trong khi sao lưu", en: "\(source.path) changed while it was being backed up")
        }
        try pad(size)
        return (hexDigits(hasher.finalize()), size)
    }

    func append(_ data: Data, as name: String) throws {
        try handle.write(contentsOf: TarHeader(name: name, size: Int64(data.count)).encoded())
        try handle.write(contentsOf: data)
        try pad(Int64(data.count))
    }

    /// Two zero blocks end a tar archive; then the bytes are forced to disk before the caller
    /// gives the archive its final name.
    func finish() throws {
        try handle.write(contentsOf: Data(count: 2 * TarHeader.blockSize))
        try handle.synchronize()
        try handle.close()
    }

    func abandon() {
        try? handle.close()
    }

    private func pad(_ size: Int64) throws {
        let remainder = Int(size % Int64(TarHeader.blockSize))
        if remainder != 0 { try handle.write(contentsOf: Data(count: TarHeader.blockSize - remainder)) }
    }
}

/// A SHA-256 as the 64 lowercase hex digits the evidence store names its files by.
func hexDigits(_ digest: SHA256.Digest) -> String {
    digest.map { String(format: "%02x", $0) }.joined()
}
