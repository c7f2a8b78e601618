import Foundation
import ParIndexData

/// The options ParIndex adds to Vapor's commands: `--data DIR` and `--demo`. They are taken out
/// before Vapor parses the rest (`serve --hostname --port`, `migrate --yes`, …).
struct LaunchOptions: Equatable {
    var dataDirectory = "parindex-data"
    var demo = false
    var vaporArguments: [String] = []

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ arguments: [String]) throws -> LaunchOptions {
        var options = LaunchOptions()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--demo":
                options.demo = true
            case "--data":
                guard index + 1 < arguments.count, !arguments[index + 1].hasPrefix("--") else {
                    throw Problem(description: "--data needs a folder, e.g. --data ./parindex-data")
                }
                options.dataDirectory = arguments[index + 1]
                index += 1
            default:
                if argument.hasPrefix("--data=") {
                    options.dataDirectory = String(argument.dropFirst("--data=".count))
                } else {
                    options.vaporArguments.append(argument)
                }
            }
            index += 1
        }
        // A bare `serve` listens on 127.0.0.1:8080, as the README says.
        if options.vaporArguments.first == "serve", !options.vaporArguments.contains(where: { $0.hasPrefix("--hostname") || $0 == "-H" || $0 == "--bind" || $0 == "-b" }) {
            options.vaporArguments += ["--hostname", "127.0.0.1"]
        }
        return options
    }
}
