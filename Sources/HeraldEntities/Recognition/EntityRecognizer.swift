import HeraldCore
import HeraldKnowledge

/// Recognises the people, countries, organisations and places an article names and resolves
/// them to canonical entities: one entity per referent, with its country, its role at the
/// article's date and its CAMEO-style actor code.
///
/// Names come from the knowledge base (aliases, demonyms of peoples, metonyms such as "the
/// Kremlin", capitals acting for their governments); offices ("the US President") resolve to
/// who held them on the publication date; a bare surname joins the full name met earlier, or
/// the one office holder of that name at the date; titled unknown names ("Mr Smith") are people.
public struct EntityRecognizer: Component {
    public let name = "entities"
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let provides: Set<Layer> = [.entities]

    let base: KnowledgeBase
    let matcher: NameMatcher

    /// A recognizer over the standard knowledge base (built once, shared).
    public init() {
        self.base = KnowledgeBase.standard
        self.matcher = Self.standardMatcher
    }

    /// A recognizer over `base`.
    public init(base: KnowledgeBase) {
        self.base = base
        self.matcher = NameMatcher(base)
    }

    private static let standardMatcher = NameMatcher(KnowledgeBase.standard)

    public func process(_ document: inout Document) {
        var resolver = EntityResolution(document: document, base: base, matches: matcher.matches(in: document))
        document.entities = resolver.run()
    }
}
