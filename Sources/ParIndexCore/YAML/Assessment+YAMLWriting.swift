import Yams

extension Assessment {
    /// The assessment in the file format `fromYAML` reads (docs/criteria-set-format.md,
    /// "Assessments"): what `parindex score` scores with the period's criteria set to the same
    /// figures. Entries in code order, each with its layers; numbers as exact decimals with a
    /// point; texts quoted by the YAML writer, so nothing a unit typed can break the file.
    public func toYAML() throws -> String {
        func text(_ value: String) -> Node { .scalar(.init(value, Tag(.str), .doubleQuoted)) }
        func plain(_ value: String) -> Node { .scalar(.init(value)) }
        func input(_ input: LeafInput) -> Node {
            var pairs: [(Node, Node)] = []
            if let option = input.option { pairs.append((plain("option"), text(option))) }
            if let value = input.numerator { pairs.append((plain("numerator"), plain(value.formatted(.en)))) }
            if let value = input.denominator { pairs.append((plain("denominator"), plain(value.formatted(.en)))) }
            if let answer = input.answer { pairs.append((plain("answer"), plain(answer.rawValue))) }
            if let value = input.achieved { pairs.append((plain("achieved"), plain(value.formatted(.en)))) }
            if let value = input.target { pairs.append((plain("target"), plain(value.formatted(.en)))) }
            if let count = input.count { pairs.append((plain("count"), plain(String(count)))) }
            if let value = input.satisfaction { pairs.append((plain("satisfaction"), plain(value.formatted(.en)))) }
            if let score = input.score { pairs.append((plain("score"), plain(score.formatted(.en)))) }
            if input.notApplicable { pairs.append((plain("not_applicable"), plain("true"))) }
            if let note = input.note, !note.isEmpty { pairs.append((plain("note"), text(note))) }
            return .mapping(.init(pairs))
        }
        var entryPairs: [(Node, Node)] = []
        for code in entries.keys.sorted(by: { $0.precedesAsCode($1) }) {
            guard let entry = entries[code] else { continue }
            var layers: [(Node, Node)] = []
            for (name, layer) in [("self", ScoreLayer.selfAssessed), ("appraised", .appraised), ("survey", .survey)] {
                if let value = entry[layer] { layers.append((plain(name), input(value))) }
            }
            guard !layers.isEmpty else { continue }
            entryPairs.append((text(code), .mapping(.init(layers))))
        }
        var top: [(Node, Node)] = [
            (plain("criteria_set"), text(criteriaSetID)),
            (plain("unit"), .mapping(.init([(plain("code"), text(unit.code)), (plain("name"), text(unit.name))]))),
            (plain("year"), plain(String(year))),
        ]
        if !ranked { top.append((plain("ranked"), plain("false"))) }
        if !facts.isEmpty {
            top.append((plain("facts"), .mapping(.init(facts.keys.sorted().map { (text($0), plain(facts[$0] == true ? "true" : "false")) }))))
        }
        top.append((plain("entries"), .mapping(.init(entryPairs))))
        return try Yams.serialize(node: .mapping(.init(top)), width: -1, allowUnicode: true)
    }
}
