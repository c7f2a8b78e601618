import Fluent
import Foundation
import Logging
import Synchronization
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData
import ParIndexCore

/// Builders for results tests: entries written straight to the database (as a save would leave
/// them), and a database handle that counts the statements sent through it.
enum ResultsFixtures {
    static func parPeriod(_ app: Application) async throws -> Period {
        try #require(try await Period.query(on: app.db).filter(\.$title == Fixtures.parPeriodTitle).first())
    }

    /// A stored entry with a direct score (or a satisfaction), replacing the demo's on that layer.
    static func entry(_ record: AssessmentRecord, _ code: String, _ layer: EntryLayer, score: String? = nil,
                      satisfaction: String? = nil, note: String = "", on db: any Database) async throws {
        try await EntryRecord.query(on: db).filter(\.$assessmentID == record.requireID()).filter(\.$nodeCode == code)
            .filter(\.$layer == layer).delete()
        var input = LeafInput()
        input.score = score.map { try! Points.parse($0, allowNegative: true).get() }
        input.satisfaction = satisfaction.map { try! FixedDecimal.parse($0, maxDecimals: 4, allowNegative: false).get() }
        try await EntryRecord(assessmentID: record.requireID(), nodeCode: code, layer: layer, inputs: StoredInput(input).json,
                              note: note, updatedBy: nil).create(on: db)
    }

    static func setState(_ record: AssessmentRecord, _ state: AssessmentState, on db: any Database) async throws {
        try await AssessmentRecord.query(on: db).filter(\.$id == record.requireID()).set(\.$state, to: state).update()
    }

    /// Adds `count` units to the PAR period's unit group, each with an assessment and a few
    /// entries; with `complete`, one zero-point entry in every field and the survey's
    /// satisfaction, so that every added unit has the same whole score.
    static func addUnits(_ count: Int, to period: Period, complete: Bool = false, _ app: Application) async throws -> [AssessmentRecord] {
        let set = try #require(try await CriteriaSetRecord.find(period.criteriaSetID, on: app.db))
        let tree = try set.compiled(using: app.criteriaSetCache).tree
        var added: [AssessmentRecord] = []
        for number in 0..<count {
            let unit = ParIndexData.Unit(unitGroupID: period.unitGroupID, code: "xa-\(number)", name: "UBND xã số \(number)")
            try await unit.create(on: app.db)
            let record = AssessmentRecord(periodID: try period.requireID(), unitID: try unit.requireID())
            try await record.create(on: app.db)
            try await entry(record, "1.1.1", .selfAssessed, score: "1", on: app.db)
            try await entry(record, "2.1", .selfAssessed, score: "2", on: app.db)
            if complete {
                for root in tree.rootNodes {
                    var node = root
                    while !tree.nodes[node].isLeaf { node = tree.nodes[node].children[0] }
                    let code = tree.nodes[node].code
                    if tree.nodes[node].kind == .survey {
                        for leaf in tree.leafNodes where tree.nodes[leaf].kind == .survey {
                            try await entry(record, tree.nodes[leaf].code, .survey, satisfaction: "70", on: app.db)
                        }
                    } else if code != "1.1.1" && code != "2.1" {
                        try await entry(record, code, .selfAssessed, score: "0", on: app.db)
                    }
                }
            }
            added.append(record)
        }
        return added
    }
}

/// Counts the SQL statements a database handle sends (Fluent and SQLKit log each at debug level
/// through the handle's logger).
final class StatementCounter: LogHandler, @unchecked Sendable {
    private let counted = Mutex(0)
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    var count: Int { counted.withLock { $0 } }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
        // SQLKit puts the statement in the message or in its metadata, depending on the driver.
        let text = (message.description + " " + (metadata.map { "\($0)" } ?? "")).uppercased()
        if text.contains("SELECT") || text.contains("INSERT") || text.contains("UPDATE") || text.contains("DELETE") {
            counted.withLock { $0 += 1 }
        }
    }

    /// A handle on the app's default database whose statements this counter sees.
    func database(of app: Application) -> any Database {
        let logger = Logger(label: "statement-counter") { _ in self }
        return app.databases.database(logger: logger, on: app.eventLoopGroup.any())!
    }
}
