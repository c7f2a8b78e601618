import Foundation
import Testing
@testable import ParIndexReports

@Suite("QR codes")
struct QRCodeTests {
    /// ISO/IEC 18004's worked example as thonky.com gives it: "HELLO WORLD" at 1-M, data
    /// codewords and the ten error-correction codewords they must get.
    @Test func reedSolomonGivesTheWorkedExamplesCodewords() {
        let data: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        #expect(ReedSolomon.remainder(of: data, degree: 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    /// The format strings of the standard's table (mask 0 at each level, and two others).
    @Test func formatAndVersionInformationMatchTheStandardsTables() {
        #expect(QRMatrix.formatBits(correction: .low, mask: 0) == 0b111011111000100)
        #expect(QRMatrix.formatBits(correction: .medium, mask: 0) == 0b101010000010010)
        #expect(QRMatrix.formatBits(correction: .quartile, mask: 0) == 0b011010101011111)
        #expect(QRMatrix.formatBits(correction: .high, mask: 0) == 0b001011010001001)
        #expect(QRMatrix.formatBits(correction: .low, mask: 4) == 0b110011000101111)
        #expect(QRMatrix.versionBits(7) == 0b000111110010010100)
        #expect(QRMatrix.versionBits(10) == 0b001010010011010011)
    }

    @Test func theBlockTableAddsUpForEveryVersionAndLevel() {
        let totals = [26, 44, 70, 100, 134, 172, 196, 242, 292, 346]
        for version in 1...QRCode.largestVersion {
            for correction in QRCode.Correction.allCases {
                let blocks = QRCode.blocks(version: version, correction: correction)
                let count = blocks.groups.reduce(0) { $0 + $1.count }
                #expect(blocks.dataCodewords + count * blocks.ecPerBlock == totals[version - 1], "\(version) \(correction)")
            }
        }
        #expect(QRCode.capacity(version: 1, correction: .medium) == 14)
        #expect(QRCode.capacity(version: 10, correction: .low) == 271)
    }

    @Test func picksTheSmallestVersionAndRefusesWhatDoesNotFit() throws {
        #expect(try QRCode("https://parindex.vn/s/AB12CD", correction: .medium).version == 3)
        #expect(try QRCode(String(repeating: "a", count: 213), correction: .medium).version == 10)
        #expect(throws: QRCode.Problem.tooLong(bytes: 214, capacity: 213)) { try QRCode(String(repeating: "a", count: 214), correction: .medium) }
        let code = try QRCode("x")
        #expect(code.size == 21)
        // The three finders' corners are dark, the separators light.
        #expect(code.modules[0][0] && code.modules[0][20] && code.modules[20][0])
        #expect(!code.modules[7][7] && !code.modules[7][13] && !code.modules[13][7])
    }

    @Test func theSVGDrawsTheModulesWithAQuietZoneAndEscapesItsTitle() throws {
        let code = try QRCode("https://parindex.vn/s/AB12CD")
        let svg = code.svg(title: "Liên kết <khảo sát> & \"phiếu\"")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(code.size + 8) \(code.size + 8)\""))
        #expect(svg.contains("Liên kết &lt;khảo sát&gt; &amp; &quot;phiếu&quot;"))
        #expect(svg.contains("M4 4h7v1h-7z"), "the top-left finder's first row")
    }

    /// Every version and level, read back by a real decoder (zbarimg, Debian's zbar-tools, which
    /// the test script installs): the strongest check there is that the layout is the standard's.
    @Test func zbarimgReadsBackEveryVersionAndLevel() throws {
        let zbarimg = try #require(["/usr/bin/zbarimg", "/usr/local/bin/zbarimg"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                   "zbarimg is missing: apt-get install zbar-tools")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var cases: [(String, QRCode.Correction)] = []
        for version in 1...QRCode.largestVersion {
            for correction in QRCode.Correction.allCases {
                // The longest text that version holds, so each version is the one chosen.
                let length = QRCode.capacity(version: version, correction: correction)
                let text = "https://parindex.vn/s/" + String(repeating: "AB12-xyz/", count: 40)
                cases.append((String(text.prefix(length)), correction))
            }
        }
        #expect(cases.count == 40)
        for (index, (text, correction)) in cases.enumerated() {
            let code = try QRCode(text, correction: correction)
            #expect(code.version == index / 4 + 1)
            let file = directory.appendingPathComponent("\(index).pgm")
            try Self.pgm(code, scale: 4).write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: zbarimg)
            process.arguments = ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", file.path]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            process.waitUntilExit()
            let read = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(read.trimmingCharacters(in: .newlines) == text, "version \(code.version) \(correction) mask \(code.mask)")
        }
    }

    /// A binary graymap of the modules with the quiet zone, `scale` pixels per module.
    static func pgm(_ code: QRCode, scale: Int) -> Data {
        let side = (code.size + 8) * scale
        var data = Data("P5\n\(side) \(side)\n255\n".utf8)
        for y in 0..<side {
            for x in 0..<side {
                let row = y / scale - 4, column = x / scale - 4
                let dark = row >= 0 && row < code.size && column >= 0 && column < code.size && code.modules[row][column]
                data.append(dark ? 0 : 255)
            }
        }
        return data
    }
}
