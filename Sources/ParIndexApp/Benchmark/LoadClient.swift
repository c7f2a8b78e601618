import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A lean HTTP/1.1 load generator, in the spirit of wrk: `connections` kept-alive connections,
/// each sending its next request as soon as the answer to the last one is complete, for a fixed
/// time. It runs on its own event loop thread so that the server's loops serve only requests;
/// on a shared machine both sides of a ratio pay the same client cost.
///
/// With a `pace`, each connection is a person who opens the page every `pace` instead: the
/// connections start spread over one pace, and a request's latency counts from when it was due,
/// so a server that falls behind is charged for the wait (no "coordinated omission").
enum LoadClient {
    struct Outcome {
        var connections: Int
        var seconds: Double
        /// Latency of each answered request, sorted, in nanoseconds.
        var latencies: [Int64]
        var errors: Int
        var bytes: Int

        var requests: Int { latencies.count }
        var perSecond: Double { Double(requests) / max(seconds, 0.001) }
        func percentile(_ fraction: Double) -> Duration {
            guard !latencies.isEmpty else { return .zero }
            let index = min(latencies.count - 1, Int(Double(latencies.count) * fraction))
            return .nanoseconds(latencies[index])
        }
        var median: Duration { percentile(0.5) }
        var p99: Duration { percentile(0.99) }
    }

    /// A request other than a page view: a `POST` with its body, answered with `expecting`.
    struct Posting: Sendable {
        var body: String
        var contentType: String
        var expecting: HTTPResponseStatus
        /// The paths the connections post to, one per connection in turn.
        var paths: [String]
    }

    static func run(port: Int, path: String, cookie: String?, connections: Int, seconds: Double,
                    pace: TimeAmount? = nil, posting: Posting? = nil) async throws -> Outcome {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            let outcome = try await measure(group: group, port: port, path: path, cookie: cookie, connections: connections,
                                            seconds: seconds, pace: pace, posting: posting)
            try await group.shutdownGracefully()
            return outcome
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
    }

    private static func measure(group: any EventLoopGroup, port: Int, path: String, cookie: String?, connections: Int,
                                seconds: Double, pace: TimeAmount?, posting: Posting?) async throws -> Outcome {
        var headers = HTTPHeaders([("Host", "127.0.0.1:\(port)"), ("Accept", posting == nil ? "text/html" : "application/json")])
        if let cookie { headers.add(name: "Cookie", value: cookie) }
        if let posting {
            headers.add(name: "Content-Type", value: posting.contentType)
            headers.add(name: "Content-Length", value: String(posting.body.utf8.count))
        }
        let heads = (posting?.paths ?? [path]).map { uri in
            HTTPRequestHead(version: .http1_1, method: posting == nil ? .GET : .POST, uri: uri, headers: headers)
        }
        let body = posting.map { ByteBuffer(string: $0.body) }
        let expecting = posting?.expecting ?? .ok
        let start = NIODeadline.now()
        let deadline = start + .nanoseconds(Int64(seconds * 1_000_000_000))
        let tallies = try await withThrowingTaskGroup(of: Tally.self) { tasks in
            for number in 0..<connections {
                let schedule = pace.map { Schedule(pace: $0, firstDue: start + .nanoseconds($0.nanoseconds * Int64(number) / Int64(connections))) }
                tasks.addTask {
                    let done = group.next().makePromise(of: Tally.self)
                    do {
                        _ = try await ClientBootstrap(group: group)
                            .channelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
                            .channelInitializer { channel in
                                channel.eventLoop.makeCompletedFuture {
                                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                                    try channel.pipeline.syncOperations.addHandler(KeepAliveRequester(
                                        head: heads[number % heads.count], body: body, expecting: expecting, deadline: deadline, schedule: schedule, done: done))
                                }
                            }
                            .connect(host: "127.0.0.1", port: port).get()
                    } catch {
                        done.succeed(Tally(latencies: [], errors: 1, bytes: 0))
                    }
                    return try await done.futureResult.get()
                }
            }
            var all: [Tally] = []
            for try await tally in tasks { all.append(tally) }
            return all
        }
        let elapsed = Double((NIODeadline.now() - start).nanoseconds) / 1_000_000_000
        let latencies = tallies.flatMap(\.latencies).sorted()
        return Outcome(connections: connections, seconds: min(elapsed, seconds), latencies: latencies,
                       errors: tallies.reduce(0) { $0 + $1.errors }, bytes: tallies.reduce(0) { $0 + $1.bytes })
    }

    struct Schedule: Sendable {
        var pace: TimeAmount
        var firstDue: NIODeadline
    }

    struct Tally: Sendable {
        var latencies: [Int64]
        var errors: Int
        var bytes: Int
    }
}

/// One connection's loop: send, read the whole answer, count it, send again until the deadline.
/// Anything but the status expected (200 for a page), or a connection lost, counts as an error.
private final class KeepAliveRequester: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    private let head: HTTPRequestHead
    private let body: ByteBuffer?
    private let expecting: HTTPResponseStatus
    private let deadline: NIODeadline
    private let schedule: LoadClient.Schedule?
    private let done: EventLoopPromise<LoadClient.Tally>
    private var tally = LoadClient.Tally(latencies: [], errors: 0, bytes: 0)
    /// When the request in flight was due (with a pace) or sent (without one).
    private var sentAt = NIODeadline.now()
    private var status: HTTPResponseStatus = .ok
    private var finished = false

    init(head: HTTPRequestHead, body: ByteBuffer?, expecting: HTTPResponseStatus, deadline: NIODeadline, schedule: LoadClient.Schedule?,
         done: EventLoopPromise<LoadClient.Tally>) {
        self.head = head
        self.body = body
        self.expecting = expecting
        self.deadline = deadline
        self.schedule = schedule
        self.done = done
        tally.latencies.reserveCapacity(4096)
    }

    func channelActive(context: ChannelHandlerContext) {
        if let schedule { sendWhenDue(context, due: schedule.firstDue) } else { send(context, due: .now()) }
    }

    private func send(_ context: ChannelHandlerContext, due: NIODeadline) {
        guard !finished else { return }
        sentAt = due
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if let body { context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil) }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    /// Sends at `due`, or at once when that moment has passed (the wait then counts as latency).
    private func sendWhenDue(_ context: ChannelHandlerContext, due: NIODeadline) {
        guard due < deadline else { return finish(context) }
        let now = NIODeadline.now()
        if due <= now { return send(context, due: due) }
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        context.eventLoop.scheduleTask(deadline: due) {
            let (requester, context) = loopBound.value
            requester.send(context, due: due)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case let .head(response):
            status = response.status
        case let .body(buffer):
            tally.bytes += buffer.readableBytes
        case .end:
            let now = NIODeadline.now()
            if status == expecting { tally.latencies.append((now - sentAt).nanoseconds) } else { tally.errors += 1 }
            if let schedule { sendWhenDue(context, due: sentAt + schedule.pace) }
            else if now < deadline { send(context, due: now) } else { finish(context) }
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        tally.errors += 1
        finish(context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        if !finished {
            tally.errors += 1
            finished = true
            done.succeed(tally)
        }
    }

    private func finish(_ context: ChannelHandlerContext) {
        guard !finished else { return }
        finished = true
        done.succeed(tally)
        context.close(promise: nil)
    }
}
