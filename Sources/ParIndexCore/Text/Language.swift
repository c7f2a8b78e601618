/// The languages ParIndex speaks: Vietnamese first, English second.
public enum Language: String, Sendable, CaseIterable {
    case vi
    case en

    /// The decimal separator users of this language write: "12,5" in Vietnamese, "12.5" in English.
    public var decimalSeparator: Character {
        switch self {
        case .vi: ","
        case .en: "."
        }
    }
}
