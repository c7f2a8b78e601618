extension XLSXWriter {
    /// A part's XML, built in one growing byte array so that a sheet of 80 000 cells costs one
    /// pass and no copying of what is already written.
    struct XMLBuffer {
        private(set) var bytes: [UInt8] = []

        init(capacity: Int = 1_024, declaration: Bool = true) {
            bytes.reserveCapacity(capacity)
            if declaration { append(#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n") }
        }

        /// Markup written as given: only for text the writer itself composes.
        mutating func append(_ markup: String) {
            bytes.append(contentsOf: markup.utf8)
        }

        mutating func append(_ number: Int) {
            append(String(number))
        }

        /// Text content, escaped.
        mutating func text(_ text: String) {
            escape(text, inAttribute: false)
        }

        /// An attribute value (inside double quotes), escaped; white space is kept as character
        /// references because parsers turn a raw tab or newline in an attribute into a space.
        mutating func attribute(_ text: String) {
            escape(text, inAttribute: true)
        }

        private mutating func escape(_ text: String, inAttribute: Bool) {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": append("&amp;")
                case "<": append("&lt;")
                case ">": append("&gt;")
                case "\"": append("&quot;")
                case "'": append("&apos;")
                // A raw CR would be read back as a line feed.
                case "\r": append("&#13;")
                case "\t" where inAttribute: append("&#9;")
                case "\n" where inAttribute: append("&#10;")
                default:
                    guard Self.isAllowed(scalar) else { continue }
                    UTF8.encode(scalar) { bytes.append($0) }
                }
            }
        }

        /// XML 1.0 forbids the control characters other than tab, line feed and carriage return, and
        /// U+FFFE and U+FFFF; a parser stops at the first one, so they are dropped.
        static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D, 0x20...0xFFFD, 0x10000...: true
            default: false
            }
        }
    }
}
