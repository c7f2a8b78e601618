import Fluent
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
    /// cost three times as much), written back through Fluent's driver when it changed.
    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        guard let sql = request.db as? any SQLDatabase else { return stored.readSession(sessionID, for: request).map { remember($0) } }
        // Fixed text: nothing to build or escape per request.
        let query = sql.raw("SELECT \"data\" FROM \"\(unsafeRaw: SessionRecord.schema)\" WHERE \"key\" = \(bind: sessionID.string)")
        return query.first().flatMapThrowing { row in remember(try row?.decode(column: "data", as: SessionData.self)) }

        func remember(_ data: SessionData?) -> SessionData? {
            if let data { request.storage[ReadSessionKey.self] = ReadSession(id: sessionID, data: data) }
            return data
        }
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
