import HeraldCore

/// The nationality words of a document, as token ranges: adjectival demonyms that modify what
/// follows ("Russian" in "Russian Foreign Minister") and plural peoples ("the Russians"), which
/// the recognizer also counts as mentions of their country. CoNLL calls both MISC.
public enum NationalityWords: AnnotationKey {
    public typealias Value = [Range<Int>]
}

/// The document's metonyms as token ranges: places and bodies that stand for a government ("the
/// Kremlin", "the State Department"), which the recognizer counts as mentions of their country.
/// CoNLL calls them organisations.
public enum GovernmentMetonyms: AnnotationKey {
    public typealias Value = [Range<Int>]
}

/// Names in a document that are neither people, organisations nor places: words of religious
/// and ethnic affiliation ("Sunni", "Kurdish"), languages ("Arabic"), named events ("the World
/// Cup", "the Cold War", "Ramadan") and treaties and laws ("Nafta", "Obamacare"). CoNLL calls them MISC.
public enum OtherNames: AnnotationKey {
    public typealias Value = [OtherName]
}

/// A name that is neither a person, an organisation nor a place: its tokens and what it names.
public struct OtherName: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case affiliation, language, event, agreement
    }

    public var tokens: Range<Int>
    public var kind: Kind

    public init(tokens: Range<Int>, kind: Kind) {
        self.tokens = tokens
        self.kind = kind
    }
}
