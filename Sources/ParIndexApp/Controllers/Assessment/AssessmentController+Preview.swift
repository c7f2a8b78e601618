import Fluent
import ParIndexCore
import Vapor
import ParIndexData

/// The points an input would give, while the officer types (the page's script asks).
extension AssessmentController {
    struct Preview: Content {
        var points: String?
        var working: String?
        /// The assessment's total with this input, as the summary would show it.
        var total: String?
        var error: String?
        var field: String?
    }

    /// The points an input would give, computed by the core and not saved: the page's script
    /// shows them while the officer types. Same permissions as saving that layer.
    @Sendable static func preview(_ request: Request) async throws -> Preview {
        let opened = try await request.openAssessment()
        let code = try request.parameter(.criterion)
        guard let layer = request.query[String.self, at: "layer"].flatMap(EntryLayer.init(rawValue:)) else { throw AppError.notFound() }
        let workspace = opened.workspace
        guard let index = workspace.compiled.tree.nodeIndex(of: code), workspace.compiled.tree.nodes[index].isLeaf else { throw AppError.notFound() }
        let node = workspace.compiled.tree.nodes[index].definition
        try EntryService.authorize(layer: layer, node: node, in: opened)
        var fields = try request.formFields()
        fields[CSRFMiddleware.fieldName] = nil
        let language = request.language
        let input: LeafInput
        do {
            input = try EntryForm(fields: fields).leafInput(for: node)
        } catch {
            return Preview(error: error.message.text(language), field: error.field)
        }
        var assessment = workspace.coreAssessment
        var entry = assessment.entries[code] ?? LeafEntry()
        entry[layer.coreLayer] = input
        assessment.entries[code] = entry
        let result = workspace.compiled.scorer.score(assessment, view: layer == .selfAssessed ? .selfAssessed : .final).result
        let leafNumber = workspace.compiled.tree.nodes[index].leafNumber
        if let error = result.leafOutcomes[leafNumber].inputError { return Preview(error: error.text(language), field: "inputs") }
        let explanation = result.explanation(ofLeaf: leafNumber, input: input)
        let total = "\(result.total.formatted(language)) / \(result.maximum.formatted(language))"
            + (result.index.map { " · " + (language == .en ? "index " : "chỉ số ") + $0.formatted(language) } ?? "")
        return Preview(points: explanation.points.formatted(language), working: explanation.working.text(language), total: total)
    }
}
