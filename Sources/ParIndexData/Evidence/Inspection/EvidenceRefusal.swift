package import ParIndexCore

/// Why an upload is not filed as evidence. Each case says what is wrong in words a unit's officer
/// can act on (send the original file again, export it anew), never how the check works inside.
package enum EvidenceRefusal: Error, Equatable, Sendable {
    /// What something hides behind or inside a file that must be only a document or a picture.
    package enum Stowaway: Equatable, Sendable {
        case zip, html, unknown
    }

    case notTheNamedType(EvidenceFileType)
    case archiveDamaged(EvidenceFileType)
    case archiveUnsupported(EvidenceFileType)
    case archiveTooManyParts(EvidenceFileType, count: Int, limit: Int)
    case archiveExpandsTooMuch(EvidenceFileType, bytes: Int, limit: Int)
    case archiveRatioTooHigh(EvidenceFileType, limit: Int)
    case archiveMissingPart(EvidenceFileType, part: String)
    case imageDamaged(EvidenceFileType)
    case imageChecksum(EvidenceFileType)
    case imageEmpty(EvidenceFileType)
    case pdfHeader
    case pdfNoEnd
    case pdfNoCrossReference
    case dataAfterEnd(EvidenceFileType, Stowaway)
    case hidesAnotherFile(EvidenceFileType, Stowaway)

    package var message: LocalizedText {
        switch self {
        case .notTheNamedType(let type):
            LocalizedText(vi: "Nội dung tệp không phải là \(type.label) như tên tệp cho biết.",
                          en: "The file's content is not \(type.label) as its name says.")
        case .archiveDamaged(let type):
            Self.invalid(type, vi: "cấu trúc nén (zip) bị hỏng hoặc bị cắt cụt.", en: "its zip structure is damaged or cut short.")
        case .archiveUnsupported(let type):
            Self.invalid(type, vi: "tệp dùng kiểu nén không được hỗ trợ (zip64, mã hóa hoặc phương pháp nén lạ).",
                         en: "it uses an unsupported kind of zip (zip64, encryption or an unusual compression method).")
        case .archiveTooManyParts(let type, let count, let limit):
            Self.invalid(type, vi: "có quá nhiều phần (\(Self.grouped(count, ".")) phần, tối đa \(Self.grouped(limit, "."))).",
                         en: "it has too many parts (\(Self.grouped(count, ",")), at most \(Self.grouped(limit, ","))).")
        case .archiveExpandsTooMuch(let type, let bytes, let limit):
            Self.invalid(type, vi: "giải nén ra quá lớn (\(Self.megabytes(bytes, ".")), tối đa \(Self.megabytes(limit, "."))).",
                         en: "it expands to too much (\(Self.megabytes(bytes, ",")), at most \(Self.megabytes(limit, ","))).")
        case .archiveRatioTooHigh(let type, let limit):
            Self.invalid(type, vi: "một phần được nén với tỉ lệ bất thường (hơn \(limit) : 1).",
                         en: "a part is compressed at an abnormal ratio (more than \(limit) : 1).")
        case .archiveMissingPart(let type, let part):
            Self.invalid(type, vi: "thiếu phần bắt buộc \(part).", en: "the required part \(part) is missing.")
        case .imageDamaged(let type):
            Self.invalid(type, vi: "cấu trúc ảnh bị hỏng hoặc bị cắt cụt.", en: "its structure is damaged or cut short.")
        case .imageChecksum(let type):
            Self.invalid(type, vi: "mã kiểm tra (CRC) của một khối dữ liệu không khớp.", en: "a block's checksum (CRC) does not match.")
        case .imageEmpty(let type):
            Self.invalid(type, vi: "ảnh không có kích thước hoặc không có dữ liệu điểm ảnh.", en: "the picture has no dimensions or no pixel data.")
        case .pdfHeader:
            Self.invalid(.pdf, vi: "phần đầu tệp không phải %PDF-1.x hoặc %PDF-2.0.", en: "it does not start with %PDF-1.x or %PDF-2.0.")
        case .pdfNoEnd:
            Self.invalid(.pdf, vi: "thiếu dấu kết thúc %%EOF ở cuối tệp (tệp có thể bị cắt cụt).",
                         en: "it lacks the %%EOF end marker (the file may be cut short).")
        case .pdfNoCrossReference:
            Self.invalid(.pdf, vi: "thiếu bảng tham chiếu (startxref) ở cuối tệp.", en: "it lacks the cross-reference (startxref) at its end.")
        case .dataAfterEnd(let type, let stowaway):
            Self.invalid(type, vi: "có \(stowaway.vi) sau \(Self.endVi(type)).", en: "it has \(stowaway.en) after \(Self.endEn(type)).")
        case .hidesAnotherFile(let type, let stowaway):
            Self.invalid(type, vi: "bên trong có \(stowaway.vi).", en: "it has \(stowaway.en) inside.")
        }
    }

    private static func invalid(_ type: EvidenceFileType, vi: String, en: String) -> LocalizedText {
        LocalizedText(vi: "Tệp \(type.label) không hợp lệ: \(vi)", en: "The \(type.label) file is not valid: \(en)")
    }

    private static func endVi(_ type: EvidenceFileType) -> String {
        switch type {
        case .pdf: "dấu kết thúc %%EOF"
        case .docx, .xlsx: "phần kết thúc tệp nén"
        case .jpeg, .png: "phần kết thúc ảnh"
        }
    }

    private static func endEn(_ type: EvidenceFileType) -> String {
        switch type {
        case .pdf: "the %%EOF end marker"
        case .docx, .xlsx: "the end of the zip archive"
        case .jpeg, .png: "the end of the picture"
        }
    }

    /// 10000 as "10.000" (Vietnamese) or "10,000" (English).
    private static func grouped(_ number: Int, _ separator: String) -> String {
        var digits = String(number)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        return ([digits] + groups).joined(separator: separator)
    }

    /// Rounded up, so that a size just over a limit never reads as equal to it.
    private static func megabytes(_ bytes: Int, _ separator: String) -> String {
        grouped((bytes + 1_048_575) / 1_048_576, separator) + " MB"
    }
}

extension EvidenceRefusal.Stowaway {
    package var vi: String {
        switch self {
        case .zip: "một tệp nén zip"
        case .html: "mã HTML"
        case .unknown: "dữ liệu lạ"
        }
    }

    package var en: String {
        switch self {
        case .zip: "a zip archive"
        case .html: "HTML code"
        case .unknown: "unexpected data"
        }
    }
}
