import NIOCore
import NIOHTTP1
import NIOPosix

/// One client connection of the front server. NIO parses the request (and answers 400 itself
/// when the bytes are not HTTP/1.1, where Vapor's own pipeline would close the connection without
/// a word); each parsed request is passed on, re-encoded, to the app's server on a private unix
/// socket, and the answer comes back the same way. Both channels share one event loop, and each
/// stops reading while the other cannot take more, so a large upload or file never piles up here.
final class FrontConnection: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let backendPath: String
    private var backend: (any Channel)?
    private var connecting = false
    /// Parts received while the backend connection is being made.
    private var waiting: [HTTPClientRequestPart] = []
    private var context: ChannelHandlerContext?
    /// HTTP gives TRACE no body (NIO will not encode one): it is dropped, and the app answers the
    /// method itself (405).
    private var droppingBody = false

    init(backendPath: String) {
        self.backendPath = backendPath
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part: HTTPClientRequestPart
        switch unwrapInboundIn(data) {
        case var .head(head):
            // The app sees the client's address through this header, which only the front sets.
            head.headers.remove(name: "Forwarded")
            head.headers.replaceOrAdd(name: "X-Forwarded-For", value: Self.address(of: context.channel))
            droppingBody = head.method == .TRACE
            if droppingBody {
                head.headers.remove(name: "Content-Length")
                head.headers.remove(name: "Transfer-Encoding")
            }
            part = .head(head)
        case let .body(buffer):
            guard !droppingBody else { return }
            part = .body(.byteBuffer(buffer))
        case let .end(trailers):
            part = .end(trailers)
        }
        if let backend {
            backend.write(part, promise: nil)
        } else {
            waiting.append(part)
            connect(context: context)
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        backend?.flush()
    }

    func channelInactive(context: ChannelHandlerContext) {
        backend?.close(promise: nil)
        backend = nil
        self.context = nil
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        // The client reads slowly: stop reading the app's answer until it catches up.
        backend?.setOption(ChannelOptions.autoRead, value: context.channel.isWritable).whenComplete { _ in }
        context.fireChannelWritabilityChanged()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func connect(context: ChannelHandlerContext) {
        guard !connecting else { return }
        connecting = true
        let front = NIOLoopBound(self, eventLoop: context.eventLoop)
        let channel = context.channel
        ClientBootstrap(group: context.eventLoop)
            .channelInitializer { backendChannel in
                backendChannel.eventLoop.makeCompletedFuture {
                    try backendChannel.pipeline.syncOperations.addHTTPClientHandlers()
                    try backendChannel.pipeline.syncOperations.addHandler(BackendConnection(front: channel))
                }
            }
            .connect(unixDomainSocketPath: backendPath)
            .whenComplete { result in
                let handler = front.value
                switch result {
                case let .success(backendChannel):
                    handler.backend = backendChannel
                    for part in handler.waiting { backendChannel.write(part, promise: nil) }
                    handler.waiting = []
                    backendChannel.flush()
                case .failure:
                    handler.answerUnavailable()
                }
            }
    }

    /// The app's server is gone (shutting down): say so rather than drop the connection.
    private func answerUnavailable() {
        guard let context else { return }
        var headers = HTTPHeaders([("Connection", "close"), ("Content-Length", "0")])
        headers.add(name: "Retry-After", value: "5")
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .serviceUnavailable, headers: headers))), promise: nil)
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
    }

    static func address(of channel: any Channel) -> String {
        channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
