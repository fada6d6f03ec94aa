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
            // (Each name read once, for all the tests below: no arrays or sets per match.)
            var surnamesOrPlaces = true, continentsPeoples = true
            var person = false, organization = false, other = false
            for index in match.names {
                let kind = base.names[index].kind, actorKind = base.actors[base.names[index].actor].kind
                if kind != .surname && actorKind != .place { surnamesOrPlaces = false }
                if !((kind == .demonym || kind == .people) && actorKind == .location) { continentsPeoples = false }
                guard kind != .demonym else { continue }
                switch actorKind {
                case .person: person = true
                case .organization, .group, .media: organization = true
                default: other = true
                }
            }
            // A word that names a town or a person only by chance is no feature: "But", "Can" and "One" are
            // towns, "May" and "Friday" surnames, but each is a word first.
            if match.tokens.count == 1, surnamesOrPlaces, Self.isWordFirst(document.string(of: document.tokens[match.tokens.lowerBound])) {
                continue
            }
            // (Nor a continent's people's word, which the tagger learnt as a word: "African Methodist Episcopal Church".)
            if continentsPeoples { continue }
            let category: EntityTagger.Gazetteer
            if !(person || organization || other) { category = .nationality }
            else if person { category = .person }
            else if organization { category = .organization }
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
