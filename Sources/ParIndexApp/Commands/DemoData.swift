import Fluent
import Foundation
import ParIndexCore
import Vapor
import ParIndexData

/// `serve --demo`: fills an empty database with the founding example (Lạng Sơn, 2023) so a
/// newcomer can click through the whole workflow. Everything it creates is marked as demo data.
enum DemoData {
    /// The 11 district-level units of Lạng Sơn before the 1/7/2025 reform.
    static let districts: [(code: String, name: String)] = [
        ("tp-lang-son", "UBND thành phố Lạng Sơn"), ("trang-dinh", "UBND huyện Tràng Định"), ("van-lang", "UBND huyện Văn Lãng"),
        ("van-quan", "UBND huyện Văn Quan"), ("binh-gia", "UBND huyện Bình Gia"), ("bac-son", "UBND huyện Bắc Sơn"),
        ("huu-lung", "UBND huyện Hữu Lũng"), ("chi-lang", "UBND huyện Chi Lăng"), ("cao-loc", "UBND huyện Cao Lộc"),
        ("loc-binh", "UBND huyện Lộc Bình"), ("dinh-lap", "UBND huyện Đình Lập"),
    ]

    struct Account {
        var username: String
        var password: String
        var name: String
        var role: User.Role
        var unitCode: String?
    }

    static let accounts: [Account] = [
        Account(username: "admin", password: "demo-admin-2023", name: "Quản trị Sở Nội vụ", role: .administrator, unitCode: nil),
        Account(username: "snv.appraiser", password: "demo-appraiser-2023", name: "Thẩm định viên Sở Nội vụ", role: .appraiser, unitCode: nil),
        Account(username: "chilang.officer", password: "demo-officer-2023", name: "Cán bộ đầu mối Chi Lăng", role: .officer, unitCode: "chi-lang"),
        Account(username: "chilang.leader", password: "demo-leader-2023", name: "Lãnh đạo UBND huyện Chi Lăng", role: .leader, unitCode: "chi-lang"),
    ]

    static func seedIfEmpty(_ app: Application, print: (String) -> Void) async throws {
        guard try await User.query(on: app.db).count() == 0 else {
            print("--demo: the database already has accounts; nothing was added.")
            return
        }
        let seeded = try await seed(app, today: CalendarDate(isoDate: app.settings.clock()), surveys: true)
        print("Tài khoản minh họa / demo accounts (mật khẩu / password):")
        for account in accounts {
            print("  \(account.role.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)) \(account.username) / \(account.password)")
        }
        if let links = seeded?.openLinks, !links.isEmpty {
            print("Khảo sát đang mở / an open survey to try on a phone (QR: …/qr.svg, A4 poster: …/poster):")
            for link in links.prefix(3) { print("  \(link.unit): /s/\(link.code)") }
        }
    }

    /// With `surveys`, the 2023 survey campaigns too (`DemoSurveys`): `serve --demo` has them;
    /// the tests seed without, and the demo surveys' own tests with.
    @discardableResult
    static func seed(_ app: Application, today: CalendarDate, surveys: Bool = false) async throws -> DemoSurveys.Seeded? {
        let db = app.db
        let root = try repositoryRoot()
        let parYAML = try String(contentsOf: root.appendingPathComponent("criteria-sets/langson-district-par-2023.yaml"), encoding: .utf8)
        let taskYAML = try String(contentsOf: root.appendingPathComponent("criteria-sets/langson-task-performance-2023.yaml"), encoding: .utf8)
        let example = try Assessment.fromYAML(String(contentsOf: root.appendingPathComponent("examples/chi-lang-2023/par-index.yaml"), encoding: .utf8))
        let taskExample = try Assessment.fromYAML(String(contentsOf: root.appendingPathComponent("examples/chi-lang-2023/task-performance.yaml"), encoding: .utf8))

        let province = UnitGroup(code: "province", name: "Cấp tỉnh")
        let district = UnitGroup(code: "district", name: "Cấp huyện (đến 30/6/2025)")
        try await province.create(on: db)
        try await district.create(on: db)
        let langSon = Unit(unitGroupID: try province.requireID(), code: "lang-son", name: "UBND tỉnh Lạng Sơn")
        try await langSon.create(on: db)
        var units: [String: Unit] = [:]
        for (code, name) in districts {
            let unit = Unit(unitGroupID: try district.requireID(), parentID: langSon.id, code: code, name: name, validTo: "2025-06-30")
            try await unit.create(on: db)
            units[code] = unit
        }
        var users: [String: User] = [:]
        for account in accounts {
            let user = User(username: account.username, displayName: account.name, passwordHash: try await app.password.async.hash(account.password),
                            role: account.role, unitID: account.unitCode.flatMap { units[$0]?.id })
            try await user.create(on: db)
            users[account.username] = user
        }
        let parSet = try await CriteriaSetImport.create(yaml: parYAML, by: users["admin"], on: db)
        let taskSet = try await CriteriaSetImport.create(yaml: taskYAML, by: users["admin"], on: db)
        // Deadlines follow today's date, so the demo's workflow is never already past its deadline.
        let deadlines = (today.adding(days: 30).iso, today.adding(days: 45).iso, today.adding(days: 60).iso)
        let parPeriod = Period(criteriaSetID: try parSet.requireID(), unitGroupID: try district.requireID(), title: "Chỉ số CCHC năm 2023 — cấp huyện",
                               year: 2023, selfDeadline: deadlines.0, explanationDeadline: deadlines.1, appraisalDeadline: deadlines.2)
        let taskPeriod = Period(criteriaSetID: try taskSet.requireID(), unitGroupID: try district.requireID(), title: "Đánh giá kết quả thực hiện nhiệm vụ năm 2023 — cấp huyện",
                                year: 2023, selfDeadline: deadlines.0, explanationDeadline: deadlines.1, appraisalDeadline: deadlines.2)
        try await parPeriod.create(on: db)
        try await taskPeriod.create(on: db)

        // Stages other units are at, so every list and queue has something in it. Chi Lăng keeps
        // the founding example's inputs; the others have figures of their own (`DemoFigures`).
        let stages: [String: AssessmentState] = ["huu-lung": .submitted, "cao-loc": .appraisalRound1, "bac-son": .finalised, "loc-binh": .submitted]
        // Drafts part-way through: the first four fields scored, the rest still empty.
        let partialDrafts: Set<String> = ["trang-dinh", "van-quan"]
        let officer = users["chilang.officer"]?.id
        let appraiser = try users["snv.appraiser"].map { try $0.requireID() }
        for (period, sample, yaml) in [(parPeriod, example, parYAML), (taskPeriod, taskExample, taskYAML)] {
            let tree = ScoringTree(try CriteriaSet.fromYAML(yaml))
            for (code, unit) in units {
                let record = AssessmentRecord(periodID: try period.requireID(), unitID: try unit.requireID(), isDemo: true)
                try await record.create(on: db)
                if let appraiser {
                    try await AppraiserAssignment(periodID: try period.requireID(), unitID: try unit.requireID(), userID: appraiser).create(on: db)
                }
                if code == "chi-lang" {
                    for (leaf, entry) in sample.entries {
                        guard let input = entry.selfAssessed else { continue }
                        try await EntryRecord(assessmentID: try record.requireID(), nodeCode: leaf, layer: .selfAssessed,
                                              inputs: StoredInput(input).json, note: input.note ?? "", updatedBy: officer).create(on: db)
                    }
                } else if let state = stages[code] {
                    // No survey points in 2023 yet: the appraiser enters or imports them (the demo's workflow).
                    try await seedFigures(record, unit: code, year: 2023, tree: tree, appraised: state.hasAppraisal,
                                          survey: false, fields: nil, by: officer, on: db)
                } else if partialDrafts.contains(code) {
                    try await seedFigures(record, unit: code, year: 2023, tree: tree, appraised: false, survey: false,
                                          fields: Set(tree.rootNodes.prefix(4)), by: officer, on: db)
                }
                if let state = stages[code] {
                    record.state = state
                    record.submittedAt = Date()
                    try await record.update(on: db)
                }
            }
        }
        try await seedPreviousYear(parYAML: parYAML, group: district, units: units, users: users, on: db)
        guard surveys, let admin = users["admin"] else { return nil }
        return try await DemoSurveys.seed(app, period: parPeriod, admin: admin, today: today)
    }

    /// 2022: the same districts' PAR index, appraised, with survey points, approved: a ranking,
    /// a heat map and a change since last year to look at on first start. The set is 2023's with
    /// its year and key changed (fields match by code, as year-over-year comparison needs).
    static func seedPreviousYear(parYAML: String, group: UnitGroup, units: [String: Unit], users: [String: User],
                                 on db: any Database) async throws {
        let yaml = parYAML.replacingOccurrences(of: "langson-district-par-2023", with: "langson-district-par-2022")
            .replacingOccurrences(of: "year: 2023", with: "year: 2022")
            .replacingOccurrences(of: "năm 2023", with: "năm 2022").replacingOccurrences(of: ", 2023", with: ", 2022")
        let set = try await CriteriaSetImport.create(yaml: yaml, by: users["admin"], on: db)
        let period = Period(criteriaSetID: try set.requireID(), unitGroupID: try group.requireID(), title: "Chỉ số CCHC năm 2022 — cấp huyện",
                            year: 2022, selfDeadline: "2022-12-15", explanationDeadline: "2023-01-10", appraisalDeadline: "2023-02-15")
        period.open = false
        try await period.create(on: db)
        let tree = ScoringTree(try CriteriaSet.fromYAML(yaml))
        let appraiser = try users["snv.appraiser"].map { try $0.requireID() }
        for (code, unit) in units {
            let record = AssessmentRecord(periodID: try period.requireID(), unitID: try unit.requireID(), isDemo: true)
            record.state = .approved
            record.submittedAt = Date()
            try await record.create(on: db)
            if let appraiser {
                try await AppraiserAssignment(periodID: try period.requireID(), unitID: try unit.requireID(), userID: appraiser).create(on: db)
            }
            try await seedFigures(record, unit: code, year: 2022, tree: tree, appraised: true, survey: true, fields: nil,
                                  by: users["chilang.officer"]?.id, on: db)
        }
        // Published, as the province did in March 2023: a newcomer finds the public portal with a period in it.
        let publishedOn = VietnamTime.calendar.date(from: DateComponents(year: 2023, month: 3, day: 15, hour: 9)) ?? Date()
        if let admin = users["admin"] { _ = try await Publication.publish(period.id, by: admin, now: publishedOn, on: db) }
    }

    /// The unit's own scores on every leaf the unit scores (within `fields` when given), the
    /// appraisal's lowered scores with their reasons, and the survey's satisfaction.
    static func seedFigures(_ record: AssessmentRecord, unit: String, year: Int, tree: ScoringTree, appraised: Bool, survey: Bool,
                            fields: Set<Int>?, by user: UUID?, on db: any Database) async throws {
        let id = try record.requireID()
        var rows: [EntryRecord] = []
        for nodeIndex in tree.leafNodes {
            let node = tree.nodes[nodeIndex]
            var root = nodeIndex
            while tree.nodes[root].parent >= 0 { root = tree.nodes[root].parent }
            if let fields, !fields.contains(root) { continue }
            let leaf = node.definition
            switch leaf.kind {
            case .survey:
                guard survey else { continue }
                let input = LeafInput(satisfaction: DemoFigures.satisfaction(unit: unit, year: year, leaf: leaf))
                rows.append(EntryRecord(assessmentID: id, nodeCode: leaf.code, layer: .survey, inputs: StoredInput(input).json,
                                        note: "Kết quả điều tra xã hội học (minh họa)", updatedBy: nil))
            case .deduction:
                continue
            case .scored, .bonus:
                let own = DemoFigures.selfScore(unit: unit, year: year, leaf: leaf)
                rows.append(EntryRecord(assessmentID: id, nodeCode: leaf.code, layer: .selfAssessed, inputs: StoredInput(LeafInput(score: own)).json,
                                        note: "", updatedBy: user))
                if appraised, let (lower, reason) = DemoFigures.lowered(unit: unit, year: year, leaf: leaf, own: own) {
                    rows.append(EntryRecord(assessmentID: id, nodeCode: leaf.code, layer: .appraisalRound1,
                                            inputs: StoredInput(LeafInput(score: lower)).json, note: reason, updatedBy: nil))
                }
            }
        }
        // One statement for the assessment's entries: every test seeds the demo.
        guard !rows.isEmpty else { return }
        try await rows.create(on: db)
    }

    /// The repository holding `criteria-sets/` and `examples/`: the working directory when the
    /// server is started from it (as the README does), else the checkout this binary was built from.
    static func repositoryRoot() throws -> URL {
        let candidates = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                          URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                              .deletingLastPathComponent().deletingLastPathComponent()]
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("criteria-sets/langson-district-par-2023.yaml").path) {
            return candidate
        }
        throw AppSettings.Problem(description: "--demo needs the repository's criteria-sets/ and examples/ folders: start the server from the repository root")
    }
}
