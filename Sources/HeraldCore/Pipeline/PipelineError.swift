/// Why a pipeline could not be built or a document could not be processed.
public enum PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A component needs a layer that nothing before it provides.
    case missingLayer(component: String, layer: Layer, providedBy: String?)
    /// A component failed on a document.
    case componentFailed(component: String, source: String, message: String)

    public var description: String {
        switch self {
        case let .missingLayer(component, layer, providedBy):
            let hint = providedBy.map { "; put '\($0)' before it" } ?? "; no component in the pipeline provides it"
            return "pipeline: '\(component)' requires the '\(layer)' layer, which no earlier component provides\(hint)"
        case let .componentFailed(component, source, message):
            return "\(source): \(component): \(message)"
        }
    }
}
