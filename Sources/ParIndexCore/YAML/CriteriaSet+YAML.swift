import Yams

extension CriteriaSet {
    /// Reads a criteria set from YAML (format: docs/criteria-set-format.md). Throws a
    /// `ValidationFailure` listing every problem of form; call `validate()` for the problems of
    /// content (sums, codes, tiers).
    public static func fromYAML(_ text: String, file: String? = nil) throws(ValidationFailure) -> CriteriaSet {
        let reader = YAMLReader(file: file)
        let set = reader.root(text).flatMap { reader.mapping($0, code: nil, what: LocalizedText(vi: "Bộ chỉ số", en: "A criteria set")) }
            .flatMap { CriteriaSetDecoder(reader: reader).decode($0) }
        guard let set, reader.issues.isEmpty else { throw ValidationFailure(reader.issues) }
        return set
    }
}

/// Turns the mappings of a criteria-set file into the model.
struct CriteriaSetDecoder {
    let reader: YAMLReader

    func decode(_ top: YAMLMapping) -> CriteriaSet? {
        top.rejectUnknownKeys(["id", "title", "title_en", "instrument", "issuer", "legal_basis", "unit_group", "year",
                               "provenance", "settings", "bands", "facts", "nodes", "compare_with"])
        let id = top.string("id", required: true)
        let title = top.text("title", required: true)
        let instrument = top.choice("instrument", as: Instrument.self)
        if !top.has("instrument") { top.missing("instrument") }
        let year = top.int("year", required: true)
        let legalBasis = top.child("legal_basis").flatMap(legal)
        let settings = top.child("settings").map(settings) ?? ScoringSettings()
        let facts = top.list("facts").compactMap(fact)
        let bands = top.list("bands").compactMap(band)
        let nodeList = top.list("nodes")
        if !top.has("nodes") { top.missing("nodes") }
        let roots = nodeList.compactMap { node(from: $0, parentCode: nil) }
        guard let id, let title, let instrument, let year else { return nil }
        let metadata = CriteriaSetMetadata(id: id, title: title, instrument: instrument, issuer: top.string("issuer") ?? "",
                                           legalBasis: legalBasis, unitGroup: top.string("unit_group") ?? "", year: year,
                                           provenance: top.string("provenance"))
        let comparison = top.child("compare_with").flatMap(comparison)
        return CriteriaSet(metadata: metadata, settings: settings, bands: bands, facts: facts, roots: roots, compareWith: comparison)
    }

    /// `compare_with: {set: ID, fields: {"7": "8"}}`: this set's field codes → the older set's.
    private func comparison(_ map: YAMLMapping) -> SetComparison? {
        map.rejectUnknownKeys(["set", "fields"])
        guard let setID = map.string("set", required: true) else { return nil }
        var fields: [String: String] = [:]
        if let pairs = map.child("fields") {
            for (key, _) in pairs.mapping {
                guard let newer = key.string, let older = pairs.string(newer, required: true) else { continue }
                fields[newer] = older
            }
        }
        return SetComparison(setID: setID, fields: fields)
    }

    private func legal(_ map: YAMLMapping) -> LegalBasis? {
        map.rejectUnknownKeys(["decision", "date", "url"])
        guard let number = map.string("decision", required: true) else { return nil }
        return LegalBasis(decisionNumber: number, date: map.date("date"), url: map.string("url"))
    }

    private func settings(_ map: YAMLMapping) -> ScoringSettings {
        map.rejectUnknownKeys(["maximum", "index_decimals", "rounding", "total_may_exceed_maximum", "not_applicable", "bands_compare"])
        var settings = ScoringSettings()
        if let maximum = map.points("maximum") { settings.maximum = maximum }
        if let decimals = map.int("index_decimals") {
            if (0...4).contains(decimals) {
                settings.indexDecimals = decimals
            } else {
                reader.report(line: map.line, code: nil, LocalizedText(vi: "«index_decimals» phải từ 0 đến 4", en: "“index_decimals” must be 0 to 4"))
            }
        }
        if let rounding = map.choice("rounding", as: RoundingMode.self) { settings.rounding = rounding }
        if let exceed = map.bool("total_may_exceed_maximum") { settings.totalMayExceedMaximum = exceed }
        if let policy = map.choice("not_applicable", as: NotApplicablePolicy.self) { settings.notApplicable = policy }
        if let basis = map.choice("bands_compare", as: BandBasis.self) { settings.bandsCompare = basis }
        return settings
    }

    private func fact(_ node: Node) -> FactDefinition? {
        guard let map = reader.mapping(node, code: nil, what: LocalizedText(vi: "Một điều kiện (fact)", en: "A fact")) else { return nil }
        map.rejectUnknownKeys(["id", "description", "description_en"])
        guard let id = map.string("id", required: true), let description = map.text("description", required: true) else { return nil }
        return FactDefinition(id: id, description: description)
    }

    private func band(_ node: Node) -> Band? {
        guard let map = reader.mapping(node, code: nil, what: LocalizedText(vi: "Một mức xếp loại", en: "A band")) else { return nil }
        map.rejectUnknownKeys(["key", "label", "label_en", "min", "min_inclusive", "max", "max_inclusive", "conditions"])
        guard let key = map.string("key", required: true), let label = map.text("label", required: true) else { return nil }
        let conditions: [BandCondition] = map.list("conditions").compactMap { item in
            if let fact = item.scalar?.string { return BandCondition(fact: fact) }
            guard let condition = reader.mapping(item, code: nil, what: LocalizedText(vi: "Một điều kiện", en: "A condition")) else { return nil }
            condition.rejectUnknownKeys(["fact", "required"])
            guard let fact = condition.string("fact", required: true) else { return nil }
            return BandCondition(fact: fact, required: condition.bool("required") ?? true)
        }
        return Band(key: key, label: label, range: map.interval(), conditions: conditions, line: map.line)
    }

    private static let nodeKeys: Set<String> = ["code", "title", "title_en", "maximum", "cap", "kind", "guidance", "evidence",
                                                "rule", "children", "caps_children", "outside_maximum", "not_applicable_allowed"]

    private func node(from yaml: Node, parentCode: String?) -> CriteriaNode? {
        guard let probe = reader.mapping(yaml, code: parentCode, what: LocalizedText(vi: "Một tiêu chí", en: "A criterion")) else { return nil }
        let code = probe.string("code", required: true)
        let map = YAMLMapping(mapping: probe.mapping, reader: reader, code: code ?? parentCode, line: probe.line)
        map.rejectUnknownKeys(Self.nodeKeys)
        let kind = map.choice("kind", as: NodeKind.self) ?? .scored
        let title = map.text("title", required: true)
        let maximum = capOrMaximum(map, kind: kind)
        let rule = map.child("rule").flatMap { RuleDecoder(reader: reader).decode($0) }
        let children = map.list("children").compactMap { node(from: $0, parentCode: code) }
        guard let code, let title else { return nil }
        return CriteriaNode(code: code, title: title, maximum: maximum ?? .zero, kind: kind, guidance: map.string("guidance"),
                            evidence: map.string("evidence"), rule: rule, children: children,
                            capsChildren: map.bool("caps_children") ?? false, outsideMaximum: map.bool("outside_maximum") ?? false,
                            mayBeNotApplicable: map.bool("not_applicable_allowed") ?? false, line: map.line)
    }

    /// Bonus and deduction nodes state a `cap`; other nodes a `maximum`.
    private func capOrMaximum(_ map: YAMLMapping, kind: NodeKind) -> Points? {
        switch kind {
        case .bonus, .deduction:
            if map.has("maximum") && !map.has("cap") {
                reader.report(line: map.line, code: map.code, LocalizedText(
                    vi: "Mục \(kind.title.vi) ghi mức trần bằng «cap», không phải «maximum»",
                    en: "A \(kind.title.en) node states its limit as “cap”, not “maximum”"))
                return nil
            }
            guard map.has("cap") else {
                reader.report(line: map.line, code: map.code, LocalizedText(
                    vi: "Mục \(kind.title.vi) không có mức trần («cap»)", en: "A \(kind.title.en) node has no cap (“cap”)"))
                return nil
            }
            return map.points("cap")
        case .scored, .survey:
            return map.points("maximum", required: true)
        }
    }
}
