/// Inline SVG for charts drawn on the server. Every element is written with an end tag: in an
/// HTML document a `<rect>` without `</rect>` (or `/>`) would swallow what follows. Attribute
/// names are lower case (`viewbox`); the HTML parser gives SVG attributes their proper case.
extension Node {
    public static func svg(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
        .element(name: "svg", attributes: [Attribute("xmlns", "http://www.w3.org/2000/svg")] + attributes.compactMap { $0 }, children: content())
    }

    public static func g(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
        .element(name: "g", attributes: attributes.compactMap { $0 }, children: content())
    }

    public static func rect(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
        .element(name: "rect", attributes: attributes.compactMap { $0 }, children: content())
    }

    public static func line(_ attributes: Attribute?...) -> Node {
        .element(name: "line", attributes: attributes.compactMap { $0 }, children: [])
    }

    /// SVG's `<text>` (the name `text` is the node case for plain text).
    public static func svgText(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
        .element(name: "text", attributes: attributes.compactMap { $0 }, children: content())
    }

    public static func desc(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node {
        .element(name: "desc", attributes: attributes.compactMap { $0 }, children: content())
    }
}

extension Attribute {
    /// `name="value"` for the SVG attributes charts use (x, y, fill, viewbox, text-anchor, …).
    public static func svg(_ name: String, _ value: String) -> Attribute { Attribute(name, value) }
    public static func svg(_ name: String, _ value: Int) -> Attribute { Attribute(name, String(value)) }
}
