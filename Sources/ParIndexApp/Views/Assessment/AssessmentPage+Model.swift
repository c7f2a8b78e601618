import Foundation
import ParIndexCore
import ParIndexData

enum AssessmentPage {
    /// Everything the assessment page shows, as plain values: built from an opened assessment by
    /// `init(_:library:form:)`.
    struct Model {
        var id: UUID
        var unitName: String
        var unitID: UUID
        var periodTitle: String
        var setTitle: LocalizedText
        var state: AssessmentState
        var version: Int
        /// The unit's report (difficulties, proposals) may be written now.
        var mayEditReport: Bool
        var deadlines: WorkflowDeadlines
        var actions: [WorkflowAction]
        var rows: [Row]
        var progress: Progress
        var selfFigures: Figures
        var appraisedFigures: Figures?
        var difficulties: String
        var proposals: String
        var library: [DocumentChoice]
        var form: FormState?
        var isDemo: Bool
        /// The signed and stamped sheet attached at submission, shown to whoever sees the assessment.
        var signedSheet: SignedSheetLink? = nil
        /// The leader may attach or replace it now (before submitting).
        var mayAttachSignedSheet = false
    }

    struct SignedSheetLink {
        var documentID: UUID
        var title: String
        var number: String
    }

    struct Figures {
        var total: Points
        var maximum: Points
        var index: FixedDecimal?
        var band: LocalizedText?
    }

    struct Progress {
        var done: Int
        var total: Int
        var lackingEvidence: Int
    }

    struct DocumentChoice {
        var id: UUID
        var title: String
    }

    struct Row {
        var code: String
        var title: LocalizedText
        var depth: Int
        var isLeaf: Bool
        var kind: NodeKind
        var maximum: Points
        var guidance: String?
        var evidenceRequirement: String?
        var selfPoints: Points?
        var appraisedPoints: Points?
        var fields: [InputField]
        var selfEntry: EntryValues?
        var appraisalEntry: EntryValues?
        var surveyEntry: EntryValues?
        var selfWorking: LocalizedText?
        var selfError: LocalizedText?
        var links: [LinkRow]
        var requests: [RequestRow]
        var permissions: Permissions
        var roundOneReason: String?
        /// The campaign whose answers give this survey criterion its points, when one does.
        var fedByCampaign: String?
    }

    struct EntryValues {
        var values: [String: String]
        var note: String
        var version: Int
        var updatedBy: String?
    }

    struct Permissions {
        var editSelf = false
        var appraise = false
        var enterSurvey = false
        var requestExplanation = false
        var answer = false
        var linkEvidence = false
    }

    struct LinkRow {
        var id: UUID
        var documentID: UUID
        var title: String
        var anchor: String
        var isPreviewable: Bool
    }

    struct RequestRow {
        var id: UUID
        var question: String
        var answer: String?
    }

    /// A form sent back to the page: what was typed, and why it was not saved.
    struct FormState {
        var code: String
        var layer: EntryLayer
        var values: [String: String]
        var note: String
        var error: LocalizedText?
        var field: String?
        var conflict: (current: EntrySnapshot, yours: EntrySnapshot)?
        /// Typed before the session expired, kept and shown again unsaved.
        var restored = false
    }

    /// The inputs a criterion's rule needs, as form controls.
    enum InputField: Equatable {
        case choice(name: String, label: LocalizedText, options: [(value: String, label: LocalizedText)])
        case number(name: String, label: LocalizedText, unit: String?)
        case notApplicable

        static func == (lhs: InputField, rhs: InputField) -> Bool {
            switch (lhs, rhs) {
            case let (.choice(a, b, c), .choice(d, e, f)): a == d && b == e && c.map(\.value) == f.map(\.value)
            case let (.number(a, b, c), .number(d, e, f)): a == d && b == e && c == f
            case (.notApplicable, .notApplicable): true
            default: false
            }
        }
    }
}
