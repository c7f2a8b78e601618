/// The fixed set of looks a cell can have. Each case is one entry of the one styles.xml every
/// workbook carries, so a style is an index rather than a description to deduplicate.
public enum CellStyle: Int, CaseIterable, Sendable {
    case plain
    /// Large bold text for a sheet's title row.
    case title
    /// Bold, shaded, bordered, wrapped and centred: a table's column headings.
    case header
    case bold
    /// Wrapped text aligned to the top, for long criterion names and notes.
    case wrapped
    /// "0"
    case integer
    /// "0.0"
    case number1
    /// "0.00"
    case number2
    /// "0.00%": the value is a fraction, so 64.06 % is `.number(units: 6406, decimals: 4)`.
    case percent
    /// Thin borders on every side, wrapped text aligned to the top: a printed table's body.
    case bordered
    case borderedBold
    /// Bordered and centred, for codes and ordinal numbers.
    case borderedCentred
    case borderedInteger
    case borderedNumber1
    case borderedNumber2
    case borderedBoldNumber2

    /// The cell format (`s` attribute) in styles.xml.
    var formatIndex: Int { rawValue }
}
