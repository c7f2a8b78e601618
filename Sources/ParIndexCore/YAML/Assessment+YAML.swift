import Yams

extension Assessment {
    /// Reads an assessment from YAML (format: docs/criteria-set-format.md, "Assessments").
    public static func fromYAML(_ text: String, file: String? = nil) throws(ValidationFailure) -> Assessment {
        let reader = YAMLReader(file: file)
        let assessment = reader.root(text)
            .flatMap { reader.mapping($0, code: nil, what: LocalizedText(vi: "Bản tự đánh giá", en: "An assessment")) }
            .flatMap { AssessmentDecoder(reader: reader).decode($0) }
        guard let assessment, reader.issues.isEmpty else { throw ValidationFailure(reader.issues) }
        return assessment
    }
}

struct AssessmentDecoder {
    let reader: YAMLReader

    private static let layerKeys: [String: ScoreLayer] = ["self": .selfAssessed, "appraised": .appraised, "survey": .survey]
    private static let inputKeys: Set<String> = ["option", "numerator", "denominator", "answer", "achieved", "target", "count",
                                                 "satisfaction", "score", "not_applicable", "note"]

    func decode(_ top: YAMLMapping) -> Assessment? {
        top.rejectUnknownKeys(["criteria_set", "unit", "year", "ranked", "facts", "entries", "reported"])
        let setID = top.string("criteria_set", required: true)
        let year = top.int("year", required: true)
        let unit = top.child("unit", required: true).flatMap { map -> UnitReference? in
            map.rejectUnknownKeys(["code", "name"])
            guard let code = map.string("code", required: true), let name = map.string("name", required: true) else { return nil }
            return UnitReference(code: code, name: name)
        }
        var facts: [String: Bool] = [:]
        if let map = top.child("facts") {
            for (key, _) in map.mapping {
                guard let name = key.string else { continue }
                facts[name] = map.bool(name)
            }
        }
        var entries: [String: LeafEntry] = [:]
        if let map = top.child("entries") {
            for (key, value) in map.mapping {
                guard let code = key.string, let entry = entry(code: code, value) else { continue }
                entries[code] = entry
            }
        }
        let reported = top.child("reported").map(reportedFigures)
        guard let setID, let year, let unit else { return nil }
        return Assessment(criteriaSetID: setID, unit: unit, year: year, entries: entries, facts: facts,
                          ranked: top.bool("ranked") ?? true, reported: reported)
    }

    /// `code: {self: {…}, appraised: {…}, survey: {…}}`, or `code: {…}` for the self layer alone.
    private func entry(code: String, _ node: Node) -> LeafEntry? {
        guard let map = reader.mapping(node, code: code, what: LocalizedText(vi: "Mục chấm điểm", en: "An entry")) else { return nil }
        let layered = map.mapping.keys.contains { Self.layerKeys[$0.string ?? ""] != nil }
        guard layered else { return LeafEntry(selfAssessed: input(map)) }
        map.rejectUnknownKeys(Set(Self.layerKeys.keys))
        var entry = LeafEntry()
        for (name, layer) in Self.layerKeys {
            if let layerMap = map.child(name) { entry[layer] = input(layerMap) }
        }
        return entry
    }

    private func input(_ map: YAMLMapping) -> LeafInput {
        map.rejectUnknownKeys(Self.inputKeys)
        var answer: YesNoAnswer?
        if let text = map.string("answer") {
            answer = YesNoAnswer(text: text)
            if answer == nil {
                reader.report(line: map.node("answer")?.mark?.line, code: map.code, LocalizedText(
                    vi: "«answer»: «\(text)» không hợp lệ (yes, no, not_applicable)", en: "“answer”: “\(text)” is not valid (yes, no, not_applicable)"))
            }
        }
        return LeafInput(option: map.string("option"), numerator: map.fixed("numerator"), denominator: map.fixed("denominator"),
                         answer: answer, achieved: map.fixed("achieved"), target: map.fixed("target"), count: map.int("count"),
                         satisfaction: map.fixed("satisfaction"), score: map.points("score", allowNegative: true),
                         notApplicable: map.bool("not_applicable") ?? false, note: map.string("note"))
    }

    private func reportedFigures(_ map: YAMLMapping) -> ReportedFigures {
        map.rejectUnknownKeys(["source", "total", "index", "band", "nodes"])
        var nodes: [(code: String, points: Points)] = []
        if let list = map.child("nodes") {
            for (key, _) in list.mapping {
                guard let code = key.string, let points = YAMLMapping(mapping: list.mapping, reader: reader, code: code, line: list.line).points(code) else { continue }
                // Listed in the order the source prints them.
                nodes.append((code, points))
            }
        }
        return ReportedFigures(source: map.string("source"), total: map.points("total"), index: map.fixed("index", maxDecimals: 4),
                               band: map.string("band"), nodes: nodes)
    }
}
