import HeraldCore
import HeraldIO

/// The pipeline's reader of web pages: parses a document's ``Document/html``, fills its title,
/// author, date and address from the page, and puts the article body in its text and the
/// captions of its pictures in its captions.
///
/// Documents that are not pages pass through untouched, so one pipeline reads both.
public struct HTMLReader: Component {
    public let name = "html-reader"
    public let requires: Set<Layer> = []
    public let provides: Set<Layer> = [.rawText]

    /// Creates an HTML reader.
    public init() {}

    public func process(_ document: inout Document) {
        guard let html = document.html else { return }
        let (bytes, warning) = HTMLEncoding.utf8(html)
        if let warning { document.warnings.append(warning) }
        let page = HTMLParser.parse(bytes)
        let metadata = MetadataExtractor.extract(page, url: document.url)
        // What the input record says wins over what the page says.
        document.title = document.title ?? metadata.title
        document.author = document.author ?? metadata.author
        document.publishedAt = document.publishedAt ?? metadata.published
        document.url = document.url ?? metadata.url
        let article = ContentExtractor().article(page, title: document.title, address: document.url)
        var text = article.text
        document.captions = article.captions
        if text.utf8.count < 200, let body = metadata.articleBody, body.utf8.count > text.utf8.count { text = body }
        // A story told in its pictures (a photo essay): their captions are its text.
        if text.utf8.count < 200, article.captions.reduce(0, { $0 + $1.utf8.count }) >= 400 {
            text = ([text] + article.captions).filter { !$0.isEmpty }.joined(separator: "\n\n")
            document.captions = []
        }
        if text.isEmpty {
            document.warnings.append(InputWarning(code: "no-article", message: "no article text found in the page"))
        }
        document.text = Array(text.utf8)
        document.html = nil
        document.layers.insert(.rawText)
    }
}
