/// How each `CellStyle` is put together from the fonts, fills, borders and number formats that
/// `StylesXML` declares, by their position there.
extension CellStyle {
    enum Font: Int { case regular, bold, title }
    enum Fill: Int { case none, gray125, header }
    enum Border: Int { case none, thin }
    /// Body cells of a bordered table are top-aligned so that a row with wrapped text still reads
    /// across from its first line.
    enum Alignment { case none, top, wrapTop, centredTop, centredWrap }

    /// Built-in number formats need no declaration; 164 is the first id a file may define.
    enum NumberFormat: Int {
        case general = 0
        case integer = 1
        case twoDecimals = 2
        case percentTwoDecimals = 10
        case oneDecimal = 164
    }

    struct Format {
        var font: Font = .regular
        var fill: Fill = .none
        var border: Border = .none
        var numberFormat: NumberFormat = .general
        var alignment: Alignment = .none
    }

    var format: Format {
        switch self {
        case .plain: Format()
        case .title: Format(font: .title)
        case .header: Format(font: .bold, fill: .header, border: .thin, alignment: .centredWrap)
        case .bold: Format(font: .bold)
        case .wrapped: Format(alignment: .wrapTop)
        case .integer: Format(numberFormat: .integer)
        case .number1: Format(numberFormat: .oneDecimal)
        case .number2: Format(numberFormat: .twoDecimals)
        case .percent: Format(numberFormat: .percentTwoDecimals)
        case .bordered: Format(border: .thin, alignment: .wrapTop)
        case .borderedBold: Format(font: .bold, border: .thin, alignment: .wrapTop)
        case .borderedCentred: Format(border: .thin, alignment: .centredTop)
        case .borderedInteger: Format(border: .thin, numberFormat: .integer, alignment: .top)
        case .borderedNumber1: Format(border: .thin, numberFormat: .oneDecimal, alignment: .top)
        case .borderedNumber2: Format(border: .thin, numberFormat: .twoDecimals, alignment: .top)
        case .borderedBoldNumber2: Format(font: .bold, border: .thin, numberFormat: .twoDecimals, alignment: .top)
        }
    }
}
