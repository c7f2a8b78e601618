import Foundation

/// Paths of the files shipped in the repository, and scratch files for one test.
enum RepositoryFiles {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func path(_ relative: String) -> String { root + "/" + relative }

    static let parSet = path("criteria-sets/langson-district-par-2023.yaml")
    static let parAssessment = path("examples/chi-lang-2023/par-index.yaml")
    static let taskSet = path("criteria-sets/langson-task-performance-2023.yaml")
    static let taskAssessment = path("examples/chi-lang-2023/task-performance.yaml")

    /// Writes `text` to a new temporary file and returns its path.
    static func temporary(_ text: String, name: String = "file.yaml") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parindex-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }
}
