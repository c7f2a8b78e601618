import Foundation

/// How a sheet prints: always on A4, the paper of Vietnamese administration.
public struct PageSetup: Sendable, Equatable {
    public enum Orientation: String, Sendable { case portrait, landscape }

    public var orientation: Orientation
    /// Shrink the columns to the width of one page; the rows run on over as many pages as needed.
    public var fitToWidth: Bool
    /// Excel's header/footer codes: "&L", "&C", "&R" start the left, centre and right parts,
    /// "&P" is the page number and "&N" the page count. Pass free text through `literal(_:)`.
    public var header: String?
    public var footer: String?

    public init(
        orientation: Orientation = .portrait,
        fitToWidth: Bool = true,
        header: String? = nil,
        footer: String? = "&CTrang &P / &N"
    ) {
        self.orientation = orientation
        self.fitToWidth = fitToWidth
        self.header = header
        self.footer = footer
    }

    /// `text` with its ampersands doubled, so that a unit's name such as "A & B" is not read as codes.
    public static func literal(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&&")
    }
}
