import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import Vapor

/// The server `serve` runs: Vapor's HTTP server on a private unix socket, behind a front that
/// listens where asked and parses every request with NIO's error handling, so that bytes which
/// are not HTTP/1.1 (a control byte in a header, an unknown method token) get `400 Bad Request`
/// instead of a connection closed without an answer, which is all Vapor's pipeline offers.
final class GuardedServer: Server, Sendable {
    private let application: Application
    private let inner = NIOLockedValueBox<HTTPServer?>(nil)
    private let socketDirectory: URL
    private let front = NIOLockedValueBox<(any Channel)?>(nil)
    private let shutdownPromise: EventLoopPromise<Void>

    init(application: Application) {
        self.application = application
        socketDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("parindex-\(UUID().uuidString.prefix(8))")
        shutdownPromise = application.eventLoopGroup.any().makePromise(of: Void.self)
    }

    var onShutdown: EventLoopFuture<Void> { shutdownPromise.futureResult }

    var socketPath: String { socketDirectory.appendingPathComponent("app.sock").path }

    func start(address: BindAddress?) async throws {
        // A folder only this user may enter, so no other local user can reach the app's socket
        // and claim an address in `X-Forwarded-For`.
        try FileManager.default.createDirectory(at: socketDirectory, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        let configuration = application.http.server.configuration
        var innerConfiguration = configuration
        innerConfiguration.address = .unixDomainSocket(path: socketPath)
        // Made here, not in `init`: Vapor asserts that an HTTPServer it made was shut down.
        let server = HTTPServer(application: application, responder: application.responder.current,
                                configuration: innerConfiguration, on: application.eventLoopGroup)
        inner.withLockedValue { $0 = server }
        try await server.start(address: .unixDomainSocket(path: socketPath))
        let (host, port): (String, Int) = switch address {
        case let .hostname(host, port)?: (host ?? configuration.hostname, port ?? configuration.port)
        default: (configuration.hostname, configuration.port)
        }
        let backendPath = socketPath
        let channel = try await ServerBootstrap(group: application.eventLoopGroup)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(ChannelOptions.maxMessagesPerRead, value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(FrontConnection(backendPath: backendPath))
                }
            }
            .bind(host: host, port: port).get()
        front.withLockedValue { $0 = channel }
        application.logger.notice("Server started on http://\(host):\(channel.localAddress?.port ?? port)")
    }

    func start(address: BindAddress?) throws {
        try application.eventLoopGroup.any().makeFutureWithTask { try await self.start(address: address) }.wait()
    }

    func shutdown() async {
        if let channel = front.withLockedValue({ $0 }) { try? await channel.close() }
        if let server = inner.withLockedValue({ $0 }) { await server.shutdown() }
        try? FileManager.default.removeItem(at: socketDirectory)
        shutdownPromise.succeed(())
    }

    func shutdown() {
        try? application.eventLoopGroup.any().makeFutureWithTask { await self.shutdown() }.wait()
    }
}

extension Application {
    /// The one guarded server of this application: Vapor asks its server provider more than once.
    var guardedServer: GuardedServer {
        if let server = storage[GuardedServerKey.self] { return server }
        let server = GuardedServer(application: self)
        storage[GuardedServerKey.self] = server
        return server
    }
}

private struct GuardedServerKey: StorageKey {
    typealias Value = GuardedServer
}
