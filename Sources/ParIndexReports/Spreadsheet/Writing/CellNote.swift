/// A note (a "comment" in the file format) attached to one cell.
public struct CellNote: Sendable, Equatable {
    public var cell: CellReference
    public var text: String
    public var author: String

    public init(cell: CellReference, text: String, author: String) {
        self.cell = cell
        self.text = text
        self.author = author
    }
}
