import HeraldCore
import HeraldModels

/// A document's words written in capitals: its sentences in capitals ("SOCCER - JAPAN GET LUCKY WIN")
/// and the speakers' names that open the lines of a transcript ("WALLACE: Let's start"); and the usual
/// case of those words, from the document's other sentences first and Herald's casing lexicon second.
struct Headlines {
    /// The sentences written in capitals.
    let shouted: [Range<Int>]
    /// The speakers' names in capitals.
    let speakers: [Range<Int>]
    /// The forms the document's other sentences write words in; nil when no sentence is in capitals
    /// (speakers' names are title-cased without them).
    let forms: Truecaser.DocumentForms?

    /// Whether the document has no words in capitals to read.
    var isEmpty: Bool { shouted.isEmpty && speakers.isEmpty }

    init(_ document: Document, words: [String]) {
        let sentences = document.sentences.map(\.tokens)
        let inCapitals = sentences.map { Truecaser.isShouted(words[$0]) }
        shouted = sentences.indices.filter { inCapitals[$0] }.map { sentences[$0] }
        speakers = sentences.indices.compactMap { inCapitals[$0] ? nil : Self.speaker(words, in: sentences[$0]) }
        forms = shouted.isEmpty ? nil : Truecaser.DocumentForms(sentences.lazy.map { Array(words[$0]) })
    }

    /// The speaker's name in capitals that opens a line of a transcript, before a colon ("PENCE:",
    /// "CHRIS WALLACE:"), after any opening quotation mark.
    private static func speaker(_ words: [String], in range: Range<Int>) -> Range<Int>? {
        var start = range.lowerBound
        while start < range.upperBound, words[start] == "\"" || words[start] == "“" || words[start] == "(" || words[start] == "[" { start += 1 }
        var end = start
        // (A capital first, a cheap test: most sentences stop here.)
        while end < range.upperBound, end - start < 3, words[end].utf8.count >= 2, words[end].utf8.first.map({ $0 &- 0x41 < 26 }) == true,
              words[end].utf8.allSatisfy({ $0 &- 0x41 < 26 || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "'") }) { end += 1 }
        return end > start && end < range.upperBound && words[end] == ":" ? start..<end : nil
    }

    /// `word` in its usual case.
    func cased(_ word: String) -> String { Truecaser.standard.cased(word, in: forms) }

    /// `words` with those of sentences in capitals in their usual case (the words of the knowledge base's
    /// names capitalised, "JAPAN" → "Japan", or kept where the name has them in capitals, "US"), and
    /// speakers' names title-cased.
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
        for range in shouted {
            for t in range where !acronym[t] {
                words[t] = named[t] ? words[t].prefix(1) + words[t].dropFirst().lowercased() : cased(words[t])
            }
        }
        // A speaker's name is a name, however common its word ("PENCE": "Pence", not "pence").
        for range in speakers {
            for t in range where !acronym[t] { words[t] = words[t].prefix(1) + words[t].dropFirst().lowercased() }
        }
        return words
    }

    /// `matches` less the one-word names met in capitals that are usually words in lower case: "SAY" and
    /// "MUCH" are not the towns; of acronyms ("US", "UN"), only function words ("WHO", "IS") go.
    func keeping(_ matches: [NameMatcher.Match], words: [String], matcher: NameMatcher) -> [NameMatcher.Match] {
        guard !shouted.isEmpty else { return matches }
        var inCapitals = Set<Int>()
        for range in shouted { inCapitals.formUnion(range) }
        return matches.filter { match in
            guard match.tokens.count == 1, inCapitals.contains(match.tokens.lowerBound) else { return true }
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
