/// A criteria set laid out flat, in pre-order, so that scoring thousands of assessments touches
/// arrays rather than walking a tree of values.
///
/// Children always come after their parent, so one pass backwards over `nodes` sees every child
/// before its parent: that is how `Scorer` sums the tree.
public struct ScoringTree: Sendable {
    public let set: CriteriaSet
    public let nodes: [FlatNode]
    /// Node index of each leaf; a leaf's position here is its leaf number.
    public let leafNodes: [Int]
    public let rootNodes: [Int]
    private let indexByCode: [String: Int]

    // Plain per-node arrays read by the scoring pass: copying a `CriteriaNode` for every node of
    // every assessment would cost more than the arithmetic itself.
    let parents: [Int]
    let kinds: [NodeKind]
    let maxima: [Points]
    let capsChildren: [Bool]
    let leafNumbers: [Int]
    /// Whether the node's maximum counts toward its parent's (or, for a root, the total's).
    let countsTowardParent: [Bool]
    /// Per leaf number: the leaf's definition.
    let leaves: [CriteriaNode]

    public init(_ set: CriteriaSet) {
        var nodes: [FlatNode] = []
        var leafNodes: [Int] = []
        var rootNodes: [Int] = []
        func add(_ node: CriteriaNode, parent: Int, depth: Int) {
            let index = nodes.count
            if parent < 0 { rootNodes.append(index) } else { nodes[parent].children.append(index) }
            nodes.append(FlatNode(definition: node, parent: parent, depth: depth, leafNumber: node.isLeaf ? leafNodes.count : -1))
            if node.isLeaf { leafNodes.append(index) }
            for child in node.children { add(child, parent: index, depth: depth + 1) }
        }
        for root in set.roots { add(root, parent: -1, depth: 0) }
        self.set = set
        self.nodes = nodes
        self.leafNodes = leafNodes
        self.rootNodes = rootNodes
        var indexByCode: [String: Int] = [:]
        for (index, node) in nodes.enumerated() where indexByCode[node.code] == nil {
            indexByCode[node.code] = index
        }
        self.indexByCode = indexByCode
        parents = nodes.map(\.parent)
        kinds = nodes.map(\.kind)
        maxima = nodes.map(\.maximum)
        capsChildren = nodes.map { $0.definition.capsChildren }
        leafNumbers = nodes.map(\.leafNumber)
        countsTowardParent = nodes.map { node in
            node.definition.countsTowardMaximum(ofParentKind: node.parent >= 0 ? nodes[node.parent].kind : .scored)
        }
        leaves = leafNodes.map { nodes[$0].definition }
    }

    public func nodeIndex(of code: String) -> Int? { indexByCode[code] }
}

/// One node of a `ScoringTree`.
public struct FlatNode: Sendable {
    public let definition: CriteriaNode
    /// Index of the parent, -1 for a root.
    public let parent: Int
    public let depth: Int
    /// Position among the leaves, -1 for an inner node.
    public let leafNumber: Int
    public fileprivate(set) var children: [Int] = []

    public var code: String { definition.code }
    public var kind: NodeKind { definition.kind }
    public var maximum: Points { definition.maximum }
    public var isLeaf: Bool { leafNumber >= 0 }
}
