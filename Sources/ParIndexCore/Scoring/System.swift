import Foundation

/// What Core needs to know about the machine it runs on.
enum System {
    static var activeProcessorCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
