/// A named kind of annotation that a pipeline component requires or provides.
///
/// Layers are open: a new analysis declares its own with `Layer("name")`.
public struct Layer: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The layer's name.
    public let name: String

    /// Creates a layer named `name`.
    public init(_ name: String) { self.name = name }
    public init(stringLiteral value: String) { self.name = value }

    public var description: String { name }
    public static func < (a: Layer, b: Layer) -> Bool { a.name < b.name }

    /// Raw text as read from the input, before cleaning.
    public static let rawText: Layer = "raw-text"
    /// A raw HTML page, before extraction.
    public static let html: Layer = "html"
    /// Cleaned body text, title and boilerplate list.
    public static let text: Layer = "text"
    /// Tokens.
    public static let tokens: Layer = "tokens"
    /// Sentences.
    public static let sentences: Layer = "sentences"
    /// Canonical entities and their mentions.
    public static let entities: Layer = "entities"
    /// Quotations and speakers.
    public static let quotes: Layer = "quotes"
    /// Resolved date expressions.
    public static let dates: Layer = "dates"
    /// CAMEO events.
    public static let events: Layer = "events"
    /// Integrity judgement.
    public static let integrity: Layer = "integrity"
}
