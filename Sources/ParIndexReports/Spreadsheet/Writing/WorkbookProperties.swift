/// What Excel shows under File › Info (docProps/core.xml and docProps/app.xml).
public struct WorkbookProperties: Sendable {
    public var title: String
    public var subject: String
    public var creator: String
    public var keywords: String
    public var description: String
    /// "YYYY-MM-DDThh:mm:ssZ", given by the caller so that the same report gives the same file;
    /// nil leaves the date out.
    public var created: String?
    public var company: String
    public var application: String

    public init(
        title: String = "",
        subject: String = "",
        creator: String = "",
        keywords: String = "",
        description: String = "",
        created: String? = nil,
        company: String = "",
        application: String = "ParIndex"
    ) {
        self.title = title
        self.subject = subject
        self.creator = creator
        self.keywords = keywords
        self.description = description
        self.created = created
        self.company = company
        self.application = application
    }

    /// Whether `created` has the one shape Office reads: a malformed date makes Excel repair the file.
    var hasValidCreated: Bool {
        guard let created else { return true }
        let pattern = Array("dddd-dd-ddTdd:dd:ddZ".utf8)
        let bytes = Array(created.utf8)
        guard bytes.count == pattern.count else { return false }
        return zip(bytes, pattern).allSatisfy { byte, expected in
            expected == UInt8(ascii: "d") ? (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) : byte == expected
        }
    }
}
