import HeraldKnowledge

/// Towns and people of one name: which the article means.
extension EntityResolution {
    /// One name, one sense, for towns too: a word read as a person (or, off the sports pages, as an
    /// organisation) no more often than the article reads it as a town, somewhere plainly ("in Charlotte", a dateline,
    /// "Charlotte Mayor Jennifer Roberts", "Charlotte, N.C."), is the town ("Charlotte remains under a
    /// state of emergency", "Philadelphia will mark the second convention").
    mutating func joinTownsReadAsPeople() {
        // (Only the towns named like a one-word person or organisation are looked at.)
        let organisations = isSports ? [:] : unknownOthers.filter { $0.value.kind == .organization && !$0.key.utf8.contains(0x20) }.mapValues(\.ranges)
        // (By the lower-case word, so that a dateline's "BOSTON" is the "Boston" read elsewhere.)
        var single: [String: [String]] = [:]
        for name in unknownPeople.keys where !name.utf8.contains(0x20) { single[name.lowercased(), default: []].append(name) }
        for name in organisations.keys { single[name.lowercased(), default: []].append(name) }
        guard !single.isEmpty else { return }
        var towns: [String: Int] = [:]
        for (actor, ranges) in mentions where base.actors[actor].kind == .place {
            let named = ranges.filter { $0.count == 1 && single[lower[$0.lowerBound]] != nil }
            guard !named.isEmpty, ranges.contains(where: { isPlainlyTown($0) }) else { continue }
            for range in named {
                for name in single[lower[range.lowerBound]] ?? [] { towns[name] = min(actor, towns[name] ?? actor) }
            }
        }
        for (name, town) in towns {
            guard let read = mentions[town] else { continue }
            if let ranges = unknownPeople[name], ranges.count <= read.count {
                for range in ranges { add(town, range) }
                unknownPeople[name] = nil
            }
            if let ranges = organisations[name], ranges.count <= read.count {
                for range in ranges { add(town, range) }
                unknownOthers[name] = nil
            }
        }
    }

    /// The other way: a town abroad, in a story that names nothing else of its country and nowhere plainly
    /// names the town, whose name the tagger reads as a person's or the article gives a person, is that person
    /// ("invoked Kennedy and Reagan" is no district of Bogotá; "Justice Kennedy" elsewhere).
    mutating func peopleNamedLikeTownsAbroad() {
        for (actor, ranges) in mentions where base.actors[actor].kind == .place {
            guard let country = base.actors[actor].country,
                  ranges.allSatisfy({ range in
                      range.count == 1
                          && (taggedAt[range.lowerBound].map { tagged[$0].1 == "PER" } == true || unknownPeople[words[range.lowerBound]] != nil)
                          && !isPlainlyTown(range)
                  }),
                  !mentions.contains(where: { $0.key != actor && base.actors[$0.key].country == country })
            else { continue }
            for range in ranges {
                removeMention(actor, range)
                unknownPeople[words[range.lowerBound], default: []].append(range)
            }
        }
    }

    /// Whether the word at `t` names a city and no person: a city of a million people, or of a hundred thousand
    /// in a country the article names; no first name, no surname the knowledge base or the article knows, no
    /// title before it.
    func isCityNotPerson(_ t: Int, _ candidates: [KnowledgeBase.Name]) -> Bool {
        guard !firstNames.contains(words[t]), taggedSurnames[words[t]] == nil, !isAfterTitle(t) else { return false }
        var city = false
        for candidate in candidates {
            if candidate.kind == .surname { return false }
            let actor = base.actors[candidate.actor]
            if let place = actor.place, place.population >= 1_000_000 || place.population >= 100_000 && isArticleCountry(actor.country) {
                city = true
            }
        }
        return city
    }
}
