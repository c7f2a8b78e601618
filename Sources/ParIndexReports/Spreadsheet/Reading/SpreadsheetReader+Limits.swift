extension SpreadsheetReader {
    /// Bounds on the work and memory one read may take. An .xlsx is a ZIP archive, so a small
    /// upload can inflate to gigabytes: every bound is checked while inflating or parsing, never
    /// taken from what the archive declares about itself.
    public struct Limits: Sendable, Equatable {
        /// The uploaded file itself.
        public var maxFileBytes: Int
        /// All parts read, inflated, added up.
        public var maxUncompressedBytes: Int
        /// One part, inflated.
        public var maxPartBytes: Int
        /// Inflated bytes per compressed byte of one part; Excel's own parts stay far below 200.
        public var maxCompressionRatio: Int
        /// Cells holding a value or a formula, in all sheets together.
        public var maxCells: Int
        /// The highest row number a filled cell may have.
        public var maxRows: Int

        public init(maxFileBytes: Int = 10 * 1024 * 1024, maxUncompressedBytes: Int = 50 * 1024 * 1024,
                    maxPartBytes: Int = 20 * 1024 * 1024, maxCompressionRatio: Int = 200,
                    maxCells: Int = 200_000, maxRows: Int = 20_000) {
            self.maxFileBytes = maxFileBytes
            self.maxUncompressedBytes = maxUncompressedBytes
            self.maxPartBytes = maxPartBytes
            self.maxCompressionRatio = maxCompressionRatio
            self.maxCells = maxCells
            self.maxRows = maxRows
        }
    }
}
