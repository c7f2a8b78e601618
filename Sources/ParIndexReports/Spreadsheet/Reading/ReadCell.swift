/// One cell that holds something: a value, a formula, or both.
public struct ReadCell: Sendable, Equatable {
    /// The value saved with the file; for a formula, the result Excel computed when it last saved
    /// (`.empty` when the writer saved no result, as generators that never calculate do).
    public var value: ReadValue
    /// The text of `<f>` without the leading "=", when the cell has a formula. Cells that share a
    /// formula written once elsewhere (`<f t="shared" si="0"/>`) have "" here.
    public var formula: String?

    public init(value: ReadValue, formula: String? = nil) {
        self.value = value
        self.formula = formula
    }
}
