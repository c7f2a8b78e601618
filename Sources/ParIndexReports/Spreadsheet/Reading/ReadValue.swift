/// The value a cell held when the file was saved, as the file wrote it.
///
/// Numbers stay text: scores are exact hundredths in ParIndex, and going through `Double` here
/// would turn "4.86" into 4.8599999…; the importer parses them with the project's decimal rules.
public enum ReadValue: Sendable, Equatable {
    case empty
    case text(String)
    /// The literal text of `<v>`, e.g. "12.5" or "1E-3".
    case number(String)
    case boolean(Bool)
    /// An Excel error value such as "#DIV/0!" or "#N/A".
    case error(String)
}
