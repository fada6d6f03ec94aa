/// Restores the usual case of words written in capitals ("JAPAN GET LUCKY WIN" → "Japan get lucky win"),
/// so that a tagger that reads case can read a headline.
///
/// A word takes the form the article itself writes it in elsewhere (not first in a sentence),
/// else the form it most often has in Herald's casing lexicon (learnt from treebanks and news by
/// `herald train casing`), else, unknown to both, a capital and lower case: a word seen nowhere is
/// more often a name than not.
public struct Truecaser: Sendable {
    /// Usual forms by their lower case, for the words whose usual form is not all lower case.
    let forms: [String: String]
    /// The lower case of every word of the lexicon, whatever its usual form.
    let known: Set<String>

    /// A truecaser over usual forms: one word per entry, as it is usually written ("Japan", "lucky", "NATO").
    public init(usualForms: some Sequence<String>) {
        var forms: [String: String] = [:]
        var known = Set<String>()
        for form in usualForms {
            let key = form.lowercased()
            known.insert(key)
            if key != form { forms[key] = form }
        }
        self.forms = forms
        self.known = known
    }

    /// The usual forms of the words in `sentences` (lists of words), counted where case tells
    /// something: not first in a sentence, not in a sentence written in capitals. Words seen fewer
    /// than `minimumCount` times are left out.
    public static func usualForms(of sentences: some Sequence<[String]>, minimumCount: Int = 2) -> [String] {
        // (Each form counted as written, then lowercased once: not every word.)
        var counts: [String: Int] = [:]
        for words in sentences where !isShouted(words) {
            for word in words.dropFirst() where word.utf8.contains(where: { $0 | 0x20 &- 0x61 < 26 }) { counts[word, default: 0] += 1 }
        }
        // By the word in lower case: its forms' count, and the most frequent form; of equals, the first in byte order.
        var words: [String: (total: Int, form: String, count: Int)] = [:]
        for (form, count) in counts {
            let key = form.lowercased()
            guard var word = words[key] else {
                words[key] = (count, form, count)
                continue
            }
            word.total += count
            if count > word.count || count == word.count && form < word.form { (word.form, word.count) = (form, count) }
            words[key] = word
        }
        return words.values.compactMap { $0.total >= minimumCount ? $0.form : nil }.sorted()
    }

    /// The forms a document writes its words in, outside sentences in capitals and first places,
    /// to prefer over the lexicon's.
    public struct DocumentForms: Sendable {
        var forms: [String: String] = [:]

        /// The usual forms of `sentences`' words (each a list of words).
        public init(_ sentences: some Sequence<[String]>) {
            for form in Truecaser.usualForms(of: sentences, minimumCount: 1) { forms[form.lowercased()] = form }
        }
    }

    /// `word` as it is usually written; words without letters as they are.
    public func cased(_ word: String, in document: DocumentForms? = nil) -> String {
        guard word.utf8.contains(where: { $0 | 0x20 &- 0x61 < 26 }) else { return word }
        let key = word.lowercased()
        if let form = document?.forms[key] ?? forms[key] { return form }
        if known.contains(key) { return key }
        return word.prefix(1) + word.dropFirst().lowercased()
    }

    /// Whether the lexicon knows `word` and usually writes it with a capital ("Scotland", not "Nice").
    public func isUsuallyCapitalised(_ word: String) -> Bool { usualCase(ofLowercased: word.lowercased()) == true }

    /// For a word in lower case, whether the lexicon usually writes it with a capital; nil if it does not know it.
    public func usualCase(ofLowercased key: String) -> Bool? {
        if let form = forms[key] { return form.utf8.first.map { $0 &- 0x41 < 26 } ?? false }
        return known.contains(key) ? false : nil
    }

    /// Whether a sentence is written in capitals: at least three words with letters, four in five of
    /// them without a lower-case letter.
    public static func isShouted(_ words: [String]) -> Bool { isShouted(words[...]) }

    /// ``isShouted(_:)`` of a sentence within a document's words.
    public static func isShouted(_ words: ArraySlice<String>) -> Bool {
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
