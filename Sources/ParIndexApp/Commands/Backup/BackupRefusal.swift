import Foundation
import ParIndexData

/// An operator command refusing its input (a non-empty target, a damaged archive, a hash that
/// does not match, …): the executable exits with status 2 instead of 1, so scripts can tell
/// "you asked for something unsafe" from "something broke".
struct BackupRefusal: Error, CustomStringConvertible {
    let vi: String
    let en: String

    var description: String { "\(vi) / \(en)" }
}
