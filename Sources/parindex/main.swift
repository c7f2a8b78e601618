import Foundation
import ParIndexApp
import ParIndexCLI

let arguments = Array(CommandLine.arguments.dropFirst())
if let command = arguments.first, ParIndexServer.commands.contains(command) {
    exit(await ParIndexServer.main(arguments))
}
let outcome = ParIndexCLI.run(arguments)
FileHandle.standardOutput.write(Data(outcome.output.utf8))
FileHandle.standardError.write(Data(outcome.errors.utf8))
exit(outcome.status)
