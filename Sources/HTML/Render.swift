extension Node {
    /// The node as HTML text, every text node and attribute value escaped.
    public func render() -> String {
        var output = ""
        output.reserveCapacity(4096)
        write(to: &output)
        return output
    }

    func write(to output: inout String) {
        switch self {
        case let .element(name, attributes, children):
            openTag(name, attributes, to: &output)
            for child in children { child.write(to: &output) }
            output += "</\(name)>"
        case let .void(name, attributes):
            openTag(name, attributes, to: &output)
        case let .text(text):
            Escape.text(text, to: &output)
        case let .group(children):
            for child in children { child.write(to: &output) }
        }
    }

    private func openTag(_ name: String, _ attributes: [Attribute], to output: inout String) {
        output += "<" + name
        for attribute in attributes {
            output += " " + attribute.name
            if let value = attribute.value {
                output += "=\""
                Escape.attribute(value, to: &output)
                output += "\""
            }
        }
        output += ">"
    }
}

/// A whole page: the doctype, then the `html` element.
public struct Document: Sendable {
    public var root: Node

    public init(language: String, head: [Node], body: Node) {
        root = .element(name: "html", attributes: [Attribute("lang", language)], children: [
            .element(name: "head", attributes: [], children: head),
            body,
        ])
    }

    public func render() -> String {
        "<!DOCTYPE html>\n" + root.render()
    }
}

enum Escape {
    /// Quotes too, though text does not need it: then no user string ever appears in a page
    /// with a quote that could close an attribute, wherever a template might one day put it.
    static func text(_ text: String, to output: inout String) {
        attribute(text, to: &output)
    }

    /// Quotes of both kinds are escaped, so a value is safe whichever quote a reader expects.
    static func attribute(_ text: String, to output: inout String) {
        for character in text.unicodeScalars {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(character)
            }
        }
    }
}
