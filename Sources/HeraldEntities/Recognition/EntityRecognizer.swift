import HeraldCore
import HeraldKnowledge
import HeraldModels

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
    /// People with roles by country, for offices.
    let officeHolders: [String: [Int]]
    /// The statistical tagger for names the knowledge base lacks; nil to use the base alone.
    let tagger: EntityTagger?

    /// A recognizer over the standard knowledge base and the shipped entity tagger (built once, shared).
    public init() {
        self.base = KnowledgeBase.standard
        self.matcher = Self.standardMatcher
        self.officeHolders = Self.standardOfficeHolders
        self.tagger = Self.standardTagger
    }

    /// A recognizer over `base`, with `tagger` for what it lacks.
    public init(base: KnowledgeBase, tagger: EntityTagger? = nil) {
        self.base = base
        self.matcher = NameMatcher(base)
        self.officeHolders = base.officeHoldersByCountry()
        self.tagger = tagger
    }

    private static let standardMatcher = NameMatcher(KnowledgeBase.standard)
    private static let standardOfficeHolders = KnowledgeBase.standard.officeHoldersByCountry()
    private static let standardTagger = try? EntityTagger.standard()
    private static let firstNames = EntityTagger.standardFirstNames()

    public func process(_ document: inout Document) {
        let matches = matcher.matches(in: document)
        let words = document.tokens.map { document.string(of: $0) }
        let tagged = taggedNames(in: document, words: words, matches: matches)
        var resolver = EntityResolution(document: document, base: base, words: words, matches: matches, tagged: tagged,
                                        officeHolders: officeHolders, firstNames: Self.firstNames)
        document.entities = resolver.run()
        document.annotations[NationalityWords.self] = resolver.nationalityWords
        document.annotations[GovernmentMetonyms.self] = resolver.metonyms
        document.annotations[OtherNames.self] = resolver.otherNames
    }

    /// The names the statistical tagger finds in a tokenized, split document, as token ranges
    /// and types (PER, ORG, LOC), before the knowledge base has its say.
    public func taggedNames(in document: Document) -> [(Range<Int>, String)] {
        taggedNames(in: document, words: document.tokens.map { document.string(of: $0) }, matches: matcher.matches(in: document))
    }

    private func taggedNames(in document: Document, words: [String], matches: [NameMatcher.Match]) -> [(Range<Int>, String)] {
        guard let tagger else { return [] }
        var tagged: [(Range<Int>, String)] = []
        let gazetteer = matcher.gazetteer(for: document, base: base, matches: matches)
        for sentence in document.sentences {
            let range = sentence.tokens
            var sentenceWords = Array(words[range])
            if Self.isShouted(sentenceWords) {
                // A headline in capitals ("JAPAN GET LUCKY WIN"): the tagger reads case, so names the
                // knowledge base knows are written as names and the other words in lower case.
                for (k, t) in range.enumerated() {
                    let word = sentenceWords[k]
                    sentenceWords[k] = gazetteer[t] != 0 ? word.prefix(1) + word.dropFirst().lowercased() : word.lowercased()
                }
            }
            for (span, type) in tagger.names(EntityTagger.Input(words: sentenceWords, gazetteer: Array(gazetteer[range]))) {
                tagged.append(((span.lowerBound + range.lowerBound)..<(span.upperBound + range.lowerBound), type))
            }
        }
        return tagged
    }

    /// Whether a sentence is written in capitals: at least three words, and four in five of its
    /// words with letters have no lower-case letter.
    static func isShouted(_ words: [String]) -> Bool {
        var lettered = 0, capitals = 0
        for word in words {
            var upper = false, lower = false
            for byte in word.utf8 {
                if byte &- 0x41 < 26 { upper = true } else if byte &- 0x61 < 26 { lower = true }
            }
            guard upper || lower else { continue }
            lettered += 1
            if !lower { capitals += 1 }
            // More than one word in five with lower case: not shouted, whatever follows.
            if (lettered - capitals) * 5 > words.count { return false }
        }
        return lettered >= 3 && capitals * 5 >= lettered * 4
    }
}
