/// xl/sharedStrings.xml: the strings that `t="s"` cells point at by index. A rich-text string is
/// the concatenation of its runs' `<t>`; phonetic guides (`<rPh>`) are not part of the text.
enum SharedStringsReader {
    static func strings(_ bytes: [UInt8], part: String) throws(SpreadsheetError) -> [String] {
        var scanner = try XMLScanner(part: part, bytes: bytes)
        var strings: [String] = []
        var text: [UInt8] = []
        var inItem = false
        var phoneticDepth = 0
        var collecting = false
        while let event = try scanner.next() {
            switch event {
            case let .start(name):
                if scanner.isNamed(name, "si") {
                    (inItem, collecting, phoneticDepth) = (true, false, 0)
                    text.removeAll(keepingCapacity: true)
                } else if scanner.isNamed(name, "rPh") {
                    phoneticDepth += 1
                } else if inItem, phoneticDepth == 0, scanner.isNamed(name, "t") {
                    collecting = true
                }
            case let .end(name):
                if scanner.isNamed(name, "si") {
                    strings.append(ExcelText.string(text))
                    inItem = false
                } else if scanner.isNamed(name, "rPh") {
                    phoneticDepth -= 1
                } else if scanner.isNamed(name, "t") {
                    collecting = false
                }
            case .text, .cdata:
                if collecting { try scanner.append(event, to: &text) }
            }
        }
        return strings
    }
}
