import Testing
import ParIndexCore
@testable import ParIndexReports

@Suite("JSON writer")
struct JSONValueTests {
    @Test func escapesQuotesBackslashesAndControlCharacters() {
        let value = JSONValue.string("a\"b\\c\nd\u{01}é")
        #expect(value.rendered() == "\"a\\\"b\\\\c\\nd\\u0001é\"")
    }

    @Test func writesPointsExactlyWithADecimalPoint() {
        #expect(JSONValue.number(Points(hundredths: 486)).rendered() == "4.86")
        #expect(JSONValue.number(Points(hundredths: 1_250)).rendered() == "12.5")
        #expect(JSONValue.number(Points(hundredths: -25)).rendered() == "-0.25")
    }

    @Test func nestsObjectsAndArraysWithIndentation() {
        let value = JSONValue.object([("a", .array([.number(1), .null])), ("b", .object([])), ("c", .bool(true))])
        #expect(value.rendered() == "{\n  \"a\": [\n    1,\n    null\n  ],\n  \"b\": {},\n  \"c\": true\n}")
    }
}
