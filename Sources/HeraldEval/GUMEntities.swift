import HeraldEntities

/// Named-entity training data from GUM: its entity spans (in the MISC column, `Entity=(…`) of
/// type person, place or organization that are names — with a proper noun, and linked to
/// Wikipedia or proper nouns throughout — as IOB2 PER, LOC and ORG: of each, the name as CoNLL
/// and UNER mark it (its proper nouns and the words that join them, without titles, articles or
/// what the mention goes on to say), outermost spans first.
public enum GUMEntities {
    /// (word, IOB2 tag) per token, per sentence.
    public static func sentences(_ treebank: CoNLLU) -> [[(word: String, tag: String)]] {
        treebank.sentences.map(sentence)
    }

    struct Span {
        var start: Int
        var end: Int
        var type: String
        var linked: Bool
    }

    /// Words that join the proper nouns of one name.
    static let joiners: Set<String> = ["of", "the", "and", "&", "-", "de", "del", "la", "le", "al", "bin", "von", "van", "der", "du", "da"]

    static func isTitle(_ word: String) -> Bool {
        let lower = word.lowercased()
        return Offices.honorifics.contains(lower) || (Offices.jobTitleWords.contains(lower) && lower != "the")
    }

    static func sentence(_ sentence: CoNLLU.Sentence) -> [(word: String, tag: String)] {
        var open: [(id: String, start: Int, type: String, linked: Bool)] = []
        var spans: [Span] = []
        for (index, misc) in sentence.misc.enumerated() {
            guard let field = misc.split(separator: "|").first(where: { $0.hasPrefix("Entity=") }) else { continue }
            var rest = Substring(field.dropFirst("Entity=".count))
            while !rest.isEmpty {
                if rest.first == "(" {
                    rest = rest.dropFirst()
                    let end = rest.firstIndex(where: { $0 == "(" || $0 == ")" }) ?? rest.endIndex
                    let parts = rest[..<end].split(separator: "-", omittingEmptySubsequences: false)
                    rest = rest[end...]
                    guard parts.count >= 2 else { continue }
                    let entity = (id: String(parts[0]), start: index, type: String(parts[1]), linked: parts.count >= 8)
                    if rest.first == ")" {
                        rest = rest.dropFirst()
                        spans.append(Span(start: index, end: index + 1, type: entity.type, linked: entity.linked))
                    } else {
                        open.append(entity)
                    }
                } else {
                    // "12)" closes entity 12 here.
                    let end = rest.firstIndex(of: ")") ?? rest.endIndex
                    let id = String(rest[..<end])
                    rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
                    if let i = open.lastIndex(where: { $0.id == id }) {
                        let entity = open.remove(at: i)
                        spans.append(Span(start: entity.start, end: index + 1, type: entity.type, linked: entity.linked))
                    }
                }
            }
        }
        let types = ["person": "PER", "place": "LOC", "organization": "ORG"]
        let named = spans.filter { span in
            guard types[span.type] != nil else { return false }
            // A Wikipedia link marks the whole coreference chain, nominals included: a name also has a proper noun.
            let upos = sentence.upos[span.start..<span.end]
            guard upos.contains("PROPN") else { return false }
            return span.linked || upos.allSatisfy { $0 == "PROPN" || $0 == "DET" || $0 == "ADP" || $0 == "PUNCT" || $0 == "CCONJ" }
        }
        var tags = [String](repeating: "O", count: sentence.forms.count)
        // Outermost first: longer spans win.
        for span in named.sorted(by: { ($0.end - $0.start) > ($1.end - $1.start) }) {
            guard let type = types[span.type] else { continue }
            // A leading "the" is not part of the name, nor, as CoNLL and UNER have it, a person's
            // titles and nationality ("Russian President Vladimir Putin").
            var start = span.start
            while start < span.end - 1, sentence.upos[start] == "DET"
                || (type == "PER" && (sentence.upos[start] != "PROPN" || Self.isTitle(sentence.forms[start])))
            {
                start += 1
            }
            // The name itself, as CoNLL and UNER mark it: its proper nouns and the words that join them
            // ("Gulf of Mexico"), not what a linked mention says of it ("San Francisco , California , who …").
            var end = start
            while end < span.end, sentence.upos[end] == "PROPN" || end > start && end + 1 < span.end
                && sentence.upos[end + 1] == "PROPN" && Self.joiners.contains(sentence.forms[end].lowercased())
            {
                end += 1
            }
            guard end > start, (start..<end).allSatisfy({ tags[$0] == "O" }) else { continue }
            for i in start..<end { tags[i] = (i == start ? "B-" : "I-") + type }
        }
        return zip(sentence.forms, tags).map { (word: $0, tag: $1) }
    }
}
