import HeraldCore

/// The Universal POS tag of each token, as an annotation.
public enum PartOfSpeech: AnnotationKey {
    public typealias Value = [String]
}

extension Layer {
    /// Part-of-speech tags.
    public static let partOfSpeech: Layer = "part-of-speech"
}

/// Tags each sentence's tokens with Universal POS tags (`document.annotations[PartOfSpeech.self]`).
public struct PartOfSpeechComponent: Component {
    public let name = "part-of-speech"
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let provides: Set<Layer> = [.partOfSpeech]
    let tagger: PartOfSpeechTagger

    /// A component over the shipped tagger.
    public init() throws { tagger = try PartOfSpeechTagger.standard() }

    /// A component over `tagger`.
    public init(tagger: PartOfSpeechTagger) { self.tagger = tagger }

    public func process(_ document: inout Document) {
        var tags = [String](repeating: "X", count: document.tokens.count)
        for sentence in document.sentences {
            let words = sentence.tokens.map { document.string(of: document.tokens[$0]) }
            for (offset, tag) in tagger.tag(words).enumerated() { tags[sentence.tokens.lowerBound + offset] = tag }
        }
        document.annotations[PartOfSpeech.self] = tags
    }
}
