public import ParIndexCore

extension SpreadsheetError {
    /// What to tell the person who uploaded the file, in both languages.
    public var message: LocalizedText {
        switch self {
        case .tooLarge:
            LocalizedText(vi: "Tệp quá lớn để đọc.", en: "The file is too large to read.")
        case .notAZip:
            LocalizedText(vi: "Tệp không phải là tệp Excel (.xlsx).", en: "The file is not an Excel workbook (.xlsx).")
        case .notAWorkbook:
            LocalizedText(vi: "Tệp không chứa bảng tính Excel nào (.xlsx).", en: "The file holds no Excel worksheet (.xlsx).")
        case .bomb:
            LocalizedText(vi: "Tệp giải nén quá lớn — có thể là tệp nén độc hại (zip bomb).",
                          en: "The file inflates to far too much data — possibly a malicious archive (zip bomb).")
        case let .malformedXML(part):
            LocalizedText(vi: "Tệp Excel bị lỗi: không đọc được phần \(part).",
                          en: "The Excel file is damaged: part \(part) cannot be read.")
        case let .damaged(part):
            LocalizedText(vi: "Tệp Excel bị hỏng: phần \(part) bị thiếu hoặc không giải nén được.",
                          en: "The Excel file is damaged: part \(part) is missing or cannot be decompressed.")
        case let .unsupported(detail):
            Self.message(unsupported: detail)
        case .tooManyCells:
            LocalizedText(vi: "Bảng tính có quá nhiều hàng hoặc ô có dữ liệu để nhập.",
                          en: "The workbook has too many rows or filled cells to import.")
        }
    }

    private static func message(unsupported detail: String) -> LocalizedText {
        switch UnsupportedFeature(rawValue: detail) {
        case .encryptedOrLegacyWorkbook:
            LocalizedText(vi: "Tệp được đặt mật khẩu hoặc là tệp Excel cũ (.xls): hãy bỏ mật khẩu và lưu lại dưới dạng .xlsx.",
                          en: "The file is password-protected or an old Excel file (.xls): remove the password and save it as .xlsx.")
        case .documentTypeDeclaration:
            LocalizedText(vi: "Tệp Excel chứa khai báo DOCTYPE/ENTITY, không được chấp nhận vì lý do an toàn.",
                          en: "The Excel file holds a DOCTYPE/ENTITY declaration, refused for safety.")
        case .encryptedEntry:
            LocalizedText(vi: "Tệp nén được đặt mật khẩu, không đọc được.", en: "The archive is password-protected and cannot be read.")
        case .openDocument:
            LocalizedText(vi: "Tệp bảng tính OpenDocument (.ods) chưa được hỗ trợ: hãy lưu lại dưới dạng .xlsx.",
                          en: "OpenDocument spreadsheets (.ods) are not supported: save the file as .xlsx.")
        case .compressionMethod, .multiDiskArchive, nil:
            LocalizedText(vi: "Tệp Excel dùng định dạng không được hỗ trợ (\(detail)): hãy mở bằng Excel và lưu lại dưới dạng .xlsx.",
                          en: "The Excel file uses an unsupported format (\(detail)): open it in Excel and save it again as .xlsx.")
        }
    }
}
