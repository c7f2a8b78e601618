/// Writes HTML straight into the page's bytes, element by element, without building a `Node`
/// tree first. For the large pages (the assessment page writes a few thousand elements): a tree
/// costs an allocation per node and per child list, then a pass to write it and one to free it;
/// the writer costs none of these. Escaping is the same as for `Node`: text and attribute values
/// always go through `appendEscaped`, and there is no way to write raw markup.
///
///     writer.element("p", .class("note")) { $0.text(note) }
public struct HTMLWriter {
    var output: HTMLOutput

    public init(capacity: Int = 32 * 1024) {
        output = HTMLOutput(capacity: capacity)
    }

    /// What was written, as UTF-8.
    public var bytes: [UInt8] { output.bytes }

    /// A whole page: the doctype, then the `html` element around `content`.
    public mutating func document(language: String, _ content: (inout HTMLWriter) -> Void) {
        output.append("<!DOCTYPE html>\n")
        element("html", Attribute("lang", language), content: content)
    }

    /// An element, its attributes (nil ones skipped), what `content` writes, and the end tag.
    public mutating func element(_ name: String, _ attributes: Attribute?..., content: (inout HTMLWriter) -> Void = { _ in }) {
        openTag(name, attributes)
        content(&self)
        output.append("</")
        output.append(name)
        output.append(">")
    }

    /// An element without content or end tag (`<input>`).
    public mutating func void(_ name: String, _ attributes: Attribute?...) {
        openTag(name, attributes)
    }

    /// Text, escaped.
    public mutating func text(_ text: String) {
        output.appendEscaped(text)
    }

    /// A node built the other way, for the small parts shared with tree-built pages.
    public mutating func node(_ node: Node) {
        node.write(to: &output)
    }

    private mutating func openTag(_ name: String, _ attributes: [Attribute?]) {
        output.append("<")
        output.append(name)
        for case let attribute? in attributes {
            output.appendAttribute(attribute)
        }
        output.append(">")
    }
}
