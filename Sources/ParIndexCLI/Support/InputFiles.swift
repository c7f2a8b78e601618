import Foundation
import ParIndexCore

/// Reads the files a command is given, turning every failure into messages and exit status 2.
struct InputFiles {
    let console: Console
    let language: Language

    struct Failed: Error {}

    func text(_ path: String) throws(Failed) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            let message = LocalizedText(vi: "Không đọc được tệp «\(path)» (không tồn tại, không có quyền đọc hoặc không phải UTF-8)",
                                        en: "Cannot read “\(path)” (missing, unreadable or not UTF-8)")
            console.error(message.text(language))
            throw Failed()
        }
    }

    /// A criteria set that parses and validates; otherwise every problem is printed.
    func criteriaSet(_ path: String) throws(Failed) -> CriteriaSet {
        let source = try text(path)
        let set: CriteriaSet
        do {
            set = try CriteriaSet.fromYAML(source, file: path)
        } catch {
            report(error.issues)
            throw Failed()
        }
        let issues = set.validate(file: path)
        guard issues.isEmpty else {
            report(issues)
            throw Failed()
        }
        return set
    }

    func assessment(_ path: String, for set: CriteriaSet) throws(Failed) -> Assessment {
        let source = try text(path)
        let assessment: Assessment
        do {
            assessment = try Assessment.fromYAML(source, file: path)
        } catch {
            report(error.issues)
            throw Failed()
        }
        guard assessment.criteriaSetID == set.metadata.id else {
            console.error(LocalizedText(
                vi: "\(path): bản đánh giá dùng bộ chỉ số «\(assessment.criteriaSetID)», không phải «\(set.metadata.id)»",
                en: "\(path): the assessment is for criteria set “\(assessment.criteriaSetID)”, not “\(set.metadata.id)”").text(language))
            throw Failed()
        }
        return assessment
    }

    /// A questionnaire that parses; otherwise every problem is printed.
    func questionnaire(_ path: String) throws(Failed) -> Questionnaire {
        let source = try text(path)
        do {
            return try Questionnaire.fromYAML(source, file: path)
        } catch {
            report(error.issues)
            throw Failed()
        }
    }

    func report(_ issues: [ValidationIssue]) {
        for issue in issues { console.error(issue.formatted(language)) }
    }
}
