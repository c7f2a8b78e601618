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
