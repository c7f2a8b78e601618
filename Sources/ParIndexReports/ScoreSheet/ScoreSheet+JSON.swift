public import ParIndexCore

extension ScoreSheet {
    /// The sheet as JSON; points and indices are JSON numbers with a decimal point.
    public func json(_ language: Language) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("criteria_set", .string(set.metadata.id)),
            ("unit", .object([("code", .string(assessment.unit.code)), ("name", .string(assessment.unit.name))])),
            ("year", .number(assessment.year)),
            ("layer", .string(result.view.rawValue)),
            ("total", .number(result.total)),
            ("maximum", .number(result.maximum)),
            ("index", .optional(result.index)),
            ("band", result.band.map { .object([("key", .string($0.key)), ("label", .string($0.label.text(language)))]) } ?? .null),
            ("scored_part", .object([("points", .number(result.scoredPart.points)), ("maximum", .number(result.scoredPart.maximum))])),
            ("nodes", .array(result.tree.nodes.indices.map { node($0, language) })),
            ("problems", .array(problems.map { .object([("code", .string($0.code)), ("message", .string($0.message.text(language)))]) })),
        ]
        let reconciliation = self.reconciliation ?? Reconciliation()
        members.append(("mismatches", .array(reconciliation.mismatches.map { mismatch in
            .object([("code", .string(mismatch.code)), ("reported", .number(mismatch.reported)), ("computed", .number(mismatch.computed)),
                     ("difference", .number(mismatch.difference)), ("digits_transposed", .bool(mismatch.digitsTransposed))])
        })))
        members.append(("implied", .array(reconciliation.implied.map { implied in
            .object([("code", .string(implied.code)), ("points", .number(implied.points)), ("from", .string(implied.from))])
        })))
        members.append(("band_mismatch", reconciliation.band.map { band in
            .object([("reported", .string(band.reported)), ("computed", .optional(band.computed?.key))])
        } ?? .null))
        members.append(("consistent", .bool(isConsistent)))
        return .object(members)
    }

    private func node(_ index: Int, _ language: Language) -> JSONValue {
        let node = result.tree.nodes[index]
        let scored = result.scoredLeaves[index] > 0
        var members: [(String, JSONValue)] = [
            ("code", .string(node.code)),
            ("title", .string(node.definition.title.text(language))),
            ("kind", .string(node.kind.rawValue)),
            ("depth", .number(node.depth)),
            ("maximum", .number(node.maximum)),
            ("applicable_maximum", .number(result.nodeMaximum[index])),
            ("points", .number(result.nodePoints[index])),
            ("scored", .bool(scored)),
            ("index", .optional(result.componentIndex(ofNode: index))),
        ]
        if node.isLeaf {
            let explanation = result.explanation(ofLeaf: node.leafNumber, input: input(ofLeaf: node.leafNumber))
            members.append(("explanation", .object([
                ("rule", .string(explanation.rule.text(language))),
                ("layer", .optional(explanation.layer?.rawValue)),
                ("inputs", .array(explanation.inputs.map { .string($0.text(language)) })),
                ("working", .string(explanation.working.text(language))),
            ])))
        }
        return .object(members)
    }
}
