// The elements views use, so a view reads `.div(.class("x")) { … }`.
extension Node {
    public static func html(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "html", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func body(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "body", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func header(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "header", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func footer(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "footer", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func main(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "main", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func nav(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "nav", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func section(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "section", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func article(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "article", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func aside(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "aside", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func div(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "div", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func span(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "span", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func p(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "p", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func a(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "a", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func h1(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "h1", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func h2(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "h2", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func h3(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "h3", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func h4(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "h4", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func ul(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "ul", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func ol(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "ol", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func li(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "li", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func table(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "table", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func thead(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "thead", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func tbody(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "tbody", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func tfoot(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "tfoot", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func tr(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "tr", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func th(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "th", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func td(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "td", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func caption(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "caption", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func form(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "form", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func label(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "label", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func button(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "button", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func select(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "select", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func option(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "option", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func optgroup(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "optgroup", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func textarea(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "textarea", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func fieldset(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "fieldset", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func legend(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "legend", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func details(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "details", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func summary(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "summary", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func strong(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "strong", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func em(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "em", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func small(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "small", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func code(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "code", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func pre(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "pre", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func dl(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "dl", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func dt(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "dt", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func dd(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "dd", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func title(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "title", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func style(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "style", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func script(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "script", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func noscript(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "noscript", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func abbr(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "abbr", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func time(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "time", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func output(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "output", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func progress(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "progress", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func figure(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "figure", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func figcaption(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "figcaption", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func iframe(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "iframe", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func `object`(_ attributes: Attribute?..., @NodeBuilder content: () -> [Node] = { [] }) -> Node { .element(name: "object", attributes: attributes.compactMap { $0 }, children: content()) }
    public static func input(_ attributes: Attribute?...) -> Node { .void(name: "input", attributes: attributes.compactMap { $0 }) }
    public static func meta(_ attributes: Attribute?...) -> Node { .void(name: "meta", attributes: attributes.compactMap { $0 }) }
    public static func link(_ attributes: Attribute?...) -> Node { .void(name: "link", attributes: attributes.compactMap { $0 }) }
    public static func br(_ attributes: Attribute?...) -> Node { .void(name: "br", attributes: attributes.compactMap { $0 }) }
    public static func hr(_ attributes: Attribute?...) -> Node { .void(name: "hr", attributes: attributes.compactMap { $0 }) }
    public static func img(_ attributes: Attribute?...) -> Node { .void(name: "img", attributes: attributes.compactMap { $0 }) }
}
