import Testing
import HTML

@Suite("Writing straight into bytes")
struct WriterTests {
    @Test func theWriterWritesWhatTheTreeRenders() {
        let rows = ["a & b", "<script>", "Chỉ số \"x\" 'y'"]
        let tree = Node.div(.class("list"), .id("l-1"), nil, .hidden) {
            for row in rows {
                Node.p(.title(row)) { Node.strong { "» " }; row }
            }
            Node.input(.type("text"), .value("\"><img src=x>"), .flag("checked", false))
            Node.textarea { "" }
        }
        var writer = HTMLWriter()
        writer.element("div", .class("list"), .id("l-1"), nil, .hidden) { writer in
            for row in rows {
                writer.element("p", .title(row)) { writer in
                    writer.element("strong") { $0.text("» ") }
                    writer.text(row)
                }
            }
            writer.void("input", .type("text"), .value("\"><img src=x>"), .flag("checked", false))
            writer.element("textarea")
        }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == tree.render())
        #expect(!String(decoding: writer.bytes, as: UTF8.self).contains("<script>"))
    }

    @Test func aDocumentIsTheSameEitherWay() {
        var writer = HTMLWriter()
        writer.document(language: "vi") { writer in
            writer.element("head") { $0.node(.meta(.charset("utf-8"))) }
            writer.node(.body { "x" })
        }
        let tree = Document(language: "vi", head: [.meta(.charset("utf-8"))], body: .body { "x" })
        #expect(writer.bytes == tree.renderBytes())
    }
}
