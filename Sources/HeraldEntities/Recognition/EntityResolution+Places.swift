import HeraldKnowledge

extension EntityResolution {
    /// Places named after a town, a person or another name: "Hinkley" + "Point", "Tampa" + "Bay",
    /// "Coron" + "Island". A tagged name, a town or person the knowledge base knows, or a capitalised
    /// word that is no common word, directly before capitalised words of geography makes one location
    /// with them, whatever the tagger read.
    static func placesNamedAfter(_ tagged: [(Range<Int>, String)], matches: [NameMatcher.Match], words: [String],
                                 sentenceOf: [Int], base: KnowledgeBase) -> [(Range<Int>, String)] {
        let starts = Set(tagged.map(\.0.lowerBound))
        func geography(after end: Int) -> Int {
            var k = end
            while k < words.count, !starts.contains(k) || k == end, geographyWords.contains(words[k]) { k += 1 }
            return k
        }
        var result = tagged.map { range, type -> (Range<Int>, String) in
            let end = geography(after: range.upperBound)
            return end > range.upperBound ? (range.lowerBound..<end, "LOC") : (range, type)
        }
        let taggedTokens = Set(result.flatMap { Array($0.0) })
        for match in matches where !taggedTokens.contains(match.tokens.lowerBound) {
            let townOrPerson = match.names.allSatisfy { name in
                let kind = base.actors[base.names[name].actor].kind
                return (kind == .place || kind == .person) && base.names[name].kind != .demonym
            }
            let end = geography(after: match.tokens.upperBound)
            if townOrPerson, end > match.tokens.upperBound, !taggedTokens.contains(match.tokens.upperBound) {
                result.append((match.tokens.lowerBound..<end, "LOC"))
            }
        }
        var used = Set(result.flatMap { Array($0.0) })
        for match in matches { used.formUnion(match.tokens) }
        for t in 1..<max(words.count, 1) where !used.contains(t) && sentenceOf[t - 1] == sentenceOf[t] {
            let end = geography(after: t + 1)
            guard end > t + 1, !used.contains(t + 1), words[t].utf8.first.map({ $0 &- 0x41 < 26 }) == true,
                  Headlines.truecaser.usualCase(ofLowercased: words[t].lowercased()) != false,
                  !geographyWords.contains(words[t]) else { continue }
            result.append((t..<end, "LOC"))
            used.formUnion(t..<end)
        }
        return result.sorted { $0.0.lowerBound < $1.0.lowerBound }
    }

    /// Words that end the names of places: features of land and water, and works of engineering.
    static let geographyWords: Set<String> = [
        "Point", "Bay", "Island", "Islands", "River", "Valley", "Mountain", "Mountains", "Lake", "Park", "Bridge",
        "Street", "Avenue", "Square", "Airport", "Station", "Dam", "Canal", "Harbor", "Harbour", "Beach", "Heights",
        "Hills", "Falls", "Springs", "Forest", "Desert", "Peninsula", "Coast", "Plaza", "Creek", "Gorge", "Canyon",
        "Glacier", "Reservoir", "Lagoon", "Strait", "Straits", "Archipelago", "Atoll", "Pass", "Boulevard",
    ]
}
