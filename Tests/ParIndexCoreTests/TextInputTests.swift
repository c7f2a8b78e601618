import Testing
import ParIndexCore

@Suite("Text input rules")
struct TextInputTests {
    @Test func plainTextIsTrimmedAndKept() throws {
        #expect(try TextInput.clean("  UBND huyện Chi Lăng \n", as: .line) == "UBND huyện Chi Lăng")
        #expect(try TextInput.clean("chi-lang_2.0", as: .code) == "chi-lang_2.0")
        #expect(try TextInput.clean("Dòng 1\n\tDòng 2\r\n", as: .paragraph) == "Dòng 1\n\tDòng 2")
        #expect(try TextInput.clean("   ", as: .line) == "")
    }

    @Test func controlAndDirectionCharactersAreRefusedByScalar() {
        let refused: [(String, TextInput.Kind, Unicode.Scalar)] = [
            ("a\u{0}b", .line, "\u{0}"), ("a\u{0}b", .paragraph, "\u{0}"),
            ("tên\nhai dòng", .line, "\n"), ("tab\there", .line, "\t"),
            ("a\u{7F}", .paragraph, "\u{7F}"), ("a\u{85}b", .paragraph, "\u{85}"),
            ("evil\u{202E}fdp.exe", .line, "\u{202E}"), ("x\u{2066}y", .paragraph, "\u{2066}"),
            ("a\u{1B}[31m", .paragraph, "\u{1B}"),
        ]
        for (text, kind, scalar) in refused {
            #expect(throws: TextProblem.forbiddenCharacter(scalar), "\(kind) \(text.debugDescription)") { try TextInput.clean(text, as: kind) }
        }
    }

    @Test func codesHaveADocumentedCharacterSetAndLength() throws {
        for bad in ["chi lăng", "-dash-first", "a/b", "..", "mã", "a\u{0}"] {
            #expect(throws: TextProblem.self, "\(bad.debugDescription)") { try TextInput.clean(bad, as: .code) }
        }
        #expect(throws: TextProblem.tooLong(64)) { try TextInput.clean(String(repeating: "a", count: 65), as: .code) }
        #expect(throws: TextProblem.tooLong(500)) { try TextInput.clean(String(repeating: "ă", count: 501), as: .line) }
        // Unicode scalars, not letters as shown: a decomposed "ă" is two.
        #expect(throws: TextProblem.tooLong(500)) { try TextInput.clean(String(repeating: "a\u{0306}", count: 251), as: .line) }
        #expect(try TextInput.clean(String(repeating: "a\u{0306}", count: 250), as: .line).unicodeScalars.count == 500)
    }

    @Test func messagesNameTheFieldAndTheCharacter() {
        let message = TextProblem.forbiddenCharacter("\u{0}").message(label: LocalizedText(vi: "Tên nhóm", en: "The group name"))
        #expect(message.vi == "Tên nhóm chứa ký tự không được phép (U+0000): ký tự điều khiển hoặc ký tự đổi hướng văn bản.")
        #expect(message.en.hasPrefix("The group name holds a character that is not allowed (U+0000)"))
        #expect(TextProblem.forbiddenCharacter("\u{202E}").message(label: LocalizedText(vi: "X", en: "X")).vi.contains("U+202E"))
    }
}
