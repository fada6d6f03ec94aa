import HeraldCore

/// Whether a document reads as English: by its function words ("the", "of", "and": about a third of
/// the words of English news) against another language's ("de", "que", "und", "yang") and words in
/// other scripts. The recognizer's tagger and one-word names are English knowledge; in Indonesian or
/// Portuguese text "Kita" is no Japanese town and "Sim" no Russian one. A list of names, which has few
/// function words of any language, is read as English.
enum EnglishText {
    /// False when the text has thirty words or more in lower case, fewer than one in ten of them English
    /// function words, and more of another language's or script's. (Words in lower case only: function words
    /// are written so but at the head of a sentence. Read from the text's bytes, nothing copied.)
    static func readsAsEnglish(_ document: Document) -> Bool {
        document.text.withUnsafeBufferPointer { p in
            var lowerCase = 0, english = 0, foreign = 0
            for token in document.tokens {
                let first = p[Int(token.start)]
                guard first &- 0x61 < 26 || first >= 0xC3 else { continue }
                lowerCase += 1
                // (English news shows itself within its first sixty such words: no need to read on.)
                if lowerCase >= 60, english * 5 >= lowerCase { return true }
                if first >= 0xCD {
                    foreign += 1  // Greek, Cyrillic, Hebrew, Arabic, Indic, CJK…
                    continue
                }
                guard token.end - token.start <= 6, let key = ShortKey(p, token.range) else { continue }
                if englishWords.contains(key) { english += 1 } else if otherWords.contains(key) { foreign += 1 }
            }
            return lowerCase < 30 || english * 10 >= lowerCase || foreign <= english
        }
    }

    static let englishWords = ShortKeyTable(words: [
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "as", "with", "was", "on", "be", "by", "at",
        "this", "are", "from", "or", "an", "have", "not", "but", "his", "they", "which", "you", "he", "we", "their",
        "has", "been", "were", "her", "its", "will", "would", "there", "can", "all", "more", "one", "she", "no", "so",
        "if", "who", "what", "about", "when", "i", "our", "my", "your", "had", "than",
    ])

    /// Function words of other languages written in Latin letters (Spanish, Portuguese, French, Italian, German,
    /// Dutch, Indonesian and Malay, Turkish) that English does not use.
    static let otherWords = ShortKeyTable(words: [
        "de", "la", "el", "los", "las", "que", "y", "en", "del", "por", "con", "una", "para", "es", "se", "da", "dos",
        "das", "um", "uma", "nao", "em", "le", "les", "des", "et", "du", "est", "pour", "dans", "qui", "il", "di", "che",
        "e", "per", "della", "der", "und", "ist", "nicht", "mit", "den", "von", "zu", "auf", "het", "een", "van", "yang",
        "dan", "ini", "itu", "dengan", "untuk", "ke", "dari", "ve", "bir", "bu", "ile",
    ])
}
