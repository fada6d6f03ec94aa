import Dispatch

/// An ordered list of components, checked when built, that documents flow through.
///
/// ```swift
/// let pipeline = try Pipeline([Cleaner(), Tokenizer(), SentenceSplitter()])
/// let document = try pipeline.run(Document(text: article))
/// ```
public struct Pipeline: Sendable {
    /// The components, in order.
    public let components: [any Component]
    /// Layers every input document is expected to bring.
    public let given: Set<Layer>

    /// Builds a pipeline, checking that each component's requirements are met by the layers
    /// `given` with the input or provided by a component before it.
    public init(_ components: [any Component], given: Set<Layer> = [.rawText]) throws(PipelineError) {
        var available = given
        for (index, component) in components.enumerated() {
            for layer in component.requires.sorted() where !available.contains(layer) {
                let later = components[(index + 1)...].first { $0.provides.contains(layer) }
                throw .missingLayer(component: component.name, layer: layer, providedBy: later?.name)
            }
            available.formUnion(component.provides)
        }
        self.components = components
        self.given = given
    }

    /// The layers a document carries after the whole pipeline.
    public var provides: Set<Layer> {
        components.reduce(given) { $0.union($1.provides) }
    }

    /// Runs every component over `document` in place.
    public func run(_ document: inout Document) throws(PipelineError) {
        for component in components {
            if !component.requires.isSubset(of: document.layers) {
                let missing = component.requires.subtracting(document.layers).sorted().map(\.name).joined(separator: ", ")
                throw .componentFailed(component: component.name, source: document.source,
                                       message: "the input does not carry the \(missing) layer this component needs")
            }
            do {
                try component.process(&document)
            } catch let error as PipelineError {
                throw error
            } catch {
                throw .componentFailed(component: component.name, source: document.source, message: "\(error)")
            }
            document.layers.formUnion(component.provides)
        }
    }

    /// Runs every component over a copy of `document` and returns it.
    public func run(_ document: Document) throws(PipelineError) -> Document {
        var copy = document
        try run(&copy)
        return copy
    }

    /// Processes a batch on up to `concurrency` threads; results come back in input order.
    public func process(_ documents: [Document], concurrency: Int = Pipeline.defaultConcurrency)
        -> [Result<Document, PipelineError>]
    {
        guard documents.count > 1, concurrency > 1 else {
            return documents.map { document in Result { () throws(PipelineError) in try run(document) } }
        }
        let results = ResultSlots<Result<Document, PipelineError>>(count: documents.count)
        let workers = min(concurrency, documents.count)
        let next = AtomicCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.increment()
                if index >= documents.count { break }
                results[index] = Result { () throws(PipelineError) in try run(documents[index]) }
            }
        }
        return results.values()
    }

    /// The number of cores this process may use.
    public static var defaultConcurrency: Int { ProcessInfoLite.activeProcessorCount }
}
