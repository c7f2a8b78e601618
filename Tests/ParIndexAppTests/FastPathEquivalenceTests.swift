import Fluent
import Foundation
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

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

        @Test func idsInLinksAreWrittenAsFoundationWritesThem() {
            var samples = [UUID.any, UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255))]
            samples += (0..<200).map { _ in UUID() }
            for id in samples {
                #expect(PathSegment.uuidText(id) == id.uuidString)
                #expect(Paths.assessment(id).href == "/assessments/" + id.uuidString)
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

        @Test func theSignedInUserReadColumnByColumnEqualsFluentsModel() async throws {
            try await withApp { app in
                // setup: every demo account, with and without a unit, and one deactivated
                let users = try await User.query(on: app.db).all()
                let inactive = try #require(users.first { $0.unitID != nil })
                inactive.active = false
                try await inactive.save(on: app.db)
                // act / check
                #expect(users.count > 3)
                for user in try await User.query(on: app.db).all() {
                    let fast = try #require(try await User.signedIn(try user.requireID(), on: app.db))
                    #expect(fast.id == user.id && fast.username == user.username && fast.displayName == user.displayName)
                    #expect(fast.passwordHash == user.passwordHash && fast.role == user.role && fast.unitID == user.unitID)
                    #expect(fast.active == user.active && fast.createdAt == user.createdAt && fast.$id.exists)
                }
                #expect(try await User.signedIn(UUID(), on: app.db) == nil)
            }
        }

        @Test func theAssessmentsContextReadAsTextEqualsFluentsJoin() async throws {
            try await withApp { app in
                // setup: every demo assessment; one submitted, with a report, so no column is at its default
                let records = try await AssessmentRecord.query(on: app.db).all()
                let changed = try #require(records.first)
                changed.submittedAt = Date(timeIntervalSince1970: 1_700_000_000)
                changed.difficulties = "Khó khăn \"x\""
                changed.proposals = "Đề xuất"
                try await changed.save(on: app.db)
                #expect(records.count > 3)
                for record in try await AssessmentRecord.query(on: app.db).all() {
                    let id = try record.requireID()
                    // act
                    let fast = try #require(try await AssessmentWorkspace.Context.find(id, on: app.db))
                    let joined = try await AssessmentRecord.query(on: app.db).filter(\.$id == id)
                        .join(Period.self, on: \AssessmentRecord.$periodID == \Period.$id)
                        .join(ParIndexData.Unit.self, on: \AssessmentRecord.$unitID == \ParIndexData.Unit.$id)
                        .join(CriteriaSetRecord.self, on: \Period.$criteriaSetID == \CriteriaSetRecord.$id).first()
                    let fluent = try #require(joined)
                    let (period, unit, set) = (try fluent.joined(Period.self), try fluent.joined(ParIndexData.Unit.self), try fluent.joined(CriteriaSetRecord.self))
                    // check
                    let a = fast.record
                    #expect(a.id == fluent.id && a.updatedAt == fluent.updatedAt && a.periodID == fluent.periodID && a.unitID == fluent.unitID)
                    #expect(a.state == fluent.state && a.version == fluent.version && a.submittedAt == fluent.submittedAt)
                    #expect(a.difficulties == fluent.difficulties && a.proposals == fluent.proposals && a.isDemo == fluent.isDemo && a.$id.exists)
                    let p = fast.period
                    #expect(p.id == period.id && p.criteriaSetID == period.criteriaSetID && p.unitGroupID == period.unitGroupID && p.title == period.title)
                    #expect(p.year == period.year && p.selfDeadline == period.selfDeadline && p.explanationDeadline == period.explanationDeadline)
                    #expect(p.appraisalDeadline == period.appraisalDeadline && p.open == period.open && p.$id.exists)
                    let u = fast.unit
                    #expect(u.id == unit.id && u.unitGroupID == unit.unitGroupID && u.parentID == unit.parentID && u.predecessorID == unit.predecessorID)
                    #expect(u.successorID == unit.successorID && u.code == unit.code && u.name == unit.name && u.validFrom == unit.validFrom)
                    #expect(u.validTo == unit.validTo && u.$id.exists)
                    let s = fast.criteriaSet
                    #expect(s.id == set.id && s.createdAt == set.createdAt && s.updatedAt == set.updatedAt && s.setKey == set.setKey)
                    #expect(s.year == set.year && s.title == set.title && s.yaml == set.yaml && s.version == set.version && s.$id.exists)
                }
                let missing = try await AssessmentWorkspace.Context.find(UUID(), on: app.db)
                #expect(missing == nil)
            }
        }

        @Test func aCriterionsEntriesReadWithTheContextEqualThoseReadAlone() async throws {
            try await withApp { app in
                // setup: Chi Lăng's assessment, a criterion with entries and a code with none
                let record = try await Fixtures.parAssessment(of: "chi-lang", app)
                let id = try record.requireID()
                let codes = Set(try await EntryRecord.rows(of: id, on: app.db).map(\.nodeCode)).sorted() + ["no-such-code"]
                for code in codes {
                    // act
                    let context = try #require(try await AssessmentWorkspace.Context.find(id, parts: .criterion(code), on: app.db))
                    let alone = try await EntryRecord.rows(of: id, code: code, on: app.db).sorted { $0.layer.rawValue < $1.layer.rawValue }
                    let joined = (context.criterionEntries?.entries ?? []).sorted { $0.layer.rawValue < $1.layer.rawValue }
                    // check
                    #expect(context.record.id == id && context.criterionEntries?.code == code)
                    #expect(joined.count == alone.count, "\(code)")
                    for (a, b) in zip(joined, alone) {
                        #expect(a.id == b.id && a.layer == b.layer && a.inputs == b.inputs && a.note == b.note && a.version == b.version)
                        #expect(a.updatedBy == b.updatedBy && a.updatedAt == b.updatedAt && a.nodeCode == code && a.$id.exists)
                    }
                }
                #expect(codes.count > 2)
            }
        }

        @Test func aReportSavedFromAnOpenedAssessmentWritesOnlyTheReport() async throws {
            try await withApp { app in
                // setup: Chi Lăng's officer opens the draft; meanwhile its state and version change
                let record = try await Fixtures.parAssessment(of: "chi-lang", app)
                let officer = try #require(try await User.query(on: app.db).filter(\.$username == "chilang.officer").first())
                let opened = try await Access.open(record.id, for: officer, today: try #require(CalendarDate(year: 2023, month: 12, day: 1)),
                                                   cache: app.criteriaSetCache, on: app.db)
                try await AssessmentRecord.query(on: app.db).filter(\.$id == record.requireID())
                    .set(\.$state, to: .submitted).set(\.$version, to: record.version + 5).update()
                // act
                try await ReportService.save(difficulties: "Thiếu người", proposals: "Tập huấn", in: opened, by: officer, db: app.db)
                // check: the report is saved, the state and version changed meanwhile are kept
                let now = try await Fixtures.reload(record, app)
                #expect(now.difficulties == "Thiếu người" && now.proposals == "Tập huấn")
                #expect(now.state == .submitted && now.version == record.version + 5)
            }
        }
    }
}
