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

/// The document's words of religious and ethnic affiliation as token ranges ("Muslim", "Sunni",
/// "Kurdish", "Rohingya"): groups, not entities of their own. CoNLL calls them MISC.
public enum AffiliationWords: AnnotationKey {
    public typealias Value = [Range<Int>]
}
