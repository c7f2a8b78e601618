/// Lets views list children as statements, with `if`, `for` and plain strings (which become
/// escaped text).
@resultBuilder
public enum NodeBuilder {
    public static func buildExpression(_ node: Node) -> [Node] { [node] }
    public static func buildExpression(_ nodes: [Node]) -> [Node] { nodes }
    public static func buildExpression(_ text: String) -> [Node] { [.text(text)] }
    public static func buildExpression(_ node: Node?) -> [Node] { node.map { [$0] } ?? [] }
    public static func buildBlock(_ parts: [Node]...) -> [Node] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Node]?) -> [Node] { part ?? [] }
    public static func buildEither(first part: [Node]) -> [Node] { part }
    public static func buildEither(second part: [Node]) -> [Node] { part }
    public static func buildArray(_ parts: [[Node]]) -> [Node] { parts.flatMap { $0 } }
    public static func buildLimitedAvailability(_ part: [Node]) -> [Node] { part }
}

extension Node {
    /// Any element by name; the named helpers below cover the ones views use.
    public static func element(_ name: String, _ attributes: [Attribute], @NodeBuilder _ content: () -> [Node] = { [] }) -> Node {
        .element(name: name, attributes: attributes, children: content())
    }

    public static func fragment(@NodeBuilder _ content: () -> [Node]) -> Node {
        .group(content())
    }
}
