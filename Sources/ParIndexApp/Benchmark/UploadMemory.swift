import Foundation
import Vapor
import ParIndexData

/// How much an upload raises the server's resident memory: the peak (VmHWM, reset through
/// /proc/self/clear_refs) minus the resident size before. curl is the client, in its own process.
enum UploadMemory {
    static func measure(fixture: BenchmarkFixture, port: Int, megabytes: Int) async throws -> Int {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parindex-bench-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try writePDF(to: file, megabytes: megabytes)

        try "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
        let before = try memory("VmRSS")
        let url = "http://127.0.0.1:\(port)\(Paths.uploadEvidence(unit: fixture.unitID).href)?\(CSRFMiddleware.fieldName)=\(fixture.csrf)"
        let status = try await run("/usr/bin/env", ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-b", fixture.cookie,
                                                    "-F", "title=Tệp đo hiệu năng", "-F", "file=@\(file.path);filename=bench.pdf", url])
        guard status == "303" else { throw Abort(.internalServerError, reason: "upload answered \(status)") }
        return try memory("VmHWM") - before
    }

    /// A valid one-page PDF of about `megabytes` MB, written a megabyte at a time: the upload is
    /// checked for a PDF's frame, so the bulk is the page's content stream, spaces that draw nothing.
    static func writePDF(to file: URL, megabytes: Int) throws {
        let padding = megabytes * 1024 * 1024
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for object in ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"] {
            offsets.append(text.utf8.count)
            text += "\(offsets.count) 0 obj\n\(object)\nendobj\n"
        }
        offsets.append(text.utf8.count)
        text += "4 0 obj\n<< /Length \(padding) >>\nstream\n"
        guard FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8)) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
        }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        let chunk = Data(repeating: 0x20, count: 1024 * 1024)
        for _ in 0..<megabytes { try handle.write(contentsOf: chunk) }
        let xref = text.utf8.count + padding + "\nendstream\nendobj\n".utf8.count
        var end = "\nendstream\nendobj\nxref\n0 5\n0000000000 65535 f \n"
        end += offsets.map { String(repeating: "0", count: 10 - String($0).count) + "\($0) 00000 n \n" }.joined()
        end += "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        try handle.write(contentsOf: Data(end.utf8))
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
