import Crypto
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
@testable import ParIndexApp
@testable import ParIndexData

extension AppTests {
    /// `backup`, `restore` and `transfer`: what comes back must be the same deployment, figure
    /// for figure, audit row for audit row, file for file; anything unsafe is refused untouched.
    @Suite("Backup and restore")
    struct BackupTests {
        @Test func aRestoredBackupHasEveryFigureAuditRowAndEvidenceFile() async throws {
            try await withApp { app in
                // setup
                try await Self.addEvidenceAndHistory(app)
                let before = try await DeploymentSnapshot.take(app.db, evidence: app.settings.evidenceDirectory)
                #expect(before.evidence.count == 2)
                #expect(try #require(before.rows["audit_events"]).count >= 2)
                let archive = try Self.temporaryFolder().appendingPathComponent("backup.tar")
                defer { try? FileManager.default.removeItem(at: archive.deletingLastPathComponent()) }
                // act
                let outcome = try await Self.backup(app, to: archive)
                try await Self.withEmptyTarget(app) { settings in
                    try await Self.withTargetApp(settings) { target in
                        let manifest = try await Self.restorer(target, settings).restore(from: archive)
                        // check
                        #expect(manifest == outcome.manifest)
                        #expect(manifest.migrations.contains("ParIndexApp.ProtectAuditLog"))
                        let after = try await DeploymentSnapshot.take(target.db, evidence: settings.evidenceDirectory)
                        #expect(after == before)
                    }
                }
            }
        }

        @Test func aFolderOrDatabaseThatIsNotEmptyIsRefused() async throws {
            try await withApp { app in
                // setup
                let archive = try Self.temporaryFolder().appendingPathComponent("backup.tar")
                defer { try? FileManager.default.removeItem(at: archive.deletingLastPathComponent()) }
                _ = try await Self.backup(app, to: archive)
                try await Self.withEmptyTarget(app) { settings in
                    let note = settings.dataDirectory.appendingPathComponent("ghi-chu.txt")
                    try Data("đừng xoá".utf8).write(to: note)
                    try await Self.withTargetApp(settings) { target in
                        // act / check: a file in the data folder
                        let refusal = await #expect(throws: BackupRefusal.self) { try await Self.restorer(target, settings).restore(from: archive) }
                        #expect(refusal?.en.contains("not empty") == true)
                    }
                    #expect(try Self.files(in: settings.dataDirectory) == ["ghi-chu.txt"])
                }
                // a backup is never written over an earlier one
                await #expect(throws: BackupRefusal.self) { _ = try await Self.backup(app, to: archive) }
                guard runsOnPostgres else { return }
                // a database with tables: the test's own
                let folder = try Self.temporaryFolder()
                defer { try? FileManager.default.removeItem(at: folder) }
                let restorer = BackupRestorer(db: app.db, database: app.settings.database, dataDirectory: folder,
                                              evidenceDirectory: folder.appendingPathComponent("evidence"))
                let refusal = await #expect(throws: BackupRefusal.self) { _ = try await restorer.restore(from: archive) }
                #expect(refusal?.en.contains("PostgreSQL database is not empty") == true)
            }
        }

        @Test func aTamperedCutOrForeignArchiveIsRefusedAndNothingIsWritten() async throws {
            try await withApp { app in
                // setup
                try await Self.addEvidenceAndHistory(app)
                let folder = try Self.temporaryFolder()
                defer { try? FileManager.default.removeItem(at: folder) }
                let archive = folder.appendingPathComponent("backup.tar")
                _ = try await Self.backup(app, to: archive)
                let bytes = try Data(contentsOf: archive)
                // one byte of an evidence file changed: tar's header checksums do not cover content
                var tampered = bytes
                let pdf = try #require(tampered.range(of: Data("%PDF-".utf8)))
                tampered[pdf.lowerBound + 20] ^= 0x01
                try tampered.write(to: folder.appendingPathComponent("tampered.tar"))
                try bytes.prefix(bytes.count / 2).write(to: folder.appendingPathComponent("cut.tar"))
                try Self.writeForeignEngineArchive(to: folder.appendingPathComponent("foreign.tar"))
                // act / check
                let expected = ["tampered.tar": "does not match the manifest", "cut.tar": "damaged", "foreign.tar": "cannot be restored into"]
                for (name, message) in expected.sorted(by: { $0.key < $1.key }) {
                    try await Self.withEmptyTarget(app) { settings in
                        try await Self.withTargetApp(settings) { target in
                            let refusal = await #expect(throws: BackupRefusal.self, "\(name)") {
                                try await Self.restorer(target, settings).restore(from: folder.appendingPathComponent(name))
                            }
                            #expect(refusal?.en.contains(message) == true, "\(name): \(refusal?.description ?? "")")
                            let left = try Self.files(in: settings.dataDirectory)
                            #expect(left.isEmpty, "\(name)")
                            if case .postgres = settings.database, let sql = target.db as? any SQLDatabase {
                                let tables = try await BackupRestorer.publicTables(on: sql)
                                #expect(tables.isEmpty, "\(name)")
                            }
                        }
                    }
                }
            }
        }

        @Test(.enabled(if: runsOnPostgres)) func transferCopiesASQLiteDeploymentIntoAnEmptyPostgreSQLDatabase() async throws {
            try await withApp(seed: false) { postgres in
                try await Self.withSQLiteSource { source in
                    // setup: a unit and its successor name each other, so neither can go first
                    try await Self.addEvidenceAndHistory(source)
                    let old = try await Fixtures.unit("chi-lang", source)
                    let successor = ParIndexApp.Unit(unitGroupID: old.unitGroupID, parentID: old.parentID, code: "chi-lang-moi", name: "UBND huyện Chi Lăng (mới)")
                    successor.predecessorID = old.id
                    try await successor.create(on: source.db)
                    old.successorID = successor.id
                    try await old.update(on: source.db)
                    let before = try await DeploymentSnapshot.take(source.db, evidence: source.settings.evidenceDirectory)
                    try await Self.withEmptyTarget(postgres) { settings in
                        guard case let .postgres(url) = settings.database else { return }
                        // act
                        let copied = try await DeploymentTransfer.run(from: source, to: url, environment: .testing)
                        // check
                        #expect(copied.first { $0.table == "entries" }?.rows == before.rows["entries"]?.count)
                        #expect(copied.firstIndex { $0.table == "units" }! < copied.firstIndex { $0.table == "assessments" }!)
                        try await Self.withTargetApp(settings) { target in
                            let after = try await DeploymentSnapshot.take(target.db, evidence: source.settings.evidenceDirectory)
                            #expect(after == before)
                            let moved = try await Fixtures.unit("chi-lang-moi", target)
                            #expect(moved.predecessorID == old.id)
                        }
                        // a second transfer meets a database that is no longer empty
                        let refusal = await #expect(throws: BackupRefusal.self) {
                            _ = try await DeploymentTransfer.run(from: source, to: url, environment: .testing)
                        }
                        #expect(refusal?.en.contains("not empty") == true)
                    }
                }
            }
        }

        // MARK: - Helpers

        /// Two evidence files (one linked from a criterion, so the audit log has a row for it)
        /// and an audit row written directly.
        static func addEvidenceAndHistory(_ app: Application) async throws {
            let (browser, library) = try await EvidenceTests.officerOnLibrary(app)
            let assessment = try await Fixtures.parAssessment(of: "chi-lang", app)
            let fromCriterion = library + "?assessment=\(try assessment.requireID())&code=1.1.1"
            try await browser.get(Paths.criterionEvidence(try assessment.requireID(), code: "1.1.1").href)
            let linked = try await browser.upload(fromCriterion, fields: [("title", "Kế hoạch CCHC năm 2023"), ("anchor", "tr. 2")],
                                                  fileName: "ke-hoach.pdf", content: EvidenceSamples.pdf())
            let other = try await browser.upload(library, fields: [("title", "Báo cáo CCHC")], fileName: "bao-cao.pdf",
                                                 content: EvidenceSamples.pdf(padding: 3000))
            #expect(linked.status == .seeOther)
            #expect(other.status == .seeOther)
            try await AuditEvent(userID: nil, assessmentID: assessment.id, subject: .state, oldValue: "draft", newValue: "submitted").create(on: app.db)
        }

        static func backup(_ app: Application, to archive: URL) async throws -> BackupWriter.Outcome {
            try await BackupWriter(db: app.db, database: app.settings.database, evidenceDirectory: app.settings.evidenceDirectory).write(to: archive)
        }

        static func restorer(_ target: Application, _ settings: AppSettings) -> BackupRestorer {
            BackupRestorer(db: target.db, database: settings.database, dataDirectory: settings.dataDirectory, evidenceDirectory: settings.evidenceDirectory)
        }

        /// An empty data folder and, on PostgreSQL, an empty throwaway database on the test server.
        static func withEmptyTarget(_ app: Application, _ body: (AppSettings) async throws -> Void) async throws {
            let folder = try temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            guard case let .postgres(url) = app.settings.database else {
                try await body(AppSettings(dataDirectory: folder, database: .sqliteFile(folder.appendingPathComponent("parindex.sqlite").path)))
                return
            }
            let sql = try #require(app.db as? any SQLDatabase)
            let name = "parindex_restore_\(UUID().uuidString.prefix(8).lowercased())"
            var components = try #require(URLComponents(string: url))
            components.path = "/\(name)"
            try await sql.raw("CREATE DATABASE \(ident: name)").run()
            do {
                try await body(AppSettings(dataDirectory: folder, database: .postgres(url: try #require(components.string))))
            } catch {
                try? await sql.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
                throw error
            }
            try await sql.raw("DROP DATABASE IF EXISTS \(ident: name) WITH (FORCE)").run()
        }

        /// An app on `settings`, neither migrated nor seeded: what `restore` starts from.
        static func withTargetApp(_ settings: AppSettings, _ body: (Application) async throws -> Void) async throws {
            let app = try await Application.make(.testing)
            do {
                try await configure(app, settings: settings)
                app.logger.logLevel = .warning
                try await body(app)
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
            try await app.asyncShutdown()
        }

        /// A seeded SQLite deployment, whatever DATABASE_URL says: the source of a transfer.
        static func withSQLiteSource(_ body: (Application) async throws -> Void) async throws {
            let folder = try temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let app = try await Application.make(.testing)
            do {
                try await configure(app, settings: AppSettings(dataDirectory: folder, database: .sqliteInMemory, clock: { TestClock.today }))
                app.passwords.use(.plaintext)
                app.logger.logLevel = .warning
                try await app.autoMigrate()
                try await DemoData.seed(app, today: CalendarDateFixture.date(TestClock.today))
                try await body(app)
            } catch {
                try? await app.asyncShutdown()
                throw error
            }
            try await app.asyncShutdown()
        }

        /// A well-formed archive made for the other engine than the tests run on.
        static func writeForeignEngineArchive(to url: URL) throws {
            let engine: BackupManifest.Engine = runsOnPostgres ? .sqlite : .postgresql
            let content = Data("not a real database".utf8)
            let path = BackupManifest.databasePath(engine)
            let manifest = BackupManifest(createdAt: Date(), engine: engine, migrations: [],
                                          files: [.init(path: path, sha256: hexDigits(SHA256.hash(data: content)), size: Int64(content.count))])
            let writer = try TarWriter(creating: url)
            try writer.append(content, as: path)
            try writer.append(try manifest.encoded(), as: BackupManifest.entryName)
            try writer.finish()
        }

        static func temporaryFolder() throws -> URL {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parindex-backup-test-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return folder
        }

        /// The regular files under `folder`, relative, sorted.
        static func files(in folder: URL) throws -> [String] {
            try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { path in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder) && !isFolder.boolValue
            }.sorted()
        }
    }
}

/// What must survive a backup or a transfer, as comparable text: every assessment's figures,
/// every audit row, the units with their links, the evidence records and files, and the row
/// count of every table. Times are compared to the microsecond, which both engines keep.
struct DeploymentSnapshot: Equatable {
    var rows: [String: [String]]
    /// Evidence store path → SHA-256 of the content.
    var evidence: [String: String]

    static func take(_ db: any Database, evidence root: URL) async throws -> DeploymentSnapshot {
        func time(_ date: Date?) -> String { date.map { String(Int64(($0.timeIntervalSince1970 * 1_000_000).rounded())) } ?? "-" }
        func id(_ uuid: UUID?) -> String { uuid?.uuidString ?? "-" }
        var rows: [String: [String]] = [:]
        rows["entries"] = try await EntryRecord.query(on: db).all().map {
            [id($0.id), id($0.assessmentID), $0.nodeCode, $0.layer.rawValue, $0.inputs, $0.note, String($0.version), id($0.updatedBy), time($0.updatedAt)].joined(separator: "|")
        }.sorted()
        rows["assessments"] = try await AssessmentRecord.query(on: db).all().map {
            [id($0.id), id($0.periodID), id($0.unitID), $0.state.rawValue, String($0.version), time($0.submittedAt), time($0.updatedAt), String($0.isDemo)].joined(separator: "|")
        }.sorted()
        rows["audit_events"] = try await AuditEvent.query(on: db).all().map {
            [id($0.id), time($0.at), id($0.userID), id($0.assessmentID), $0.subject.rawValue, $0.nodeCode ?? "-", $0.oldValue ?? "-", $0.newValue ?? "-", $0.reason ?? "-"].joined(separator: "|")
        }.sorted()
        rows["units"] = try await ParIndexApp.Unit.query(on: db).all().map {
            [id($0.id), id($0.unitGroupID), id($0.parentID), id($0.predecessorID), id($0.successorID), $0.code, $0.name, $0.validFrom ?? "-", $0.validTo ?? "-"].joined(separator: "|")
        }.sorted()
        rows["evidence_documents"] = try await EvidenceDocument.query(on: db).all().map {
            [id($0.id), $0.title, $0.contentHash, String($0.byteCount), time($0.createdAt)].joined(separator: "|")
        }.sorted()
        rows["evidence_links"] = try await EvidenceLink.query(on: db).all().map {
            [id($0.id), id($0.documentID), id($0.assessmentID), $0.nodeCode, $0.anchor].joined(separator: "|")
        }.sorted()
        rows["users"] = try await User.query(on: db).all().map { [id($0.id), $0.username, $0.passwordHash, $0.role.rawValue, String($0.active), time($0.createdAt)].joined(separator: "|") }.sorted()
        let sql = try #require(db as? any SQLDatabase)
        for table in [UnitGroup.schema, Period.schema, CriteriaSetRecord.schema, AppraiserAssignment.schema, ExplanationRequest.schema, ApiToken.schema] {
            let count = try await sql.raw("SELECT count(*) AS n FROM \(ident: table)").first().map { try $0.decode(column: "n", as: Int.self) } ?? -1
            rows[table] = ["\(count) rows"]
        }
        var files: [String: String] = [:]
        for (hash, url) in try BackupWriter.storedEvidence(in: root) {
            files[BackupManifest.evidencePath(hash: hash)] = hexDigits(SHA256.hash(data: try Data(contentsOf: url)))
        }
        return DeploymentSnapshot(rows: rows, evidence: files)
    }
}
