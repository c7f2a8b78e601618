import NIOCore
import NIOHTTP1

/// The app's side of one front connection: answers go back to the client as they come.
final class BackendConnection: ChannelInboundHandler {
    typealias InboundIn = HTTPClientResponsePart

    private let front: any Channel
    /// The last part written to the client, so a close waits until it has gone out.
    private var lastWrite: EventLoopFuture<Void>?

    init(front: any Channel) {
        self.front = front
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part: HTTPServerResponsePart = switch unwrapInboundIn(data) {
        case let .head(head): .head(head)
        case let .body(buffer): .body(.byteBuffer(buffer))
        case let .end(trailers): .end(trailers)
        }
        let written = front.eventLoop.makePromise(of: Void.self)
        front.write(part, promise: written)
        lastWrite = written.futureResult
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        front.flush()
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        // The app takes an upload more slowly than the client sends it: pause the client.
        front.setOption(ChannelOptions.autoRead, value: context.channel.isWritable).whenComplete { _ in }
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        // The app closed (an answer with `Connection: close`, or shutting down): so does the
        // client's connection, once what was written to it has gone out.
        front.flush()
        let front = self.front
        (lastWrite ?? front.eventLoop.makeSucceededVoidFuture()).whenComplete { _ in front.close(promise: nil) }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
