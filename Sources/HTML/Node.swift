/// A piece of an HTML document. Text and attribute values are escaped when rendered, so a view
/// can never inject markup by accident: there is no case that carries raw HTML.
public indirect enum Node: Sendable, Equatable {
    case element(name: String, attributes: [Attribute], children: [Node])
    /// An element without content or end tag (`<input>`, `<meta>`).
    case void(name: String, attributes: [Attribute])
    case text(String)
    case group([Node])

    public static let empty = Node.group([])
}

/// One attribute. A `nil` value renders the name alone (`disabled`).
public struct Attribute: Sendable, Equatable {
    public let name: String
    public let value: String?

    /// Names come from code, never from users; a name that is not a plain HTML name is a bug.
    public init(_ name: String, _ value: String?) {
        precondition(Attribute.isPlainName(name), "not an attribute name: \(name)")
        self.name = name
        self.value = value
    }

    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
        }
    }
}
