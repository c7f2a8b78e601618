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
        return builder.on(method, path, body: body) { request async throws -> Response in try await chain(request) }
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
        return request.eventLoop.makeFutureWithTask { try await chain(request) }
    }
}
