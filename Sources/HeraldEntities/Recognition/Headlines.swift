import HeraldCore
import HeraldModels

/// A document's sentences written in capitals ("SOCCER - JAPAN GET LUCKY WIN"), and the usual case of
/// their words, from the document's other sentences first and Herald's casing lexicon second.
struct Headlines {
    /// Per sentence, whether it is written in capitals.
    let shouted: [Bool]
    /// The forms the document's other sentences write words in; nil when no sentence is in capitals.
    let forms: Truecaser.DocumentForms?
    let sentences: [Range<Int>]

    init(_ document: Document, words: [String]) {
        sentences = document.sentences.map(\.tokens)
        shouted = sentences.map { Truecaser.isShouted(words[$0]) }
        forms = shouted.contains(true) ? Truecaser.DocumentForms(sentences.lazy.map { Array(words[$0]) }) : nil
    }

    /// `word` in its usual case.
    func cased(_ word: String) -> String { Truecaser.standard.cased(word, in: forms) }

    /// `words` with those of sentences in capitals in their usual case: the words of the knowledge base's
    /// names capitalised ("JAPAN" → "Japan"), or kept where the name has them in capitals ("US").
    func cased(_ words: [String], matches: [NameMatcher.Match], matcher: NameMatcher) -> [String] {
        var words = words
        var named = [Bool](repeating: false, count: words.count)
        var acronym = named
        for match in matches {
            for (offset, t) in match.tokens.enumerated() {
                named[t] = true
                acronym[t] = match.names.contains { matcher.isAcronym($0, at: offset) }
            }
        }
        for (index, range) in sentences.enumerated() where shouted[index] {
            for t in range where !acronym[t] {
                words[t] = named[t] ? words[t].prefix(1) + words[t].dropFirst().lowercased() : cased(words[t])
            }
        }
        return words
    }

    /// `matches` less the one-word names met in capitals that are usually words in lower case: "SAY" and
    /// "MUCH" are not the towns; of acronyms ("US", "UN"), only function words ("WHO", "IS") go.
    func keeping(_ matches: [NameMatcher.Match], words: [String], matcher: NameMatcher) -> [NameMatcher.Match] {
        guard forms != nil else { return matches }
        var sentenceOf: [Int: Int] = [:]
        for (index, range) in sentences.enumerated() where shouted[index] {
            for t in range { sentenceOf[t] = index }
        }
        return matches.filter { match in
            guard match.tokens.count == 1, sentenceOf[match.tokens.lowerBound] != nil else { return true }
            let word = words[match.tokens.lowerBound]
            if match.names.contains(where: { matcher.isAcronym($0, at: 0) }) {
                // "WHO IS TO BLAME": words, not the World Health Organization and Islamic State.
                let lower = word.lowercased()
                return !EntityResolution.functionWords.contains(lower) && !EntityResolution.shoutedWords.contains(lower)
            }
            return !isLowerCase(cased(word))
        }
    }

    private func isLowerCase(_ word: String) -> Bool { !word.utf8.contains { $0 &- 0x41 < 26 } }
}
