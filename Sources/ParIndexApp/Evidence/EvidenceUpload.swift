import Foundation
import MultipartKit
import NIOCore
import ParIndexCore
import ParIndexData
import Vapor

/// Reads a streamed multipart upload: small text fields into memory (bounded), the one file
/// part straight into an `UploadSink`.
struct EvidenceUpload {
    var fields: [String: String] = [:]
    var fileName: String?
    var sink: UploadSink?

    static let maxFieldBytes = 8 * 1024

    var file: ReceivedFile { ReceivedFile(sink: sink, fileName: fileName) }

    static func receive(_ request: Request, store: EvidenceStore, limit: Int) async throws -> EvidenceUpload {
        guard let boundary = request.headers.contentType?.parameters["boundary"],
              request.headers.contentType?.type == "multipart" else {
            throw AppError.invalid(LocalizedText(vi: "Biểu mẫu tải lên không hợp lệ.", en: "The upload form is not valid."), field: "file")
        }
        let parser = MultipartParser(boundary: boundary)
        let state = UploadState(store: store, limit: limit)
        parser.onHeader = { name, value in state.header(name, value) }
        parser.onBody = { buffer in state.body(&buffer) }
        parser.onPartComplete = { state.partComplete() }
        do {
            for try await chunk in request.body {
                try parser.execute(chunk)
                if let error = state.error { throw error }
            }
        } catch {
            state.upload.sink?.discard()
            if let appError = error as? AppError { throw appError }
            throw state.error ?? AppError.invalid(LocalizedText(vi: "Tệp tải lên bị lỗi hoặc không đầy đủ.", en: "The upload is damaged or incomplete."), field: "file")
        }
        return state.upload
    }
}

/// Parser callbacks run synchronously on the request's task; this collects what they see.
private final class UploadState: @unchecked Sendable {
    let store: EvidenceStore
    let limit: Int
    var upload = EvidenceUpload()
    var error: AppError?
    private var partName: String?
    private var partFileName: String?
    private var fieldBytes: [UInt8] = []

    init(store: EvidenceStore, limit: Int) {
        self.store = store
        self.limit = limit
    }

    func header(_ name: String, _ value: String) {
        guard name.lowercased() == "content-disposition" else { return }
        partName = Self.parameter("name", in: value)
        partFileName = Self.parameter("filename", in: value)
        if partFileName != nil, partName == "file", upload.sink == nil {
            do {
                upload.sink = try UploadSink(url: store.temporaryFile(), limit: limit)
                upload.fileName = partFileName
            } catch {
                self.error = AppError(.internalFailure, message: LocalizedText(vi: "Không ghi được tệp.", en: "Could not write the file."))
            }
        }
    }

    func body(_ buffer: inout ByteBuffer) {
        guard error == nil else { return }
        if partFileName != nil, partName == "file", let sink = upload.sink {
            do {
                try buffer.withUnsafeReadableBytes { try sink.write($0) }
            } catch {
                self.error = AppError(.internalFailure, message: LocalizedText(vi: "Không ghi được tệp.", en: "Could not write the file."))
            }
            if sink.overLimit {
                let megabytes = limit / (1024 * 1024)
                error = AppError(.tooLarge, message: LocalizedText(
                    vi: "Tệp vượt quá dung lượng cho phép (\(megabytes) MB).", en: "The file is larger than the \(megabytes) MB allowed."), field: "file")
            }
        } else if partName != nil {
            fieldBytes.append(contentsOf: buffer.readableBytesView)
            if fieldBytes.count > EvidenceUpload.maxFieldBytes {
                error = AppError.invalid(LocalizedText(vi: "Một trường của biểu mẫu quá dài.", en: "A form field is too long."))
            }
        }
    }

    func partComplete() {
        if let name = partName, partFileName == nil {
            upload.fields[name] = String(decoding: fieldBytes, as: UTF8.self)
        }
        partName = nil
        partFileName = nil
        fieldBytes = []
    }

    /// `name="value"` from a Content-Disposition header.
    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";") {
            let pair = piece.trimmingCharacters(in: .whitespaces)
            guard pair.hasPrefix(key + "=") else { continue }
            var value = String(pair.dropFirst(key.count + 1))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }
}
