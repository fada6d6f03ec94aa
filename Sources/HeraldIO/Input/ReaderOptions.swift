/// Settings for reading inputs.
public struct ReaderOptions: Sendable {
    /// Largest article, in bytes after decompression; larger inputs are refused without being read whole.
    public var maxBytes: Int
    /// Publication date for inputs that carry none, `YYYY-MM-DD`.
    public var defaultDate: String?
    /// Whether HTML pages and records are passed on with their `html` for the pipeline's HTML reader;
    /// false refuses them with a clear error, for pipelines without one.
    public var acceptsHTML: Bool

    /// The default limit: 32 MB.
    public static let defaultMaxBytes = 32 << 20

    /// Creates options.
    public init(maxBytes: Int = ReaderOptions.defaultMaxBytes, defaultDate: String? = nil, acceptsHTML: Bool = true) {
        self.maxBytes = maxBytes
        self.defaultDate = defaultDate
        self.acceptsHTML = acceptsHTML
    }
}
