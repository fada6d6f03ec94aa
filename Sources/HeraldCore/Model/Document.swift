/// One article as it flows through the pipeline: its text, metadata and every annotation layer.
///
/// Text is held as UTF-8 bytes; tokens, sentences and mentions are byte ranges into ``text``.
/// The JSON writer converts offsets to Unicode scalars, as the contract requires.
public struct Document: Sendable {
    /// The input record's id, or the SHA-256 of the raw input.
    public var id: String
    /// Where the document came from, for messages ("seed.txt", "news.jsonl:12", "<stdin>").
    public var source: String
    /// The headline.
    public var title: String?
    /// Publication date, `YYYY-MM-DD`.
    public var publishedAt: String?
    /// The author as the input gives it.
    public var author: String?
    /// The article's address.
    public var url: String?
    /// The text: raw as read until the cleaner runs, then the cleaned body without the title.
    public var text: [UInt8]
    /// A raw HTML page waiting for the HTML reader.
    public var html: [UInt8]?
    /// Removed boilerplate lines, in order.
    public var boilerplate: [String] = []
    /// The captions of a web page's pictures, in order: kept out of ``text``, since they describe the
    /// pictures and stand outside the article's flow.
    public var captions: [String] = []
    /// Tokens of ``text``.
    public var tokens: [Token] = []
    /// Sentences of ``text``.
    public var sentences: [Sentence] = []
    /// Canonical entities.
    public var entities: [Entity] = []
    /// Quotations.
    public var quotes: [Quote] = []
    /// CAMEO events.
    public var events: [Event] = []
    /// Resolved dates.
    public var dates: [DateMention] = []
    /// Integrity judgement.
    public var integrity = Integrity()
    /// What readers and components repaired or doubted.
    public var warnings: [InputWarning] = []
    /// The layers present so far.
    public var layers: Set<Layer>
    /// Annotations beyond the contract.
    public var annotations = Annotations()

    /// Creates a document from raw text.
    public init(id: String, source: String, text: [UInt8], title: String? = nil, publishedAt: String? = nil,
                author: String? = nil, url: String? = nil) {
        self.id = id
        self.source = source
        self.text = text
        self.title = title
        self.publishedAt = publishedAt
        self.author = author
        self.url = url
        self.layers = [.rawText]
    }

    /// Creates a document from a string of raw text, with its SHA-256 as id.
    public init(text: String, source: String = "<string>", publishedAt: String? = nil) {
        let bytes = Array(text.utf8)
        self.init(id: SHA256.hex(bytes), source: source, text: bytes, publishedAt: publishedAt)
    }

    /// The text of a byte range.
    public func string(_ range: Range<Int>) -> String {
        text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The body text as a string.
    public var textString: String { String(decoding: text, as: UTF8.self) }

    /// The text of a token.
    public func string(of token: Token) -> String { string(token.range) }

    /// The text of a sentence.
    public func string(of sentence: Sentence) -> String { string(sentence.range) }
}
