import ArgumentParser
import Foundation
import Herald
import HeraldEval

/// `herald eval extraction`: article extraction on ScrapingHub and WCXB, beside a peer's output.
public struct EvalExtraction: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Score HTML article extraction: body, headline and date.",
        discussion: """
        ScrapingHub (article-extraction-benchmark): F1 over 4-word shingles, its own metric. WCXB \
        article pages: mean word F1, and headline (word F1 ≥ 0.9) and date (same day) accuracy on \
        pages whose ground truth has them. Speed is pages per CPU-second on one core for the HTML \
        reader. --list writes the page paths for a peer; --peer scores a peer's JSON Lines \
        ('file', 'text', 'title', 'date', as ../shared/tools/peers/trafilatura_extract.py prints). \
        See scripts/eval-extraction.sh. Develop on ScrapingHub and WCXB dev; WCXB test is for reporting.
        """
    )

    @Option(help: "The benchmark: scrapinghub or wcxb.")
    public var benchmark: String = "scrapinghub"

    @Option(help: "WCXB split: dev or test.")
    public var split: String = "dev"

    @Option(help: "The shared data folder.")
    public var shared: String = "../shared"

    @Option(help: "Write the page paths, one a line, to FILE and stop.")
    public var list: String?

    @Option(help: "A peer's output to score as well.")
    public var peer: [String] = []

    @Option(help: "Show the N pages Herald scores worst on (development only).")
    public var errors: Int = 0

    @Option(help: ArgumentHelp("List the pages whose headline, author or date is wrong (development only).", valueName: "field"))
    public var misses: String?

    @Option(help: "Explain how the container of page ID was chosen (development only).")
    public var explain: String?

    public init() {}

    public func validate() throws {
        guard ["scrapinghub", "wcxb"].contains(benchmark) else { throw ValidationError("--benchmark is scrapinghub or wcxb") }
        guard ["dev", "test"].contains(split) else { throw ValidationError("--split is dev or test") }
        if let misses, ExtractionEvaluation.Field(rawValue: misses) == nil {
            throw ValidationError("--misses is headline, author or date")
        }
    }

    public func run() throws {
        let output = Console.standardOutput()
        defer { output.flush() }
        let root = shared + "/eval/extraction"
        let evaluation = benchmark == "scrapinghub"
            ? try ExtractionEvaluation.scrapinghub(root + "/scrapinghub")
            : try ExtractionEvaluation.wcxb(root + "/wcxb", split: split)
        if let list {
            try evaluation.pages.map(\.path).joined(separator: "\n").appending("\n").write(toFile: list, atomically: true, encoding: .utf8)
            output.write("wrote \(evaluation.pages.count) page paths to \(list)\n")
            return
        }
        if let explain, let page = evaluation.pages.first(where: { $0.id == explain }) {
            let (bytes, _) = HTMLEncoding.utf8(page.html)
            output.write(ContentExtractor().explain(HTMLParser.parse(bytes)) + "\n")
            return
        }
        let start = MonotonicClock.threadCPU()
        var outputs = evaluation.pages.map(ExtractionEvaluation.herald)
        let seconds = MonotonicClock.threadCPU() - start
        for index in outputs.indices { outputs[index].modified = ExtractionEvaluation.modifiedDate(evaluation.pages[index]) }
        let name = benchmark == "wcxb" ? "WCXB \(split)" : "ScrapingHub"
        output.write("\(name): herald  \(evaluation.score(outputs)) · \(String(format1: Double(outputs.count) / seconds)) pages/s per core\n")
        for file in peer {
            let peerOutputs = try Self.peerOutputs(file, pages: evaluation.pages)
            output.write("\(name): \((file as NSString).lastPathComponent)  \(evaluation.score(peerOutputs))\n")
        }
        if let field = misses.flatMap(ExtractionEvaluation.Field.init) {
            for (page, out) in zip(evaluation.pages, outputs) where page[keyPath: field.truth] != nil && !field.isRight(page, out) {
                let truth = page[keyPath: field.truth] ?? "", predicted = out[keyPath: field.predicted] ?? "-"
                output.write("\(page.id)\ttruth: \(truth)\n\(page.id)\therald: \(predicted)\n")
            }
        }
        if errors > 0 {
            let ranked = zip(evaluation.pages, outputs).map { page, out in
                (page, out, TextOverlap.wordF1(predicted: out.text, reference: page.body))
            }.sorted { $0.2 < $1.2 }
            for (page, out, f1) in ranked.prefix(errors) {
                output.write("\(BoundaryScore.format(f1))  \(page.id)  \(page.url ?? "")  predicted \(out.text.count) chars, truth \(page.body.count)\n")
            }
        }
    }

    /// A peer's outputs in page order, by file path.
    static func peerOutputs(_ path: String, pages: [ExtractionEvaluation.Page]) throws -> [ExtractionEvaluation.Output] {
        var byFile: [String: ExtractionEvaluation.Output] = [:]
        for record in try PeerFiles.lines(path) {
            guard let file = record["file"]?.string else { continue }
            byFile[file] = ExtractionEvaluation.Output(text: record["text"]?.string ?? "", title: record["title"]?.string,
                                                       date: record["date"]?.string, author: record["author"]?.string)
        }
        return pages.map { byFile[$0.path] ?? ExtractionEvaluation.Output(text: "", title: nil, date: nil) }
    }
}
