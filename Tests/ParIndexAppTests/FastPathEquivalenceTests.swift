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

        @Test func theEvidenceRequestsAndNamesReadAsTextEqualFluentsModels() async throws {
            try await withApp { app in
                // setup: two documents of Chi Lăng cited three times, two requests (one answered)
                let unit = try await Fixtures.unit("chi-lang", app)
                let record = try await Fixtures.parAssessment(of: "chi-lang", app)
                let id = try record.requireID()
                let officer = try #require(try await User.query(on: app.db).filter(\.$username == "chilang.officer").first())
                var documents: [EvidenceDocument] = []
                for (title, issued) in [("Báo cáo CCHC quý IV", "2023-12-20" as String?), ("Kế hoạch 12/KH-UBND", nil)] {
                    let document = EvidenceDocument(unitID: try unit.requireID(), uploadedBy: officer.id, title: title, documentNumber: "45/BC-UBND",
                                                    issuer: "UBND huyện Chi Lăng", issuedOn: issued, contentHash: String(repeating: "c", count: 64),
                                                    originalName: "bc.pdf", contentType: "application/pdf", byteCount: 4 + documents.count)
                    try await document.create(on: app.db)
                    documents.append(document)
                }
                for (code, document, creator) in [("1.2", documents[0], officer.id), ("1.3", documents[1], nil), ("3.6", documents[0], officer.id)] {
                    try await EvidenceLink(assessmentID: id, documentID: try document.requireID(), nodeCode: code, anchor: "tr. \(code)",
                                           createdBy: creator).create(on: app.db)
                }
                try await ExplanationRequest(assessmentID: id, nodeCode: "1.2", question: "Vì sao?", askedBy: nil).create(on: app.db)
                let answered = ExplanationRequest(assessmentID: id, nodeCode: "3.6", question: "Tài liệu đâu?", askedBy: officer.id)
                answered.answer = "Đã bổ sung"
                answered.answeredBy = officer.id
                answered.answeredAt = Date(timeIntervalSince1970: 1_702_000_000)
                try await answered.create(on: app.db)
                // act
                let linked = try await EvidenceLink.withDocuments(of: id, on: app.db)
                let links = try await EvidenceLink.query(on: app.db).filter(\.$assessmentID == id).sort(\.$createdAt).all()
                let requests = try await ExplanationRequest.all(of: id, on: app.db)
                let fluentRequests = try await ExplanationRequest.query(on: app.db).filter(\.$assessmentID == id).sort(\.$createdAt).all()
                let allUsers = try await User.query(on: app.db).all()
                let names = try await User.displayNames(of: Set(allUsers.compactMap(\.id)), on: app.db)
                let choices = try await EvidenceDocument.choices(ofUnit: try unit.requireID(), on: app.db)
                // check
                #expect(linked.count == 3 && links.count == 3)
                for ((link, document), fluent) in zip(linked, links) {
                    #expect(link.id == fluent.id && link.createdAt == fluent.createdAt && link.assessmentID == fluent.assessmentID)
                    #expect(link.documentID == fluent.documentID && link.createdBy == fluent.createdBy && link.nodeCode == fluent.nodeCode)
                    #expect(link.anchor == fluent.anchor && link.$id.exists)
                    let stored = try #require(try await EvidenceDocument.find(fluent.documentID, on: app.db))
                    #expect(document.id == stored.id && document.createdAt == stored.createdAt && document.unitID == stored.unitID)
                    #expect(document.uploadedBy == stored.uploadedBy && document.title == stored.title && document.documentNumber == stored.documentNumber)
                    #expect(document.issuer == stored.issuer && document.issuedOn == stored.issuedOn && document.contentHash == stored.contentHash)
                    #expect(document.originalName == stored.originalName && document.contentType == stored.contentType)
                    #expect(document.byteCount == stored.byteCount && document.$id.exists)
                }
                #expect(requests.count == 2 && fluentRequests.count == 2)
                for (request, fluent) in zip(requests, fluentRequests) {
                    #expect(request.id == fluent.id && request.createdAt == fluent.createdAt && request.assessmentID == fluent.assessmentID)
                    #expect(request.askedBy == fluent.askedBy && request.answeredBy == fluent.answeredBy && request.nodeCode == fluent.nodeCode)
                    #expect(request.question == fluent.question && request.answer == fluent.answer && request.answeredAt == fluent.answeredAt)
                }
                #expect(names == Dictionary(uniqueKeysWithValues: allUsers.compactMap { user in user.id.map { ($0, user.displayName) } }))
                #expect(try await User.displayNames(of: [], on: app.db).isEmpty)
                let fluentChoices = try await EvidenceDocument.query(on: app.db).filter(\.$unitID == unit.requireID()).sort(\.$title).all()
                #expect(choices.map(\.id) == fluentChoices.compactMap(\.id) && choices.map(\.title) == fluentChoices.map(\.title))
            }
        }

        @Test func theSetsTextComesFromTheCacheOnlyForTheVersionItHolds() async throws {
            try await withApp { app in
                // setup: Chi Lăng's assessment and a cache that has not parsed its set yet
                let id = try await Fixtures.parAssessment(of: "chi-lang", app).requireID()
                let cache = CriteriaSetCache()
                // act: a miss reads the text; once parsed, the cache gives it
                let first = try #require(try await AssessmentWorkspace.Context.find(id, cache: cache, on: app.db))
                let stored = try #require(try await CriteriaSetRecord.find(first.criteriaSet.requireID(), on: app.db))
                _ = try first.criteriaSet.compiled(using: cache)
                let second = try #require(try await AssessmentWorkspace.Context.find(id, cache: cache, on: app.db))
                // an edit elsewhere bumps the version: the cached text must not be used for it
                let edited = stored.yaml + "\n# sửa câu chữ"
                try await CriteriaSetRecord.query(on: app.db).filter(\.$id == stored.requireID())
                    .set(\.$yaml, to: edited).set(\.$version, to: stored.version + 1).update()
                let third = try #require(try await AssessmentWorkspace.Context.find(id, cache: cache, on: app.db))
                // check
                #expect(first.criteriaSet.yaml == stored.yaml && !stored.yaml.isEmpty)
                #expect(cache.yaml(id: try stored.requireID(), version: stored.version) == stored.yaml)
                #expect(second.criteriaSet.yaml == stored.yaml && second.criteriaSet.version == stored.version)
                #expect(third.criteriaSet.yaml == edited && third.criteriaSet.version == stored.version + 1)
            }
        }
    }
}
