import ArgumentParser
import Herald

/// `herald bench`: measure each stage's throughput over a corpus.
public struct Bench: ParsableCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Measure the throughput of each stage over a corpus.",
        discussion: """
        Reads every article under PATH into memory, then times each stage on one core (CPU time of \
        the thread, best of --runs runs) and the whole pipeline on all cores (wall time). Compare \
        with spaCy on the same files with scripts/bench-peers.sh. With --as-one, the texts are read as \
        one long document, to see how the stages scale with a document's length: its MB/s should stay \
        near the figure for the articles apart.
        """
    )

    @Argument(help: "Files or directories of articles.")
    public var paths: [String]

    @Option(name: .long, help: "Runs per stage; the best is reported.")
    public var runs: Int = 5

    @Flag(name: .long, help: "Print the figures as one JSON object.")
    public var json = false

    @Flag(name: .long, help: "Only the text stages: reading, cleaning, tokenizing, splitting.")
    public var textOnly = false

    @Flag(name: .long, help: "Join the articles' texts, a blank line between them, into one document (web pages are left out).")
    public var asOne = false

    public init() {}

    public func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1") }
    }

    /// One stage's figures.
    struct Figure {
        var stage: String
        var seconds: Double
        var bytes: Int
        var articles: Int
        var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / seconds }
        var articlesPerSecond: Double { Double(articles) / seconds }
    }

    static let parsingStage = "  of which html parsing"

    /// The HTML reader's parsing alone, decoding included, over the web pages among `documents`: the
    /// figure to hold against another parser's (libxml2's, under lxml and trafilatura). Nil without pages.
    func htmlParsing(_ documents: [Document]) -> Figure? {
        let pages = documents.compactMap(\.html)
        guard !pages.isEmpty else { return nil }
        var best = Double.infinity
        var nodes = 0
        for _ in 0..<runs {
            let start = MonotonicClock.threadCPU()
            for page in pages { nodes &+= HTMLParser.parse(HTMLEncoding.utf8(page).bytes).nodes.count }
            best = min(best, MonotonicClock.threadCPU() - start)
        }
        // (The nodes are counted so that the parses are not optimised away.)
        guard nodes > 0 else { return nil }
        return Figure(stage: Self.parsingStage, seconds: best, bytes: pages.reduce(0) { $0 + $1.count }, articles: pages.count)
    }

    public func run() throws {
        let output = Console.standardOutput()
        defer { output.flush() }
        try execute(output: output, errors: Console.standardError())
    }

    /// Measures and writes the figures to `output`, skipped inputs to `errors`.
    func execute(output: Console, errors: Console) throws {

        // Reading: files to documents, one core.
        var documents: [Document] = []
        var readSeconds = Double.infinity
        for _ in 0..<runs {
            var batch: [Document] = []
            let start = MonotonicClock.threadCPU()
            for item in ArticleReader(paths: paths) {
                switch item {
                case let .success(document): batch.append(document)
                case let .failure(error): if documents.isEmpty && batch.isEmpty { errors.write("herald: skipped \(error)\n") }
                }
            }
            readSeconds = min(readSeconds, MonotonicClock.threadCPU() - start)
            documents = batch
        }
        if asOne {
            let texts = documents.map(\.textString).filter { !$0.isEmpty }
            documents = texts.isEmpty ? [] : [Document(text: texts.joined(separator: "\n\n"), source: "\(texts.count) articles as one")]
        }
        guard !documents.isEmpty else { throw ValidationError("no articles could be read from \(paths.joined(separator: " "))") }
        // (A web page's bytes are its HTML: its text is not known until the HTML reader has run.)
        let bytes = documents.reduce(0) { $0 + ($1.html?.count ?? $1.text.count) }
        var figures = [Figure(stage: "read", seconds: readSeconds, bytes: bytes, articles: documents.count)]

        // Each text stage alone, one core.
        var staged = documents
        let components = textOnly ? Pipeline.textComponents : Herald.standardComponents
        for component in components {
            var best = Double.infinity
            var result: [Document] = []
            for _ in 0..<runs {
                var copy = staged
                let start = MonotonicClock.threadCPU()
                for index in copy.indices { try component.process(&copy[index]) }
                best = min(best, MonotonicClock.threadCPU() - start)
                result = copy
            }
            figures.append(Figure(stage: component.name, seconds: best, bytes: bytes, articles: documents.count))
            staged = result
            if component is HTMLReader, let parsing = htmlParsing(documents) { figures.append(parsing) }
        }
        let textStages: Set<String> = ["read", "cleaner", "tokenizer", "sentence-splitter"]
        let textSeconds = figures.filter { textStages.contains($0.stage) }.reduce(0) { $0 + $1.seconds }
        figures.append(Figure(stage: "read+clean+tokenize+split", seconds: textSeconds, bytes: bytes, articles: documents.count))
        // (Parsing is part of the HTML reader's time, not a stage of its own.)
        let allSeconds = figures.dropLast().filter { $0.stage != Self.parsingStage }.reduce(0) { $0 + $1.seconds }
        figures.append(Figure(stage: "all stages, one core", seconds: allSeconds, bytes: bytes, articles: documents.count))

        // JSON output, one core.
        var jsonBest = Double.infinity
        for _ in 0..<runs {
            let start = MonotonicClock.threadCPU()
            var total = 0
            for document in staged { total &+= document.json(indent: 0).utf8.count }
            jsonBest = min(jsonBest, MonotonicClock.threadCPU() - start)
        }
        figures.append(Figure(stage: "json", seconds: jsonBest, bytes: bytes, articles: documents.count))

        // The whole pipeline on all cores.
        let pipeline = textOnly ? try Pipeline(Pipeline.textComponents) : try Herald.pipeline()
        var wallBest = Double.infinity
        for _ in 0..<runs {
            let start = MonotonicClock.now()
            _ = pipeline.process(documents)
            wallBest = min(wallBest, MonotonicClock.now() - start)
        }
        let cores = Pipeline.defaultConcurrency
        let parallel = Figure(stage: "pipeline, \(cores) cores (wall)", seconds: wallBest, bytes: bytes, articles: documents.count)

        if json {
            var w = JSONWriter(indent: 2)
            w.beginObject()
            w.key("articles"); w.value(documents.count)
            w.key("bytes"); w.value(bytes)
            w.key("cores"); w.value(cores)
            w.key("stages")
            w.beginArray()
            for figure in figures + [parallel] {
                w.beginObject()
                w.key("stage"); w.value(figure.stage)
                w.key("seconds"); w.value(figure.seconds)
                w.key("megabytesPerSecond"); w.value(figure.megabytesPerSecond)
                w.key("articlesPerSecond"); w.value(figure.articlesPerSecond)
                w.endObject()
            }
            w.endArray()
            w.endObject()
            output.write(w.string + "\n")
            return
        }
        output.write("\(documents.count) articles, \(String(format1: Double(bytes) / 1_048_576)) MB read; best of \(runs) runs\n\n")
        output.write(pad("stage", 30) + pad("MB/s per core", 15, right: true) + pad("articles/s", 13, right: true) + "\n")
        for figure in figures {
            output.write(pad(figure.stage, 30) + pad(String(format1: figure.megabytesPerSecond), 15, right: true)
                + pad(String(Int(figure.articlesPerSecond)), 13, right: true) + "\n")
        }
        output.write(pad(parallel.stage, 30) + pad(String(format1: parallel.megabytesPerSecond) + " total", 15, right: true)
            + pad(String(Int(parallel.articlesPerSecond)), 13, right: true) + "\n")
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }
}

extension String {
    /// A number with one decimal.
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(abs(tenths % 10))"
    }
}
