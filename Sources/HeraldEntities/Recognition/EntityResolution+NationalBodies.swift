import HeraldCore
import HeraldKnowledge

/// Legislatures and parties named by their country: "Brazil's Congress", "the Peruvian Congress", "Germany's Green Party".
extension EntityResolution {
    /// A legislature's or a party's common name after a country ("Congress", "Senate", "Green Party"), which the
    /// knowledge base knows as another country's chamber or party (the United States'), is the country's own: the
    /// knowledge base's body of that name and country where it knows one ("Canada's Conservative Party"), else an
    /// organisation of its own, as a ministry named after its country is (see ``findMinistries()``), with the sector
    /// LEG or PTY.
    mutating func findBodiesOfOtherCountries() {
        var found: [Int: Set<String>] = [:]
        for k in countryAt.keys.sorted() {
            guard let country = countryAt[k], let code = base.actors[country.actor].country, let m = matchAt[k] else { continue }
            let tokens = matches[m].tokens
            let actors = matches[m].names.map { base.names[$0].actor }
            guard let body = actors.first(where: { actor in
                guard base.actors[actor].kind == .organization, let body = base.actors[actor].code,
                      Self.nationalBodySectors.contains(String(body.suffix(3))) else { return false }
                return !body.hasPrefix("IGO") && !body.hasPrefix(code) && mentions[actor]?.contains(tokens) == true
            }), let sector = base.actors[body].code?.suffix(3) else { continue }
            removeMention(body, tokens)
            if let own = actors.first(where: { base.actors[$0].code == code + sector }) {
                add(own, tokens)
                continue
            }
            // (The country written just before is part of the name, as a ministry's is; a possessive one stays a mention.)
            let adjacent = country.tokens.upperBound == k
            if adjacent, country.isMention { removeMention(country.actor, country.tokens) }
            if adjacent { nationalityWords.removeAll { $0 == country.tokens } }
            let name = "\(words[tokens].joined(separator: " ")) (\(base.actors[country.actor].name))"
            ministries[name, default: (code, code + sector, [])].ranges.append((adjacent ? country.tokens.lowerBound : k)..<tokens.upperBound)
            found[body, default: []].insert(name)
        }
        // The body's bare name elsewhere ("the Senate") is the one body of that name found, in a story that names no
        // place, person or other body of the sector of the knowledge base's body's country.
        for (body, names) in found where names.count == 1 {
            let home = base.actors[body].country
            let sector = base.actors[body].code?.suffix(3) ?? ""
            guard let name = names.first, !mentions.keys.contains(where: { actor in
                let other = base.actors[actor]
                guard actor != body, other.country == home else { return false }
                return [.country, .place, .person].contains(other.kind) || other.code?.hasSuffix(sector) == true
            }) else { continue }
            for range in mentions[body] ?? [] {
                removeMention(body, range)
                ministries[name]?.ranges.append(range)
            }
        }
    }

    /// The sectors of the national bodies that ``findBodiesOfOtherCountries()`` reads: legislatures and parties.
    static let nationalBodySectors: WordSet = ["LEG", "PTY"]
}
