package import Foundation
import Synchronization

/// Identifiers for rows that arrive in bulk and are never shown (a survey response's answers):
/// each follows the one before, so a batch of them lands at the end of the primary key's index
/// instead of on as many random pages as rows. Random identifiers made a batch of 15 answers
/// (450 rows) dirty about 450 pages — written to the log, flushed, then copied to the file.
///
/// They carry no time: a random prefix drawn when the process starts, then a counter. What they
/// reveal (which row came after which) the table's own row order reveals anyway. Identifiers
/// shown to people (a response's, exported with its answers) stay random.
package enum SequentialRowID {
    private static let state = Mutex<(prefix: UInt64, counter: UInt64)>((UInt64.random(in: .min ... .max), 0))

    package static func next() -> UUID {
        let (prefix, counter) = state.withLock { state in
            state.counter &+= 1
            return (state.prefix, state.counter)
        }
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: prefix >> (56 - 8 * index))
            bytes[8 + index] = UInt8(truncatingIfNeeded: counter >> (56 - 8 * index))
        }
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
