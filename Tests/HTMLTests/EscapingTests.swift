import Testing
import HTML

@Suite("Escaping")
struct EscapingTests {
    @Test func textNodesEscapeMarkup() {
        let html = Node.p { "\"><script>alert(1)</script> & co" }.render()
        #expect(html == "<p>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>")
    }

    @Test func attributeValuesEscapeBothQuotes() {
        let html = Node.a(.href("x' onmouseover='alert(1)"), .title("\"><script>")) { "ok" }.render()
        #expect(html == "<a href=\"x&#39; onmouseover=&#39;alert(1)\" title=\"&quot;&gt;&lt;script&gt;\">ok</a>")
    }

    @Test func vietnameseTextIsKeptAsIs() {
        #expect(Node.span { "Chỉ số cải cách hành chính" }.render() == "<span>Chỉ số cải cách hành chính</span>")
    }

    @Test func nilAttributesAreSkippedAndBooleansRenderBare() {
        let checked = false
        let html = Node.input(.type("checkbox"), .flag("checked", checked), .disabled).render()
        #expect(html == "<input type=\"checkbox\" disabled>")
    }

    @Test func builderHandlesConditionsAndLoops() {
        let items = ["a", "b"]
        let showFooter = false
        let html = Node.ul {
            for item in items { Node.li { item } }
            if showFooter { Node.li { "footer" } }
        }.render()
        #expect(html == "<ul><li>a</li><li>b</li></ul>")
    }

    @Test func documentStartsWithDoctypeAndLanguage() {
        let page = Document(language: "vi", head: [.meta(.charset("utf-8"))], body: .body { "x" }).render()
        #expect(page == "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body>x</body></html>")
    }
}

@Suite("Rendering into bytes")
struct ByteRenderingTests {
    @Test func bytesAreTheUTF8OfTheText() {
        let node = Node.p(.title("a'b")) { "Điểm < 10 & “đạt”" }
        #expect(node.renderBytes() == Array(node.render().utf8))
        #expect(node.render() == "<p title=\"a&#39;b\">Điểm &lt; 10 &amp; “đạt”</p>")
    }

    @Test func escapingAtTheEdgesAndBetweenMultiByteCharacters() {
        #expect(Node.text("<").render() == "&lt;")
        #expect(Node.text("ả&ở").render() == "ả&amp;ở")
        #expect(Node.text("&&").render() == "&amp;&amp;")
        #expect(Node.text("").render() == "")
        #expect(Node.text("😀\"").render() == "😀&quot;")
    }

    @Test func aPageLargerThanTheFirstGuessIsWhole() {
        let rows = (0..<2_000).map { index in Node.li { "Tiêu chí \(index) & <b>" } }
        let page = Document(language: "vi", head: [], body: .body { Node.ul { rows } })
        let text = String(decoding: page.renderBytes(capacity: 16), as: UTF8.self)
        #expect(text.hasSuffix("<li>Tiêu chí 1999 &amp; &lt;b&gt;</li></ul></body></html>"))
        #expect(text.split(separator: "<li>").count == 2_001)
    }
}
