import HeraldKnowledge

/// Legislatures named by their country: "Brazil's Congress", "the Peruvian Congress", "Colombia's Senate".
extension EntityResolution {
    /// A legislature's common name after a country ("Congress", "Senate", "House of Representatives"), which the knowledge
    /// base knows as another country's chamber (the United States'), is the legislature of the country before it: an
    /// organisation of its own, as a ministry named after its country is (see ``findMinistries()``), with the sector LEG.
    mutating func findLegislaturesOfOtherCountries() {
        var found: [Int: Set<String>] = [:]
        for k in countryAt.keys.sorted() {
            guard let country = countryAt[k], let code = base.actors[country.actor].country, let m = matchAt[k] else { continue }
            let tokens = matches[m].tokens
            guard let chamber = matches[m].names.map({ base.names[$0].actor }).first(where: { actor in
                guard base.actors[actor].kind == .organization, let body = base.actors[actor].code, body.hasSuffix("LEG") else { return false }
                return !body.hasPrefix("IGO") && !body.hasPrefix(code) && mentions[actor]?.contains(tokens) == true
            }) else { continue }
            removeMention(chamber, tokens)
            // (The country written just before is part of the name, as a ministry's is; a possessive one stays a mention.)
            let adjacent = country.tokens.upperBound == k
            if adjacent, country.isMention { removeMention(country.actor, country.tokens) }
            if adjacent { nationalityWords.removeAll { $0 == country.tokens } }
            let name = "\(words[tokens].joined(separator: " ")) (\(base.actors[country.actor].name))"
            ministries[name, default: (code, code + "LEG", [])].ranges.append((adjacent ? country.tokens.lowerBound : k)..<tokens.upperBound)
            found[chamber, default: []].insert(name)
        }
        // The chamber's bare name elsewhere ("the Senate") is the one legislature of that name found, in a story that
        // names no place, person or other chamber of the knowledge base's chamber's country.
        for (chamber, names) in found where names.count == 1 {
            let home = base.actors[chamber].country
            guard let name = names.first, !mentions.keys.contains(where: { actor in
                let other = base.actors[actor]
                guard actor != chamber, other.country == home else { return false }
                return [.country, .place, .person].contains(other.kind) || other.code?.hasSuffix("LEG") == true
            }) else { continue }
            for range in mentions[chamber] ?? [] {
                removeMention(chamber, range)
                ministries[name]?.ranges.append(range)
            }
        }
    }
}
