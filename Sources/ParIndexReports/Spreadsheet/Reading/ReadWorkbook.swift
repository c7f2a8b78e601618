/// The worksheets of an uploaded workbook, in the order of its tabs.
public struct ReadWorkbook: Sendable {
    /// Worksheets only, hidden ones included: chart sheets and dialog sheets hold no cells and
    /// are left out.
    public var sheets: [ReadSheet]

    public init(sheets: [ReadSheet]) {
        self.sheets = sheets
    }

    public var sheetNames: [String] { sheets.map(\.name) }

    /// The sheet with this name. Excel refuses two names that differ only in case, so a name
    /// typed in another case still finds the one sheet it can mean.
    public func sheet(named name: String) -> ReadSheet? {
        if let exact = sheets.first(where: { $0.name == name }) { return exact }
        let folded = name.lowercased()
        return sheets.first { $0.name.lowercased() == folded }
    }
}
