/// A sentence in both of ParIndex's languages.
///
/// Core messages (validation problems, rule explanations) are written in both languages where
/// they are made, so no caller can show a user an untranslated message.
public struct LocalizedText: Hashable, Sendable, CustomStringConvertible {
    public var vi: String
    public var en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// Text that is the same in both languages (a code, a number, a proper name).
    public init(_ both: String) {
        self.init(vi: both, en: both)
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .vi: vi
        case .en: en
        }
    }

    public var description: String { vi }
}
