import HeraldCore
import HeraldKnowledge
import HeraldModels

extension NameMatcher {
    /// For each token, what the knowledge base knows a name there to be, as the entity tagger's
    /// gazetteer feature.
    func gazetteer(for document: Document, base: KnowledgeBase, matches: [Match]? = nil) -> [UInt8] {
        var codes = [UInt8](repeating: 0, count: document.tokens.count)
        // Sports teams are no feature of the tagger's: "Leeds United" reads as the town it trained on.
        func isTeam(_ name: Int) -> Bool { actorKinds[name] == .team }
        var matches = matches ?? self.matches(in: document)
        if matches.contains(where: { $0.names.contains(where: isTeam) }) { matches = self.matches(in: document, excluding: isTeam) }
        for match in matches {
            // Names written in lower case ("france") are the resolver's, as before the matcher read them.
            if match.tokens.allSatisfy({ !document.text[document.tokens[$0].range].contains { $0 &- 0x41 < 26 } }) { continue }
            let names = match.names.map { base.names[$0] }
            // A word that names a town or a person only by chance is no feature: "But", "Can" and "One" are
            // towns, "May" and "Friday" surnames, but each is a word first.
            if match.tokens.count == 1, names.allSatisfy({ $0.kind == .surname || base.actors[$0.actor].kind == .place }),
               Self.isWordFirst(document.string(of: document.tokens[match.tokens.lowerBound]))
            {
                continue
            }
            // (Nor a continent's people's word, which the tagger learnt as a word: "African Methodist Episcopal Church".)
            if names.allSatisfy({ ($0.kind == .demonym || $0.kind == .people) && base.actors[$0.actor].kind == .location }) { continue }
            let kinds = Set(names.filter { $0.kind != .demonym }.map { base.actors[$0.actor].kind })
            let category: EntityTagger.Gazetteer
            if kinds.isEmpty { category = .nationality }
            else if kinds.contains(.person) { category = .person }
            else if !kinds.isDisjoint(with: [.organization, .group, .media]) { category = .organization }
            else { category = .location }
            for t in match.tokens { codes[t] = category.code(beginning: t == match.tokens.lowerBound) }
        }
        return codes
    }

    /// Whether a capitalised word is a word before it is a name: a day or a month, or usually written
    /// in lower case.
    static func isWordFirst(_ word: String) -> Bool {
        let lower = word.lowercased()
        return EntityResolution.calendarWords.contains(lower) || lower == "may" || Truecaser.standard.usualCase(ofLowercased: lower) == false
    }

    /// The gazetteer codes of a sentence given as words.
    public func gazetteer(words: [String], base: KnowledgeBase) -> [UInt8] {
        var text: [UInt8] = []
        var tokens: [Token] = []
        for word in words {
            if !text.isEmpty { text.append(0x20) }
            let start = text.count
            text.append(contentsOf: word.utf8)
            tokens.append(Token(start: start, end: text.count, kind: .word, flags: .spaceAfter))
        }
        var document = Document(id: "", source: "", text: text)
        document.tokens = tokens
        return gazetteer(for: document, base: base)
    }
}
