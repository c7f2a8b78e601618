extension Node {
    /// The node as HTML text, every text node and attribute value escaped.
    public func render() -> String {
        String(decoding: renderBytes(), as: UTF8.self)
    }

    /// The node as UTF-8 bytes, written into one growing buffer: what a response sends.
    public func renderBytes(capacity: Int = 4096) -> [UInt8] {
        var output = HTMLOutput(capacity: capacity)
        write(to: &output)
        return output.bytes
    }

    func write(to output: inout HTMLOutput) {
        switch self {
        case let .element(name, attributes, children):
            openTag(name, attributes, to: &output)
            for child in children { child.write(to: &output) }
            output.append("</")
            output.append(name)
            output.append(">")
        case let .void(name, attributes):
            openTag(name, attributes, to: &output)
        case let .text(text):
            output.appendEscaped(text)
        case let .group(children):
            for child in children { child.write(to: &output) }
        }
    }

    private func openTag(_ name: String, _ attributes: [Attribute], to output: inout HTMLOutput) {
        output.append("<")
        output.append(name)
        for attribute in attributes {
            output.appendAttribute(attribute)
        }
        output.append(">")
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
        String(decoding: renderBytes(), as: UTF8.self)
    }

    /// The page as UTF-8 bytes. `capacity` is a first guess at the size: a page that outgrows it
    /// costs a few doublings of the buffer, not a copy per node.
    public func renderBytes(capacity: Int = 32 * 1024) -> [UInt8] {
        var output = HTMLOutput(capacity: capacity)
        output.append("<!DOCTYPE html>\n")
        root.write(to: &output)
        return output.bytes
    }
}

/// The bytes of a page being written.
struct HTMLOutput {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup from code (tag and attribute names, punctuation): written as it is.
    mutating func append(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// ` name="value"`, or ` name` alone for a boolean attribute; the value escaped.
    mutating func appendAttribute(_ attribute: Attribute) {
        append(" ")
        append(attribute.name)
        if let value = attribute.value {
            append("=\"")
            appendEscaped(value)
            append("\"")
        }
    }

    /// Text or an attribute value: `& < > " '` become entities, everything else is copied in
    /// runs. Quotes too, though text does not need it: then no user string ever appears in a
    /// page with a quote that could close an attribute, wherever a template might one day put it.
    mutating func appendEscaped(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var runStart = 0
            for index in 0..<source.count {
                let entity: StaticString
                switch source[index] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
                entity.withUTF8Buffer { bytes.append(contentsOf: $0) }
                runStart = index + 1
            }
            if runStart < source.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...])) }
        }
    }
}
