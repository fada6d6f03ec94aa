import Dispatch
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
/// A text that does not read as English (see ``EnglishText``) is read for the knowledge base's
/// names of two words or more and countries' names only, with a `not-english` warning.
public struct EntityRecognizer: Component {
    public let name = "entities"
    public let requires: Set<Layer> = [.tokens, .sentences]
    public let provides: Set<Layer> = [.entities]

    let base: KnowledgeBase
    let matcher: NameMatcher
    /// People with roles by country, for offices.
    let officeHolders: [String: [Int]]
    /// Holders of leaders' offices and of offices whose title they keep by surname, for "President Clinton"
    /// and "Secretary Clinton".
    let leaders: [String: [Int]]
    /// People with roles by the roles' codes, for bodies' offices ("the NATO Secretary General").
    let holdersByCode: [String: [Int]]
    /// The statistical tagger for names the knowledge base lacks; nil to use the base alone.
    let tagger: EntityTagger?

    /// A recognizer over the standard knowledge base and the shipped entity tagger (built once, shared).
    public init() {
        // The tagger's weights and the word lists load on another core while this one reads the knowledge base and
        // builds its matcher (a reader of either waits for it to finish); so do the tables of office holders, once
        // the knowledge base is read.
        DispatchQueue.global().async {
            _ = Truecaser.standard
            _ = Self.standardTagger
            _ = (Self.firstNames, Self.givenNames)
            _ = (Self.standardOfficeHolders, Self.standardLeaders, Self.standardHoldersByCode)
        }
        self.base = KnowledgeBase.standard
        self.matcher = Self.standardMatcher
        self.officeHolders = Self.standardOfficeHolders
        self.leaders = Self.standardLeaders
        self.holdersByCode = Self.standardHoldersByCode
        self.tagger = Self.standardTagger
    }

    /// A recognizer over `base`, with `tagger` for what it lacks.
    public init(base: KnowledgeBase, tagger: EntityTagger? = nil) {
        self.base = base
        self.matcher = NameMatcher(base)
        self.officeHolders = base.officeHoldersByCountry()
        self.leaders = base.officeHoldersBySurname(where: EntityResolution.isTitledOffice)
        self.holdersByCode = base.officeHoldersByCode()
        self.tagger = tagger
    }

    private static let standardMatcher = NameMatcher(KnowledgeBase.standard)
    private static let standardOfficeHolders = KnowledgeBase.standard.officeHoldersByCountry()
    private static let standardLeaders = KnowledgeBase.standard.officeHoldersBySurname(where: EntityResolution.isTitledOffice)
    private static let standardHoldersByCode = KnowledgeBase.standard.officeHoldersByCode()
    private static let standardTagger = try? EntityTagger.standard()
    private static let firstNames = WordSet(EntityTagger.censusFirstNames())
    private static let givenNames = WordSet(EntityTagger.standardFirstNames())

    public func process(_ document: inout Document) {
        var (words, matches) = wordsAndMatches(document)
        var tagged: [(Range<Int>, String)] = []
        // In another language's text, only the knowledge base's names of two words or more and countries' names.
        if EnglishText.readsAsEnglish(document) {
            tagged = taggedNames(in: document, words: words, matches: gazetteerMatches(document, matches))
        } else {
            matches.removeAll { match in
                match.tokens.count < 2
                    && !match.names.contains { base.names[$0].kind == .alias && base.actors[base.names[$0].actor].kind == .country }
            }
            document.warnings.append(InputWarning(code: "not-english", message: "the text does not read as English: "
                + "only names of two words or more and countries' names are read"))
        }
        var resolver = EntityResolution(document: document, base: base, words: words, matches: matches, tagged: tagged,
                                        officeHolders: officeHolders, leaders: leaders, holdersByCode: holdersByCode,
                                        firstNames: Self.firstNames, givenNames: Self.givenNames, matcher: matcher)
        document.entities = resolver.run()
        document.annotations[NationalityWords.self] = resolver.nationalityWords
        document.annotations[GovernmentMetonyms.self] = resolver.metonyms
        document.annotations[OtherNames.self] = resolver.otherNames
    }

    /// The names the statistical tagger finds in a tokenized, split document, as token ranges
    /// and types (PER, ORG, LOC), before the knowledge base has its say.
    public func taggedNames(in document: Document) -> [(Range<Int>, String)] {
        let (words, matches) = wordsAndMatches(document)
        return taggedNames(in: document, words: words, matches: gazetteerMatches(document, matches))
    }

    /// The matches the tagger's gazetteer reads: names' small words as the dictionary writes them, as
    /// the tagger learnt them. Another pass over the words only where a name matched through a small
    /// word in lower case ("Bank of America").
    private func gazetteerMatches(_ document: Document, _ matches: [NameMatcher.Match]) -> [NameMatcher.Match] {
        guard matches.contains(where: { matcher.needsSmallWordsInAnyCase($0, in: document) }) else { return matches }
        let (_, strict) = wordsAndMatches(document, smallWordsInAnyCase: false)
        return strict
    }

    /// The document's words, those of sentences in capitals in their usual case, and the knowledge
    /// base's names in it, less words in capitals that are no names ("SAY" is not the town).
    private func wordsAndMatches(_ document: Document, smallWordsInAnyCase: Bool = true) -> ([String], [NameMatcher.Match]) {
        let words = document.tokens.map { document.string(of: $0) }
        let headlines = Headlines(document, words: words)
        let all = matcher.matches(in: document, smallWordsInAnyCase: smallWordsInAnyCase)
        guard !headlines.isEmpty else { return (words, all) }
        let matches = headlines.keeping(all, words: words, matcher: matcher)
        return (headlines.cased(words, matches: matches, matcher: matcher, firstNames: Self.firstNames), matches)
    }

    private func taggedNames(in document: Document, words: [String], matches: [NameMatcher.Match]) -> [(Range<Int>, String)] {
        guard let tagger else { return [] }
        var tagged: [(Range<Int>, String)] = []
        let gazetteer = matcher.gazetteer(for: document, base: base, matches: matches)
        for sentence in document.sentences {
            let range = sentence.tokens
            for (span, type) in tagger.names(EntityTagger.Input(words: Array(words[range]), gazetteer: Array(gazetteer[range]))) {
                tagged.append(((span.lowerBound + range.lowerBound)..<(span.upperBound + range.lowerBound), type))
            }
        }
        return tagged
    }
}
