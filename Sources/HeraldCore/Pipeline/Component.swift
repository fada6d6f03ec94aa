/// One step of the pipeline: it reads the layers it requires and adds the layers it provides.
///
/// Components are values shared across threads; all per-document state lives in the ``Document``.
public protocol Component: Sendable {
    /// A short name for messages ("cleaner", "tokenizer").
    var name: String { get }
    /// Layers that must be present before this component runs.
    var requires: Set<Layer> { get }
    /// Layers this component adds.
    var provides: Set<Layer> { get }
    /// Adds this component's layers to `document`.
    func process(_ document: inout Document) throws
}
