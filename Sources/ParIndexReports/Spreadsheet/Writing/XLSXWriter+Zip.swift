import Foundation
import ZIPFoundation

extension XLSXWriter {
    /// Every entry carries this date (1980-01-01, the first the ZIP format can hold) instead of
    /// the clock's, so that the same workbook always gives the same bytes.
    private static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    static func zipped(_ parts: [Part]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for part in parts {
            let data = Data(part.bytes)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(data.count),
                modificationDate: entryDate, compressionMethod: .deflate
            ) { position, size in
                let start = Int(position)
                return data.subdata(in: start..<min(start + size, data.count))
            }
        }
        guard let data = archive.data else { throw XLSXWriterError.archiveUnavailable }
        return data
    }
}
