import HeraldCore

/// Words that usually begin an English sentence: after an abbreviation that may end one
/// ("U.S.", "Inc.") a boundary is placed only before one of these.
enum SentenceStarters {
    static let words = ShortKeyTable(words: [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
        "my", "your", "this", "that", "these", "those", "there", "here", "but", "and", "or", "so", "yet",
        "in", "on", "at", "for", "if", "as", "when", "while", "after", "before", "since", "during", "until",
        "although", "though", "because", "however", "meanwhile", "still", "also", "then", "now", "today",
        "yesterday", "what", "why", "how", "who", "where", "which", "one", "some", "many", "most", "all",
        "both", "each", "no", "not", "none", "several", "other", "others", "another", "such", "with",
        "without", "from", "by", "among", "under", "over", "about", "last", "next", "earlier", "later",
        "mr", "mrs", "ms", "dr", "officials", "critics", "analysts", "experts", "asked", "despite",
        "according", "instead", "indeed", "even", "only", "just", "more", "much", "nearly", "about", "both",
        "neither", "either", "every", "any", "few", "nor", "do", "does", "did", "is", "are", "was", "were",
        "will", "would", "can", "could", "should", "may", "might", "must", "has", "have", "had", "let",
        "please", "thanks", "thank", "yes", "well", "oh", "so", "to", "don't", "it's", "that's", "there's",
    ])
}
