/// A drop-down of allowed values on a range of cells (data validation of type "list").
public struct ListValidation: Sendable, Equatable {
    public var range: CellRange
    public var values: [String]
    /// Whether an empty cell is accepted.
    public var allowBlank: Bool
    /// Shown when a typed value is not in the list; nil for Excel's own message.
    public var errorMessage: String?

    public init(range: CellRange, values: [String], allowBlank: Bool = true, errorMessage: String? = nil) {
        self.range = range
        self.values = values
        self.allowBlank = allowBlank
        self.errorMessage = errorMessage
    }
}
