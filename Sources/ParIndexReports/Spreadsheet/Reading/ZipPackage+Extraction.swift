import Foundation
import ZIPFoundation

extension ZipPackage {
    /// The inflated bytes of the part `name`, or nil when the archive has no such part. Every
    /// inflated chunk is counted against `budget` as it comes, so a bomb stops at the first chunk
    /// past a limit, whatever sizes the archive declares.
    func contents(of name: String, budget: inout InflateBudget) throws(SpreadsheetError) -> [UInt8]? {
        guard let entry = entry(name) else { return nil }
        guard entry.flags & 0x41 == 0 else { throw .unsupported(.encryptedEntry) }
        let data = try dataRange(of: entry)
        var output: [UInt8] = []
        var part = budget.startPart(compressedSize: entry.compressedSize)
        let checksum: UInt32
        switch entry.method {
        case 0:
            try budget.count(data.count, in: &part)
            output = Array(bytes[data])
            checksum = Data(output).crc32(checksum: 0)
        case 8:
            checksum = try inflate(data, into: &output, budget: &budget, part: &part, name: entry.name)
        default:
            throw .unsupported(.compressionMethod)
        }
        guard checksum == entry.crc32 else { throw .damaged(part: entry.name) }
        return output
    }

    /// The compressed bytes, after the local header (APPNOTE 4.3.7), which must lie in the file.
    private func dataRange(of entry: Entry) throws(SpreadsheetError) -> Range<Int> {
        let header = entry.localHeaderOffset
        guard bytes.littleEndianInteger(at: header, count: 4) == 0x0403_4B50,
              let nameLength = bytes.littleEndianInteger(at: header + 26, count: 2),
              let extraLength = bytes.littleEndianInteger(at: header + 28, count: 2)
        else { throw .damaged(part: entry.name) }
        let start = header + 30 + nameLength + extraLength
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else { throw .damaged(part: entry.name) }
        return start..<(start + entry.compressedSize)
    }

    /// Inflates through ZIPFoundation's zlib binding. On Linux it asks the provider for a full
    /// buffer each time, tells zlib that many bytes are there, and ignores the compressed size:
    /// so the provider pads the last chunk with zeros (never letting zlib read past it) and throws
    /// once the entry's bytes are spent, which ends a stream that never reaches its end marker.
    /// On Apple platforms it asks for what is left, then for 0 bytes while output still drains;
    /// a run of empty chunks there means the stream is stuck, not draining.
    private func inflate(_ data: Range<Int>, into output: inout [UInt8], budget: inout InflateBudget,
                         part: inout InflateBudget.Part, name: String) throws(SpreadsheetError) -> UInt32 {
        var cursor = data.lowerBound
        var emptyChunks = 0
        do {
            return try Data.decompress(size: Int64(data.count), bufferSize: 32 * 1024, skipCRC32: false, provider: { _, wanted in
                guard wanted > 0 else { return Data() }
                guard cursor < data.upperBound else { throw SpreadsheetError.damaged(part: name) }
                let count = min(wanted, data.upperBound - cursor)
                var chunk = Data(bytes[cursor..<(cursor + count)])
                cursor += count
                if count < wanted { chunk.append(Data(count: wanted - count)) }
                return chunk
            }, consumer: { chunk in
                emptyChunks = chunk.isEmpty ? emptyChunks + 1 : 0
                guard emptyChunks < 64 else { throw SpreadsheetError.damaged(part: name) }
                try budget.count(chunk.count, in: &part)
                output.append(contentsOf: chunk)
            })
        } catch let error as SpreadsheetError {
            throw error
        } catch {
            throw .damaged(part: name)
        }
    }
}
