/// Counts inflated bytes against the limits: for the whole read, and for the part being inflated.
struct InflateBudget {
    struct Part {
        var compressedSize: Int
        var inflated = 0
    }

    /// Below this many bytes a part is never judged by its ratio: a few hundred bytes of XML
    /// compress by any ratio without harm, and the ratio is meant to catch a bomb early.
    static let ratioFloor = 64 * 1024

    let limits: SpreadsheetReader.Limits
    private(set) var total = 0

    init(limits: SpreadsheetReader.Limits) {
        self.limits = limits
    }

    func startPart(compressedSize: Int) -> Part {
        Part(compressedSize: compressedSize)
    }

    mutating func count(_ bytes: Int, in part: inout Part) throws(SpreadsheetError) {
        total += bytes
        part.inflated += bytes
        guard total <= limits.maxUncompressedBytes, part.inflated <= limits.maxPartBytes else { throw .bomb }
        let (allowed, overflow) = part.compressedSize.multipliedReportingOverflow(by: max(limits.maxCompressionRatio, 1))
        guard overflow || part.inflated <= max(allowed, Self.ratioFloor) else { throw .bomb }
    }
}
