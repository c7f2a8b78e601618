import Fluent
import ParIndexData
import SQLKit
import Vapor

/// The session store, writing only what changed. Vapor's sessions middleware saves every session
/// a request touched, so every page view would write to the database (and, on SQLite, wait for
/// the disk and hold the write lock). This driver remembers what it read for the request and
/// skips a save that would write the same data back, and never stores an empty new session:
/// a visitor who has nothing in a session yet costs no row.
struct UnchangedSessionDriver: SessionDriver {
    let stored: any SessionDriver

    /// Read with one plain SQL query (every request with a cookie pays it; Fluent's query path
    /// cost three times as much), together with the account the session names, so that
    /// `CurrentUserMiddleware` needs no second round trip, and the data revision, so that a page
    /// kept in memory (`RenderedPageCache`) costs this one query. Written back through Fluent's
    /// driver when it changed.
    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        guard let sql = request.db as? any SQLDatabase else { return stored.readSession(sessionID, for: request).map { remember($0, nil) } }
        let sqlite = sql.dialect.name == "sqlite"
        let query = sql.raw("\(unsafeRaw: sqlite ? Self.sqliteStatement : Self.postgresStatement)\(bind: sessionID.string)")
        return query.first().flatMapThrowing { row in
            guard let row else { return nil }
            request.storage[SessionRevisionKey.self] = try DataRevision.read(from: row, sqlite: sqlite)
            return remember(try row.decode(column: "data", as: SessionData.self), try User.signedIn(from: row, prefix: "u_"))
        }

        func remember(_ data: SessionData?, _ user: User?) -> SessionData? {
            if let data { request.storage[ReadSessionKey.self] = ReadSession(id: sessionID, data: data) }
            request.storage[SessionAccountKey.self] = user
            return data
        }
    }

    /// Fixed text, made once: nothing to build or escape per request.
    private static let sqliteStatement = statement(sqlite: true)
    private static let postgresStatement = statement(sqlite: false)

    /// The session stores the account's id as text; on PostgreSQL it is cast only when it has
    /// the form of a UUID, so a tampered value finds no account rather than failing the query.
    /// Where the join finds no account (an id stored otherwise), `CurrentUserMiddleware` reads it.
    private static func statement(sqlite: Bool) -> String {
        let account = sqlite
            ? #"json_extract("s"."data", '$.user')"#
            : #"CASE WHEN ("s"."data"->>'user') ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN ("s"."data"->>'user')::uuid END"#
        return """
            SELECT "s"."data", \(User.signedInColumns(of: "u", prefix: "u_")), \(DataRevision.column(sqlite: sqlite)) FROM "\(SessionRecord.schema)" AS "s" \
            LEFT JOIN "users" AS "u" ON "u"."id" = \(account) WHERE "s"."key" = 
            """
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        if let read = request.storage[ReadSessionKey.self], read.id == sessionID, read.data == data {
            return request.eventLoop.makeSucceededFuture(sessionID)
        }
        return stored.updateSession(sessionID, to: data, for: request).map { id in
            request.storage[ReadSessionKey.self] = ReadSession(id: id, data: data)
            return id
        }
    }

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        guard !data.snapshot.isEmpty else {
            // Nothing to keep: the cookie names no row, and reading it later finds an empty session.
            return request.eventLoop.makeSucceededFuture(SessionID(string: RandomToken.make()))
        }
        return stored.createSession(data, for: request).map { id in
            request.storage[ReadSessionKey.self] = ReadSession(id: id, data: data)
            return id
        }
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        request.storage[ReadSessionKey.self] = nil
        return stored.deleteSession(sessionID, for: request)
    }
}

private struct ReadSession: Sendable {
    var id: SessionID
    var data: SessionData
}

private struct ReadSessionKey: StorageKey {
    typealias Value = ReadSession
}

/// The data revision read with the session: read before anything the request shows.
struct SessionRevisionKey: StorageKey {
    typealias Value = String
}

/// The account read with the session, for `CurrentUserMiddleware`.
struct SessionAccountKey: StorageKey {
    typealias Value = User
}
