public import Foundation
import ParIndexData

/// Everything the server reads from its environment and command line, read once at start-up.
public struct AppSettings: Sendable {
    public enum Database: Sendable, Equatable {
        case sqliteFile(String)
        case sqliteInMemory
        case postgres(url: String)
    }

    /// Where the SQLite database and the evidence store live.
    public var dataDirectory: URL
    public var database: Database
    /// The largest evidence file accepted, in bytes.
    public var maxUploadBytes: Int
    /// Marks the session cookie `Secure`; set when the server sits behind TLS.
    public var secureCookies: Bool
    /// Login attempts allowed per account and address within `loginWindow` before a pause.
    public var loginAttemptLimit: Int
    public var loginWindow: TimeInterval
    /// How long a login lasts, whatever the browser does with its cookie.
    public var sessionLifetime: TimeInterval = 8 * 3600
    /// The address the public reaches the site at ("https://parindex.langson.gov.vn"), printed on
    /// survey posters and drawn in their QR codes; without it, the address a request came to.
    public var publicURL: String?
    /// Submissions per address and minute a survey takes as they come, and the most it takes.
    public var surveyBurstFrom = 3
    public var surveyMostPerMinute = 20
    /// "Today" for deadline checks; tests and demos pin it.
    public var clock: @Sendable () -> Date

    public init(dataDirectory: URL, database: Database, maxUploadBytes: Int = 20 * 1024 * 1024, secureCookies: Bool = false,
                loginAttemptLimit: Int = 5, loginWindow: TimeInterval = 15 * 60, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.dataDirectory = dataDirectory
        self.database = database
        self.maxUploadBytes = maxUploadBytes
        self.secureCookies = secureCookies
        self.loginAttemptLimit = loginAttemptLimit
        self.loginWindow = loginWindow
        self.clock = clock
    }

    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads `DATABASE_URL`, `PARINDEX_MAX_UPLOAD_MB`, `PARINDEX_SECURE_COOKIES`, `PARINDEX_PUBLIC_URL`,
    /// `PARINDEX_SURVEY_BURST` and `PARINDEX_SURVEY_LIMIT`; fails with a
    /// message naming the variable that is wrong.
    public static func fromEnvironment(_ environment: [String: String], dataDirectory: URL) throws(Problem) -> AppSettings {
        let database: Database
        switch environment["DATABASE_URL"] {
        case nil, "":
            database = .sqliteFile(dataDirectory.appendingPathComponent("parindex.sqlite").path)
        case let url? where url.hasPrefix("postgres://") || url.hasPrefix("postgresql://"):
            database = .postgres(url: url)
        case let url? where url.hasPrefix("sqlite://"):
            database = .sqliteFile(String(url.dropFirst("sqlite://".count)))
        case let url?:
            let scheme = url.split(separator: ":").first.map(String.init) ?? url
            throw Problem(description: "DATABASE_URL: unsupported scheme “\(scheme)”; use postgres://… or sqlite://PATH (or leave it unset for SQLite in the data folder)")
        }
        var settings = AppSettings(dataDirectory: dataDirectory, database: database)
        if let text = environment["PARINDEX_MAX_UPLOAD_MB"] {
            guard let megabytes = Int(text), megabytes > 0, megabytes <= 4096 else {
                throw Problem(description: "PARINDEX_MAX_UPLOAD_MB: expected a whole number of megabytes between 1 and 4096, got “\(text)”")
            }
            settings.maxUploadBytes = megabytes * 1024 * 1024
        }
        if let text = environment["PARINDEX_SECURE_COOKIES"] {
            guard let flag = ["1": true, "true": true, "0": false, "false": false][text.lowercased()] else {
                throw Problem(description: "PARINDEX_SECURE_COOKIES: expected 1/true or 0/false, got “\(text)”")
            }
            settings.secureCookies = flag
        }
        for (name, keyPath) in [("PARINDEX_SURVEY_BURST", \AppSettings.surveyBurstFrom), ("PARINDEX_SURVEY_LIMIT", \AppSettings.surveyMostPerMinute)] {
            guard let text = environment[name] else { continue }
            guard let number = Int(text), number >= 1, number <= 1_000_000 else {
                throw Problem(description: "\(name): expected a whole number of submissions per address and minute between 1 and 1000000, got “\(text)”")
            }
            settings[keyPath: keyPath] = number
        }
        if let text = environment["PARINDEX_PUBLIC_URL"], !text.isEmpty {
            let trimmed = text.hasSuffix("/") ? String(text.dropLast()) : text
            guard let url = URL(string: trimmed), ["http", "https"].contains(url.scheme ?? ""), url.host != nil, url.query == nil else {
                throw Problem(description: "PARINDEX_PUBLIC_URL: expected an address such as https://parindex.example.vn, got “\(text)”")
            }
            settings.publicURL = trimmed
        }
        return settings
    }

    var evidenceDirectory: URL { dataDirectory.appendingPathComponent("evidence", isDirectory: true) }

    var surveyLimits: SurveySubmissions.Limits { SurveySubmissions.Limits(burstFrom: surveyBurstFrom, mostPerMinute: surveyMostPerMinute) }
}
