import Fluent
import Foundation
import ParIndexCore
import Vapor
import ParIndexData

/// A parameter of the route table: its one name, and how the text in the URL becomes a value.
/// `Paths` builds links and route patterns with it; handlers read it with `request.parameter(_:)`,
/// so no parameter name is spelled twice and nothing reads an id as a bare string.
struct RouteParameter<Value: Sendable>: Sendable {
    let name: String
    let read: @Sendable (String) -> Value?
}

extension RouteParameter<UUID> {
    static let assessment = Self(name: "assessmentID", read: UUID.init(uuidString:))
    static let unit = Self(name: "unitID", read: UUID.init(uuidString:))
    static let document = Self(name: "documentID", read: UUID.init(uuidString:))
    static let link = Self(name: "linkID", read: UUID.init(uuidString:))
    static let explanationRequest = Self(name: "requestID", read: UUID.init(uuidString:))
    static let period = Self(name: "periodID", read: UUID.init(uuidString:))
    static let user = Self(name: "userID", read: UUID.init(uuidString:))
    static let criteriaSet = Self(name: "setID", read: UUID.init(uuidString:))
    static let questionnaire = Self(name: "questionnaireID", read: UUID.init(uuidString:))
    static let campaign = Self(name: "campaignID", read: UUID.init(uuidString:))
    static let surveyResponse = Self(name: "responseID", read: UUID.init(uuidString:))
}

extension RouteParameter<String> {
    /// A criterion's code, as the criteria set spells it.
    static let criterion = Self(name: "code", read: { $0.isEmpty ? nil : $0 })
    /// A unit's code, as the province spells it (the public portal names units by code).
    static let unitCode = Self(name: "unitCode", read: { $0.isEmpty ? nil : $0 })
    /// A survey link's code (`/s/{code}`): anything else is a link that does not exist.
    static let surveyCode = Self(name: "surveyCode", read: { SurveyHashing.isLinkCode($0) ? $0 : nil })
}

extension RouteParameter<WorkflowAction> {
    static let action = Self(name: "action", read: WorkflowAction.init(rawValue:))
}

extension Request {
    /// The route's parameter as its type; a value that does not read (a malformed id, an unknown
    /// action) is a page that does not exist: 404.
    func parameter<Value>(_ parameter: RouteParameter<Value>) throws -> Value {
        guard let text = parameters.get(parameter.name), let value = parameter.read(text) else { throw AppError.notFound() }
        return value
    }
}

/// One piece of a path: fixed text, or a parameter with the value a link puts there.
enum PathSegment: Sendable {
    case constant(String)
    case parameter(name: String, value: String)

    static func value<V: CustomStringConvertible>(_ parameter: RouteParameter<V>, _ value: V) -> PathSegment {
        .parameter(name: parameter.name, value: value.description)
    }

    static func value<V: RawRepresentable<String>>(_ parameter: RouteParameter<V>, _ value: V) -> PathSegment {
        .parameter(name: parameter.name, value: value.rawValue)
    }

    static func value(_ parameter: RouteParameter<UUID>, _ value: UUID) -> PathSegment {
        .parameter(name: parameter.name, value: uuidText(value))
    }

    /// `uuid.uuidString` (upper-case hex, 8-4-4-4-12), written by hand: the assessment page
    /// links every criterion's forms with its id, and Foundation formats each through `sprintf`.
    static func uuidText(_ uuid: UUID) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(36)
        withUnsafeBytes(of: uuid.uuid) { raw in
            for (index, byte) in raw.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 { bytes.append(UInt8(ascii: "-")) }
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    var routeComponent: PathComponent {
        switch self {
        case let .constant(text): .constant(text)
        case let .parameter(name, _): .parameter(name)
        }
    }

    var linkText: String {
        switch self {
        case let .constant(text): text
        case let .parameter(_, value): Self.encode(value)
        }
    }

    /// `text` as one path segment or query value: every byte outside letters, digits and
    /// `! $ ' ( ) * , - . : @ _ ~` as `%XX` (Foundation's path characters without `/ ? & = # +`).
    /// Written by hand because a page makes hundreds of links, and Foundation builds a character
    /// set and bridges the string for each.
    static func encode(_ text: String) -> String {
        guard !text.utf8.allSatisfy(isAllowed) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in text.utf8 {
            if isAllowed(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"),
             UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "~"): true
        default: false
        }
    }
}

/// The value a route pattern is built with: `Paths.assessment(.any)` names the route whatever the
/// id, since a pattern keeps only the parameter's name.
protocol RoutePlaceholder {
    static var any: Self { get }
}

extension UUID: RoutePlaceholder {
    static let any = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
}

extension String: RoutePlaceholder {
    static var any: String { "" }
}

extension WorkflowAction: RoutePlaceholder {
    static var any: WorkflowAction { .submit }
}

extension Request {
    /// The record the route's id parameter names: 404 when the id is malformed or unknown.
    func record<Record: Model>(_ type: Record.Type, _ parameter: RouteParameter<UUID>) async throws -> Record where Record.IDValue == UUID {
        guard let found = try await Record.find(try self.parameter(parameter), on: db) else { throw AppError.notFound() }
        return found
    }
}
