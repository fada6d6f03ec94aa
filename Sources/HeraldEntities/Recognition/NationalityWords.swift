import HeraldCore

/// The nationality words of a document, as token ranges: adjectival demonyms that modify what
/// follows ("Russian" in "Russian Foreign Minister") and plural peoples ("the Russians"), which
/// the recognizer also counts as mentions of their country. CoNLL calls both MISC.
public enum NationalityWords: AnnotationKey {
    public typealias Value = [Range<Int>]
}
