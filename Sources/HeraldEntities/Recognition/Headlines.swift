import HeraldCore
import HeraldModels

/// A document's words written in capitals: its sentences in capitals ("SOCCER - JAPAN GET LUCKY WIN")
/// or in title case ("Ted Cruz Hints Trump Could Lose") and the speakers' names that open the lines of a
/// transcript ("WALLACE: Let's start"); and the usual case of those words, from the document's other
/// sentences first and Herald's casing lexicon second.
struct Headlines {
    /// The sentences written in capitals.
    let shouted: [Range<Int>]
    /// The sentences written in title case ("Ted Cruz Hints Trump Could Lose"), where a capital tells
    /// no name from a word.
    let titleCased: [Range<Int>]
    /// The speakers' names in capitals.
    let speakers: [Range<Int>]
    /// The forms the document's other sentences write words in; nil when no sentence is in capitals
    /// (speakers' names are title-cased without them).
    let forms: Truecaser.DocumentForms?

    /// Whether the document has no words in capitals to read.
    var isEmpty: Bool { shouted.isEmpty && titleCased.isEmpty && speakers.isEmpty }

    init(_ document: Document, words: [String]) {
        let sentences = document.sentences.map(\.tokens)
        let inCapitals = sentences.map { Truecaser.isShouted(words[$0]) }
        let inTitleCase = sentences.indices.map { !inCapitals[$0] && Self.isTitleCased(words[sentences[$0]]) }
        shouted = sentences.indices.filter { inCapitals[$0] }.map { sentences[$0] }
        titleCased = sentences.indices.filter { inTitleCase[$0] }.map { sentences[$0] }
        speakers = sentences.indices.compactMap { inCapitals[$0] ? nil : Self.speaker(words, in: sentences[$0]) }
        // (The usual forms are the other sentences': a title-cased one writes every word with a capital.)
        forms = shouted.isEmpty && titleCased.isEmpty ? nil
            : Truecaser.DocumentForms(sentences.indices.lazy.filter { !inTitleCase[$0] }.map { Array(words[sentences[$0]]) })
    }

    /// Whether a sentence is written in title case: five words with letters at least, every one of them
    /// capitalised but short function words, two of them capitalised function words or verbs a headline
    /// has ("Ted Cruz Hints Trump Could Lose Iowa To Marco Rubio") — not a name with its title ("National
    /// Republican Senatorial Committee Chairman Roger Wicker") or a byline ("Follow Pam Key on Twitter").
    static func isTitleCased(_ words: ArraySlice<String>) -> Bool {
        var lettered = 0, headlineWords = 0
        for word in words {
            guard let first = word.utf8.first, word.utf8.contains(where: { $0 | 0x20 &- 0x61 < 26 }) else { continue }
            lettered += 1
            if first &- 0x61 < 26 {
                // (Title case may leave "of", "and", "the" in lower case; nothing else.)
                if word.utf8.count > 4 || !titleCaseLowerWords.contains(word) { return false }
            } else if headlineFunctionWords.contains(word) {
                headlineWords += 1
            }
        }
        return lettered >= 5 && headlineWords >= 2
    }

    /// Function words and verbs that a headline in title case capitalises and a name seldom holds.
    static let headlineFunctionWords: WordSet = [
        "The", "A", "An", "And", "Or", "But", "To", "In", "On", "For", "With", "At", "By", "From", "As", "Into", "Over", "After",
        "Before", "Against", "About", "Is", "Are", "Was", "Were", "Be", "Been", "Being", "Has", "Have", "Had", "Will", "Would",
        "Could", "Can", "Should", "Might", "Must", "May", "Does", "Do", "Did", "Not", "Says", "Said", "Say", "He", "She", "It",
        "We", "They", "Her", "His", "Its", "Their", "You", "Your", "Why", "How", "What", "Who", "When", "Than", "That", "This",
    ]

    static let titleCaseLowerWords: WordSet = [
        "a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by", "with", "vs", "vs.", "as", "from", "but", "nor",
    ]

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
    func cased(_ words: [String], matches: [NameMatcher.Match], matcher: NameMatcher, firstNames: WordSet) -> [String] {
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
        // In title case, a word usually written in lower case that is no name is written so ("Hints": "hints");
        // not a first name before a surname, nor the surname after it ("Will Fitzgibbon", "Pam Key").
        for range in titleCased {
            var afterFirstName = false
            for t in range {
                let firstName = firstNames.contains(words[t]) && t + 1 < range.upperBound && words[t + 1].utf8.first.map({ $0 &- 0x41 < 26 }) == true
                    && Truecaser.standard.usualCase(ofLowercased: words[t + 1].lowercased()) != false
                defer { afterFirstName = firstName }
                guard !named[t], !firstName, !afterFirstName else { continue }
                let form = cased(words[t])
                if form.utf8.first.map({ $0 &- 0x61 < 26 }) == true { words[t] = form }
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
        guard !shouted.isEmpty || !titleCased.isEmpty else { return matches }
        var inCapitals = Set<Int>()
        for range in shouted + titleCased { inCapitals.formUnion(range) }
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
