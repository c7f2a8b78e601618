import Fluent
import Foundation
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData

extension AppTests {
    /// The hand-written fast paths give exactly what the library code they replace gave.
    @Suite("Fast paths match the library")
    struct FastPathEquivalenceTests {
        @Test func linkSegmentsAreEncodedAsFoundationEncodesThem() {
            let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?&=#+"))
            var samples = ["1.2.3", "Chỉ số cải cách", "a b", "x/y?z&w=v#f+g", "%41", "", "~!$'()*,-.:@_", "😀", "\u{0}\u{7F}"]
            samples.append(String((0x20...0x7E).map { Character(UnicodeScalar(UInt8($0))) }))
            for sample in samples {
                #expect(PathSegment.encode(sample) == sample.addingPercentEncoding(withAllowedCharacters: allowed), "\(sample)")
            }
        }

        @Test func entriesReadColumnByColumnEqualFluentsModels() async throws {
            try await withApp { app in
                // setup: Chi Lăng's entries, with a note and a second version of one
                let record = try await Fixtures.parAssessment(of: "chi-lang", app)
                let id = try record.requireID()
                // act
                let fast = try await EntryRecord.rows(of: id, on: app.db).sorted { $0.nodeCode + $0.layer.rawValue < $1.nodeCode + $1.layer.rawValue }
                let fluent = try await EntryRecord.query(on: app.db).filter(\.$assessmentID == id).all()
                    .sorted { $0.nodeCode + $0.layer.rawValue < $1.nodeCode + $1.layer.rawValue }
                let one = try await EntryRecord.rows(of: id, code: "3.6", on: app.db)
                // check
                #expect(!fast.isEmpty)
                #expect(fast.count == fluent.count)
                for (a, b) in zip(fast, fluent) {
                    #expect(a.id == b.id && a.assessmentID == b.assessmentID && a.nodeCode == b.nodeCode && a.layer == b.layer)
                    #expect(a.inputs == b.inputs && a.note == b.note && a.version == b.version && a.updatedBy == b.updatedBy)
                    #expect(a.updatedAt == b.updatedAt)
                    #expect(a.$id.exists)
                }
                #expect(one.map(\.nodeCode) == fluent.filter { $0.nodeCode == "3.6" }.map(\.nodeCode))
            }
        }
    }
}
