import HeraldCore
import HeraldIO

/// Runs a pipeline over everything a reader yields, in batches across cores, handing results
/// to a callback in input order and keeping a summary of what failed.
public struct BatchRunner {
    /// What happened to one input.
    public enum Outcome {
        case analyzed(Document)
        case failed(input: String, message: String)
    }

    /// Counts over a run.
    public struct Summary: Sendable, Equatable {
        public var analyzed = 0
        public var failed = 0
        public var warnings = 0
        public var bytes = 0
        public init() {}
    }

    public let pipeline: Pipeline
    public var concurrency: Int
    /// Documents per batch handed to the cores.
    public var batchSize: Int
    /// Bytes of text per batch, whichever comes first.
    public var batchBytes: Int

    /// Creates a runner.
    public init(pipeline: Pipeline, concurrency: Int = Pipeline.defaultConcurrency, batchSize: Int = 256,
                batchBytes: Int = 16 << 20) {
        self.pipeline = pipeline
        self.concurrency = max(1, concurrency)
        self.batchSize = max(1, batchSize)
        self.batchBytes = batchBytes
    }

    /// Runs over `reader`, calling `handle` for each input in order; returns the summary.
    public func run(_ reader: some Sequence<Result<Document, InputError>>, handle: (Outcome) throws -> Void) rethrows -> Summary {
        var summary = Summary()
        var batch: [Result<Document, InputError>] = []
        var batchTextBytes = 0

        func flush() throws {
            let documents = batch.compactMap { try? $0.get() }
            var processed = pipeline.process(documents, concurrency: concurrency).makeIterator()
            for item in batch {
                switch item {
                case let .failure(error):
                    summary.failed += 1
                    try handle(.failed(input: error.input, message: error.reason))
                case .success:
                    switch processed.next()! {
                    case let .success(document):
                        summary.analyzed += 1
                        summary.warnings += document.warnings.count
                        try handle(.analyzed(document))
                    case let .failure(error):
                        summary.failed += 1
                        if case let .componentFailed(component, source, message) = error {
                            try handle(.failed(input: source, message: "\(component): \(message)"))
                        } else {
                            try handle(.failed(input: "pipeline", message: error.description))
                        }
                    }
                }
            }
            batch.removeAll(keepingCapacity: true)
            batchTextBytes = 0
        }

        for item in reader {
            if case let .success(document) = item {
                summary.bytes += document.text.count + (document.html?.count ?? 0)
                batchTextBytes += document.text.count + (document.html?.count ?? 0)
            }
            batch.append(item)
            if batch.count >= batchSize || batchTextBytes >= batchBytes { try flush() }
        }
        if !batch.isEmpty { try flush() }
        return summary
    }
}
