@_exported import HeraldCore
@_exported import HeraldEntities
@_exported import HeraldKnowledge
@_exported import HeraldHTML
@_exported import HeraldIO
@_exported import HeraldText

/// Herald's entry points: the standard pipeline and one-call analysis of a string or a file.
///
/// ```swift
/// import Herald
/// let document = try Herald.analyze("Share\n\nHeadline\n\nPresident Obama said Monday …")
/// print(document.title ?? "", document.sentences.count)
/// ```
public enum Herald {
    /// The version of the engine and of the JSON it writes.
    public static let version = "0.1.0"

    /// Every component Herald has, in order.
    public static var standardComponents: [any Component] { [HTMLReader()] + Pipeline.textComponents + [EntityRecognizer()] }

    /// The standard pipeline.
    public static func pipeline() throws(PipelineError) -> Pipeline {
        try Pipeline(standardComponents)
    }

    /// Analyses raw article text.
    public static func analyze(_ text: String, publishedAt: String? = nil, source: String = "<string>") throws -> Document {
        try pipeline().run(Document(text: text, source: source, publishedAt: publishedAt))
    }

    /// Analyses the articles in a file or directory; errors name the input.
    public static func analyze(path: String, options: ReaderOptions = ReaderOptions()) throws -> [Document] {
        let pipeline = try pipeline()
        var documents: [Document] = []
        for item in ArticleReader(paths: [path], options: options) {
            documents.append(try pipeline.run(item.get()))
        }
        return documents
    }
}
