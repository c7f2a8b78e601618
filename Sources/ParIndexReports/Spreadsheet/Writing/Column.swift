/// The width of one column and whether it is shown.
public struct Column: Sendable, Equatable {
    /// Width in tenths of Excel's character unit (the width of "0" in the default font), so that
    /// 12.5 is written exactly as 125.
    public var widthTenths: Int
    public var hidden: Bool

    /// A width in whole characters.
    public init(width: Int, hidden: Bool = false) {
        self.init(widthTenths: width * 10, hidden: hidden)
    }

    public init(widthTenths: Int, hidden: Bool = false) {
        self.widthTenths = widthTenths
        self.hidden = hidden
    }
}
