import ArgumentParser

/// The `parindex` command line. `run(_:)` parses, runs and returns what a user would see, so
/// that the executable is a three-line shell and tests call this directly.
public enum ParIndexCLI {
    public struct Outcome: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
    }

    public static func run(_ arguments: [String]) -> Outcome {
        let console = Console()
        do {
            var command = try RootCommand.parseAsRoot(arguments)
            guard let runnable = command as? any ConsoleCommand else {
                // Only help (and a bare `parindex`) gets here; running it throws the help to print.
                try command.run()
                return Outcome(status: 0, output: "", errors: "")
            }
            let status = runnable.execute(console)
            return Outcome(status: status.rawValue, output: console.output, errors: console.errors)
        } catch {
            let code = RootCommand.exitCode(for: error)
            let message = RootCommand.fullMessage(for: error)
            // Usage errors are invalid input too: one status for every kind of wrong input.
            if code == .success { return Outcome(status: 0, output: message + "\n", errors: "") }
            return Outcome(status: ExitStatus.invalidInput.rawValue, output: "", errors: message + "\n")
        }
    }
}

struct RootCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parindex",
        abstract: "ParIndex — chấm điểm Chỉ số cải cách hành chính (PAR Index) và đánh giá kết quả thực hiện nhiệm vụ.",
        discussion: """
        Exit status: 0 done and consistent; 2 invalid input (a file that does not parse or \
        validate, a wrong score); 3 the reported figures disagree with the computed ones.
        """,
        subcommands: [CriteriaCommand.self, ScoreCommand.self, PlanCommand.self, RankCommand.self, SurveyCommand.self, BenchCommand.self]
    )

}

/// A subcommand that writes to a `Console` and says how it ended.
protocol ConsoleCommand: ParsableCommand {
    func execute(_ console: Console) -> ExitStatus
}
