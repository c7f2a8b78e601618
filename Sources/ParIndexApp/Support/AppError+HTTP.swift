import ParIndexData
package import Vapor

/// The one place a service's refusal becomes an HTTP status.
extension AppError: AbortError {
    package var status: HTTPResponseStatus {
        switch kind {
        case .malformed: .badRequest
        case .invalid: .unprocessableEntity
        case .notSignedIn: .unauthorized
        case .notAllowed: .forbidden
        case .notFound: .notFound
        case .conflict: .conflict
        case .tooLarge: .payloadTooLarge
        case .tooManyAttempts: .tooManyRequests
        case .internalFailure: .internalServerError
        }
    }

    package var reason: String { message.vi }
}

extension StaleEntryError: AbortError {
    package var status: HTTPResponseStatus { .conflict }
    package var reason: String { message.vi }
}
