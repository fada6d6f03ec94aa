/// Something the reader or a component repaired or doubted, kept with the document.
public struct InputWarning: Sendable, Hashable, CustomStringConvertible {
    /// A short stable code ("invalid-utf8", "unknown-date").
    public var code: String
    /// What happened, for a person.
    public var message: String
    /// The byte offset in the raw input it concerns, when there is one.
    public var offset: Int?

    /// Creates a warning.
    public init(code: String, message: String, offset: Int? = nil) {
        self.code = code
        self.message = message
        self.offset = offset
    }

    public var description: String { message }
}
