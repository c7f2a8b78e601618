import Crypto
package import Foundation

/// Evidence files on disk, each stored once under the SHA-256 of its content. User-given names
/// never reach a path: files are named by hash, and uploads land in a temporary file first.
package struct EvidenceStore: Sendable {
    package let root: URL

    package init(root: URL) {
        self.root = root
    }

    package func path(forHash hash: String) -> URL {
        root.appendingPathComponent(String(hash.prefix(2)), isDirectory: true).appendingPathComponent(hash)
    }

    package func temporaryFile() -> URL {
        root.appendingPathComponent("incoming", isDirectory: true).appendingPathComponent(UUID().uuidString)
    }

    /// Moves a finished upload to its place; if the same content is already stored, keeps that.
    package func keep(_ temporary: URL, hash: String) throws {
        let target = path(forHash: hash)
        let files = FileManager.default
        try files.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        if files.fileExists(atPath: target.path) {
            try files.removeItem(at: temporary)
        } else {
            try files.moveItem(at: temporary, to: target)
        }
    }
}

/// Writes an upload to a temporary file as it arrives, hashing it on the way, refusing it once
/// it passes the size limit. Memory stays at one network chunk whatever the file's size.
package final class UploadSink {
    package let url: URL
    package let limit: Int
    private let handle: FileHandle
    private var hasher = SHA256()
    package private(set) var byteCount = 0
    package private(set) var overLimit = false

    package init(url: URL, limit: Int) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        self.url = url
        self.limit = limit
        handle = try FileHandle(forWritingTo: url)
    }

    package func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard !overLimit else { return }
        byteCount += bytes.count
        if byteCount > limit {
            overLimit = true
            return
        }
        hasher.update(bufferPointer: bytes)
        try handle.write(contentsOf: bytes)
    }

    /// Closes the file and returns its hash.
    package func finish() throws -> String {
        try handle.close()
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    package func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }
}
