import Foundation
import Vapor

/// How much an upload raises the server's resident memory: the peak (VmHWM, reset through
/// /proc/self/clear_refs) minus the resident size before. curl is the client, in its own process.
enum UploadMemory {
    static func measure(fixture: BenchmarkFixture, port: Int, megabytes: Int) async throws -> Int {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parindex-bench-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        FileManager.default.createFile(atPath: file.path, contents: Data("%PDF-1.4\n".utf8))
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        let chunk = Data(repeating: 0x20, count: 1024 * 1024)
        for _ in 0..<megabytes { try handle.write(contentsOf: chunk) }
        try handle.close()

        try "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
        let before = try memory("VmRSS")
        let url = "http://127.0.0.1:\(port)\(Paths.uploadEvidence(unit: fixture.unitID).href)?\(CSRFMiddleware.fieldName)=\(fixture.csrf)"
        let status = try await run("/usr/bin/env", ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-b", fixture.cookie,
                                                    "-F", "title=Tệp đo hiệu năng", "-F", "file=@\(file.path);filename=bench.pdf", url])
        guard status == "303" else { throw Abort(.internalServerError, reason: "upload answered \(status)") }
        return try memory("VmHWM") - before
    }

    /// A field of /proc/self/status, in bytes.
    static func memory(_ field: String) throws -> Int {
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
              let kilobytes = line.split(separator: " ").compactMap({ Int($0) }).first else {
            throw Abort(.internalServerError, reason: "no \(field) in /proc/self/status")
        }
        return kilobytes * 1024
    }

    static func run(_ executable: String, _ arguments: [String]) async throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        // Read on another thread: the server answering curl needs this task's executor free.
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                continuation.resume(returning: String(decoding: data, as: UTF8.self))
            }
        }
    }
}
