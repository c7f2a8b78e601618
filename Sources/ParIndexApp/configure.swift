import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
public import Vapor
import ParIndexData

/// Sets up an application: database, migrations, sessions, middleware, routes. Used by `serve`,
/// `migrate`, the operator commands and every test, so they all run the same app.
public func configure(_ app: Application, settings: AppSettings) async throws {
    app.storage[SettingsKey.self] = settings
    // Made before any request: made on first use, two concurrent first logins could each make one.
    app.storage[CriteriaSetCacheKey.self] = CriteriaSetCache()
    app.storage[PublicResultsCacheKey.self] = PublicResultsCache()
    app.storage[RenderedPageCacheKey.self] = RenderedPageCache()
    app.storage[VisitorCounterKey.self] = VisitorCounter()
    app.storage[LoginThrottleKey.self] = LoginThrottle()
    app.storage[CookieSignerKey.self] = CookieSigner()
    try FileManager.default.createDirectory(at: settings.evidenceDirectory, withIntermediateDirectories: true)

    switch settings.database {
    case let .sqliteFile(path):
        app.databases.use(.sqlite(.file(path), sqlLogLevel: .debug), as: .sqlite)
    case .sqliteInMemory:
        app.databases.use(.sqlite(.memory, sqlLogLevel: .debug), as: .sqlite)
    case let .postgres(url):
        try app.databases.use(.postgres(url: url, sqlLogLevel: .debug), as: .psql)
    }

    // Migration 001 – the schema of the first web release
    app.migrations.add(CreateUnits())
    app.migrations.add(CreateUsers())
    app.migrations.add(CreatePeriods())
    app.migrations.add(CreateAssessments())
    app.migrations.add(CreateEvidence())
    app.migrations.add(CreateAuditLog())
    app.migrations.add(SessionRecord.migration)
    // Migration 002 – the audit log refuses updates and deletes in the database too
    app.migrations.add(ProtectAuditLog())
    // Migration 003 – the sessions table indexed by key (every signed-in request looks it up)
    app.migrations.add(IndexSessionKeys())
    // Migration 004 – units scored but kept out of the ranking by decision
    app.migrations.add(AddRankingExclusion())
    // Migration 005 – the steering committee's notes per field (causes, agreed actions)
    app.migrations.add(CreateCommitteeNotes())
    // Migration 006 – the public results portal: publication of a period, visitors per day
    app.migrations.add(AddPublication())
    // Migration 007 – the signed score sheet attached at submission
    app.migrations.add(AddSignedSheet())
    // Migration 008 – a data revision that moves with every write, so rendered pages can be kept
    app.migrations.add(WatchDataRevision())
    // Migration 009 – surveys: questionnaires, campaigns and their links, answers, running counts
    app.migrations.add(CreateSurveys())

    app.sessions.use(.fluent)
    let storedSessions = app.sessions.driver
    app.sessions.use { _ in UnchangedSessionDriver(stored: storedSessions) }
    app.sessions.configuration = SessionsConfiguration(
        cookieName: "parindex-session",
        cookieFactory: { sessionID in
            // Vapor's default cookie is neither HttpOnly nor SameSite (ARCHITECTURE.md, security).
            // Max-Age rather than Expires: the same eight hours from each answer, without
            // formatting a date (Vapor makes a date formatter for it on every response).
            HTTPCookies.Value(string: sessionID.string, expires: nil, maxAge: 8 * 3600,
                              domain: nil, path: "/", isSecure: settings.secureCookies, isHTTPOnly: true, sameSite: .lax)
        })

    app.passwords.use(.bcrypt)
    app.routes.defaultMaxBodySize = "1mb"
    // Order matters: the error page wraps everything after it and renders without a session, so
    // a request refused before the sessions middleware (or by it) still gets an answer. No file
    // middleware: the app's assets are routes, and nothing on disk is served by URL.
    // The notice and visitor cookies go on every response, error pages included. All of it runs
    // as one middleware, in one task (see `SiteMiddleware`).
    app.middleware = Middlewares()
    app.middleware.use(SiteMiddleware(steps: [SecurityHeadersMiddleware(), LaterCookiesMiddleware(), ErrorPageMiddleware()],
                                      sessions: app.sessions.middleware))

    try routes(app)
    app.storage[AllowedMethods.Key.self] = AllowedMethods(app.routes.all)
}

extension Application {
    /// The database set up for serving requests (on SQLite: WAL, flushed commits, a busy timeout;
    /// see `SQLiteServerSetup`). Not part of `configure`: it opens the database, which `restore`
    /// must find absent.
    func prepareDatabaseForServing() async throws {
        switch settings.database {
        case .sqliteFile, .sqliteInMemory:
            try await SQLiteServerSetup.apply(to: databases, id: .sqlite, logger: logger)
        case .postgres:
            break
        }
    }
}

struct SettingsKey: StorageKey {
    typealias Value = AppSettings
}

extension Application {
    var settings: AppSettings { configured(SettingsKey.self) }

    /// What `configure` stored before the app took any request; reading it earlier is a bug in
    /// start-up code, never something a request can cause.
    func configured<Key: StorageKey>(_ key: Key.Type) -> Key.Value {
        guard let value = storage[key] else { fatalError("configure(_:settings:) was not called") }
        return value
    }
}

extension Request {
    var settings: AppSettings { application.settings }
}
