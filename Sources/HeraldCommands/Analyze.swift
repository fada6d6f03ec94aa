import ArgumentParser
import Herald

/// `herald analyze`: read articles and print what Herald finds in them.
public struct Analyze: ParsableCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Analyse articles and print them as JSON or as a digest to read.",
        discussion: """
        PATH may be a .txt file (the first line followed by a blank line is the headline), an .html \
        page, a .json file (one record or an array of records), a .jsonl file (one record a line), a directory \
        (searched recursively), or '-' for standard input; any of them may be gzip-compressed. \
        Records carry 'text' (or 'html'), and may carry 'id', 'title', 'url', 'author' and \
        'published' or 'date'.

        A bad input is reported on standard error by name and the rest go on; the exit status is \
        1 when any input failed.
        """
    )

    /// Output formats.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        case text, json, jsonl
    }

    @Argument(help: "Files or directories to read; '-' reads standard input.")
    public var paths: [String] = []

    @Option(name: .shortAndLong, help: "Output: text (a digest; the default on a terminal), json (indented), jsonl (one line per article; the default in a pipe).")
    public var format: Format?

    @Option(name: .long, help: ArgumentHelp("Publication date for inputs that carry none; offices are read at this date.", valueName: "YYYY-MM-DD"))
    public var date: String?

    @Option(name: .long, help: "Largest article to read, in megabytes.")
    public var maxMegabytes: Int = ReaderOptions.defaultMaxBytes >> 20

    @Option(name: .shortAndLong, help: "Threads to analyse on (default: all cores).")
    public var jobs: Int?

    @Flag(name: .shortAndLong, help: "No progress or summary on standard error; errors still show.")
    public var quiet = false

    public init() {}

    public func validate() throws {
        if let date, !PublicationDate.isStrictDay(date) {
            throw ValidationError("--date must be a real day as YYYY-MM-DD, got '\(date)'")
        }
        if maxMegabytes < 1 { throw ValidationError("--max-megabytes must be at least 1") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    public func run() throws {
        let output = Console.standardOutput()
        let errors = Console.standardError()
        if paths.isEmpty && Console.standardInputIsTerminal {
            throw ValidationError("give a file or directory to analyse, or '-' to read standard input (see --help)")
        }
        let status = try execute(output: output, errors: errors)
        output.flush()
        if status != 0 { throw ExitCode(status) }
    }

    /// Runs the command, writing to the given streams; returns the exit status.
    public func execute(output: Console, errors: Console) throws -> Int32 {
        let inputs = paths.isEmpty ? ["-"] : paths
        let format = self.format ?? (output.isTerminal ? .text : .jsonl)
        let options = ReaderOptions(maxBytes: maxMegabytes << 20, defaultDate: date)
        let runner = BatchRunner(pipeline: try Herald.pipeline(), concurrency: jobs ?? Pipeline.defaultConcurrency)
        let progress = Progress(console: errors, enabled: !quiet && errors.isTerminal)
        let digest = Digest(color: output.isTerminal)
        var first = true
        let summary = runner.run(ArticleReader(paths: inputs, options: options)) { outcome in
            switch outcome {
            case let .analyzed(document):
                switch format {
                case .jsonl:
                    var writer = JSONWriter(indent: 0, capacity: document.text.count * 3)
                    document.write(to: &writer)
                    output.write(bytes: writer.bytes)
                    output.write("\n")
                case .json:
                    var writer = JSONWriter(indent: 2, capacity: document.text.count * 4)
                    document.write(to: &writer)
                    output.write(bytes: writer.bytes)
                    output.write("\n")
                case .text:
                    if !first { output.write("\n") }
                    output.write(digest.render(document))
                }
                first = false
                for warning in document.warnings { errors.write("herald: warning: \(document.source): \(warning.message)\n") }
            case let .failed(input, message):
                progress.clear()
                errors.write("herald: error: \(input): \(message)\n")
            }
            progress.tick()
        }
        progress.clear()
        let total = summary.analyzed + summary.failed
        if summary.failed > 0 || (!quiet && total > 1 && errors.isTerminal) {
            var line = "herald: \(summary.analyzed) article\(summary.analyzed == 1 ? "" : "s") analysed"
            if summary.failed > 0 { line += ", \(summary.failed) input\(summary.failed == 1 ? "" : "s") failed" }
            if summary.warnings > 0 { line += ", \(summary.warnings) warning\(summary.warnings == 1 ? "" : "s")" }
            errors.write(line + "\n")
        }
        return summary.failed > 0 ? 1 : 0
    }
}
