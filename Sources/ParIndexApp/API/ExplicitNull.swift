/// An optional API field written as `null` when it has no value, instead of being left out
/// (what Swift's synthesized encoding does): the document promises `"rank": null` for a unit
/// not ranked, and a client should not have to tell a missing key from an empty figure.
@propertyWrapper
struct ExplicitNull<Value: Codable & Sendable>: Codable, Sendable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
