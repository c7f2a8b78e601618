import Foundation
import NIOConcurrencyHelpers
import NIOCore
import ParIndexCore
import ParIndexData
import Vapor

/// Signed-in pages kept as rendered bytes while nothing they show can have changed, so a page
/// read again and again (an appraiser's queue of assessments, a steering committee reloading the
/// draft during a meeting) costs three small queries instead of loading and rendering ~100 KB.
///
/// A page is kept per reader — user, session token, address, language and display — together with
/// the data revision it was rendered under and the day (deadlines are counted in days). It is
/// served again only when the revision read *before* anything else is still the same, so any
/// change committed by anyone since then misses (see `DataRevision`). Pages carrying a one-time
/// notice or a form sent back are never kept. At most `byteBudget` bytes are held, the least
/// recently read dropped first.
final class RenderedPageCache: Sendable {
    struct Reader: Hashable, Sendable {
        var userID: UUID
        var csrfToken: String
        var path: String
        var language: Language
        var display: DisplayPreferences
    }

    struct Validity: Equatable, Sendable {
        var revision: String
        var day: CalendarDate
    }

    private struct Held {
        var validity: Validity
        var headers: HTTPHeaders
        var body: ByteBuffer
        var lastRead: UInt64
    }

    private struct State {
        var held: [Reader: Held] = [:]
        var bytes = 0
        var reads: UInt64 = 0
        var hits = 0
        var misses = 0
        var enabled = true
    }

    private let state = NIOLockedValueBox(State())
    let byteBudget: Int

    init(byteBudget: Int = 64 * 1024 * 1024) {
        self.byteBudget = byteBudget
    }

    /// The page kept for `reader` under `validity`, as a new response sharing the kept bytes.
    func page(for reader: Reader, validity: Validity) -> Response? {
        state.withLockedValue { state in
            state.reads += 1
            guard state.enabled, var held = state.held[reader], held.validity == validity else {
                state.misses += 1
                return nil
            }
            state.hits += 1
            held.lastRead = state.reads
            state.held[reader] = held
            return Response(status: .ok, headers: held.headers, body: .init(buffer: held.body))
        }
    }

    /// Keeps a page just rendered (a 200 with a byte body) for `reader`.
    func keep(_ response: Response, for reader: Reader, validity: Validity) {
        guard response.status == .ok, let body = response.body.buffer, body.readableBytes <= byteBudget / 4 else { return }
        state.withLockedValue { state in
            guard state.enabled else { return }
            state.reads += 1
            if let old = state.held[reader] { state.bytes -= old.body.readableBytes }
            state.held[reader] = Held(validity: validity, headers: response.headers, body: body, lastRead: state.reads)
            state.bytes += body.readableBytes
            while state.bytes > byteBudget, let oldest = state.held.min(by: { $0.value.lastRead < $1.value.lastRead }) {
                state.bytes -= oldest.value.body.readableBytes
                state.held[oldest.key] = nil
            }
        }
    }

    /// Off, every page is rendered (the benchmark measures both ways); turning it off drops
    /// what is held.
    var isEnabled: Bool {
        get { state.withLockedValue { $0.enabled } }
        set {
            state.withLockedValue { state in
                state.enabled = newValue
                if !newValue { state.held = [:]; state.bytes = 0 }
            }
        }
    }

    /// Pages served from memory and pages rendered, since the start (for the benchmark).
    var counts: (hits: Int, misses: Int, bytes: Int) {
        state.withLockedValue { ($0.hits, $0.misses, $0.bytes) }
    }
}

struct RenderedPageCacheKey: StorageKey {
    typealias Value = RenderedPageCache
}

extension Application {
    /// Made once in `configure`, before the server takes requests.
    var renderedPages: RenderedPageCache { configured(RenderedPageCacheKey.self) }
}

extension Request {
    /// This signed-in page, from memory when nothing it shows has changed since it was rendered
    /// for the same reader; otherwise `render()`, kept for next time. Only for GET pages whose
    /// bytes depend on nothing but the database, the reader and the day.
    func keptPage(render: () async throws -> Response) async throws -> Response {
        guard let user = auth.get(User.self), let userID = user.id,
              cookies[Request.flashCookie] == nil, PendingForm.peek(self) == nil else {
            return try await render()
        }
        // Read before anything the page shows: with the session, or now.
        let revision = if let read = storage[SessionRevisionKey.self] { read } else { try await DataRevision.current(on: db) }
        let validity = RenderedPageCache.Validity(revision: revision, day: today)
        let reader = RenderedPageCache.Reader(userID: userID, csrfToken: csrfToken, path: url.string, language: language,
                                              display: displayPreferences)
        let cache = application.renderedPages
        if let kept = cache.page(for: reader, validity: validity) { return kept }
        let response = try await render()
        cache.keep(response, for: reader, validity: validity)
        return response
    }
}
