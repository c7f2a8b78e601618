import Vapor

/// Routes behind a list of middleware that run as plain calls inside the handler's own task.
/// Vapor's `grouped(_:)` runs every `AsyncMiddleware` in a task of its own and waits for the
/// next one through a future: a page behind five of them crossed threads a dozen times before
/// its handler ran, which cost more than its database reads. Here the whole chain is one task.
struct RouteGroup {
    let builder: any RoutesBuilder
    let middleware: [any AsyncMiddleware]

    init(_ builder: any RoutesBuilder, _ middleware: [any AsyncMiddleware] = []) {
        self.builder = builder
        self.middleware = middleware
    }

    func grouped(_ more: any AsyncMiddleware...) -> RouteGroup {
        RouteGroup(builder, middleware + more)
    }

    @discardableResult
    func on<Answer: AsyncResponseEncodable>(_ method: HTTPMethod, _ path: [PathComponent], body: HTTPBodyStreamStrategy = .collect,
                                            use handler: @escaping @Sendable (Request) async throws -> Answer) -> Route {
        let chain = MiddlewareChain.compose(middleware) { request in try await handler(request).encodeResponse(for: request) }
        if case .stream = body {
            // Uploads write and inspect files with blocking calls: not on the event loop.
            return builder.on(method, path, body: body) { request async throws -> Response in try await chain(request) }
        }
        return builder.on(method, path, body: body) { request -> EventLoopFuture<Response> in
            request.eventLoop.runTask { try await chain(request) }
        }
    }

    @discardableResult
    func get<Answer: AsyncResponseEncodable>(_ path: [PathComponent], use handler: @escaping @Sendable (Request) async throws -> Answer) -> Route {
        on(.GET, path, use: handler)
    }

    @discardableResult
    func post<Answer: AsyncResponseEncodable>(_ path: [PathComponent], use handler: @escaping @Sendable (Request) async throws -> Answer) -> Route {
        on(.POST, path, use: handler)
    }

    @discardableResult
    func put<Answer: AsyncResponseEncodable>(_ path: [PathComponent], use handler: @escaping @Sendable (Request) async throws -> Answer) -> Route {
        on(.PUT, path, use: handler)
    }

    @discardableResult
    func delete<Answer: AsyncResponseEncodable>(_ path: [PathComponent], use handler: @escaping @Sendable (Request) async throws -> Answer) -> Route {
        on(.DELETE, path, use: handler)
    }
}

/// Middleware composed into one async function: each calls the next directly.
enum MiddlewareChain {
    typealias Handler = @Sendable (Request) async throws -> Response

    static func compose(_ middleware: [any AsyncMiddleware], around handler: @escaping Handler) -> Handler {
        middleware.reversed().reduce(handler) { next, step in
            { request in try await step.respond(to: request, chainingTo: AsyncBasicResponder(closure: next)) }
        }
    }
}

/// The middleware every request passes, as one: its steps run in a single task (Vapor's own list
/// would start one per middleware), then Vapor's sessions, which are future-based and chain on
/// to the router without another task.
struct SiteMiddleware: Middleware {
    let steps: [any AsyncMiddleware]
    let sessions: SessionsMiddleware

    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let chain = MiddlewareChain.compose(steps) { request in
            request.markSessionsAvailable()
            return try await sessions.respond(to: request, chainingTo: next).get()
        }
        return request.eventLoop.runTask { try await chain(request) }
    }
}

extension EventLoop {
    /// Runs `work` in a task that prefers this event loop as its executor: when it waits for a
    /// database answer that the loop completes, it resumes right there instead of waking a
    /// thread of the global pool (two thread switches per query saved; on this machine a query
    /// cost about 0,4 ms, most of it in such switches). Work that blocks (file writes) must not
    /// come here.
    func runTask<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) -> EventLoopFuture<Value> {
        let promise = makePromise(of: Value.self)
        Task(executorPreference: EventLoopTaskExecutor(self)) {
            do { promise.succeed(try await work()) } catch { promise.fail(error) }
        }
        return promise.futureResult
    }
}

/// An event loop as a task executor: jobs run on the loop's thread, in its queue.
final class EventLoopTaskExecutor: TaskExecutor {
    let eventLoop: any EventLoop

    init(_ eventLoop: any EventLoop) { self.eventLoop = eventLoop }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        eventLoop.execute { job.runSynchronously(on: executor) }
    }
}
