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
                          && !(words[range.lowerBound] == base.actors[actor].name && isCityNotPerson(range.lowerBound, base.actors[actor]))
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
    /// in a country the article names; no surname the knowledge base or the article knows, no title before it;
    /// no first name either, but a great city's where the article names no one by it (``namesSomeone(firstNamed:)``:
    /// "the mayor of Denver"; not "Austin" after "Austin Dillon", nor "Florence").
    func isCityNotPerson(_ t: Int, _ candidates: [KnowledgeBase.Name]) -> Bool {
        guard !candidates.contains(where: { $0.kind == .surname }) else { return false }
        return candidates.contains { isCityNotPerson(t, base.actors[$0.actor]) }
    }

    /// Whether the article names someone by the first name `word`: in full, as the tagger read it ("Austin Dillon"), or in
    /// a list beside a name the tagger reads as a person's and the knowledge base knows as nothing ("Onyeka and Sydney",
    /// "Caelynn, Sydney, Tayshia").
    func namesSomeone(firstNamed word: String) -> Bool {
        for (range, type) in tagged where type == "PER" && range.count > 1 && words[range.lowerBound] == word { return true }
        func isPerson(_ k: Int) -> Bool { k >= 0 && k < words.count && matchAt[k] == nil && taggedAt[k].map { tagged[$0].1 == "PER" } == true }
        for k in words.indices where words[k] == word {
            if k + 2 < words.count, words[k + 1] == "," || lower[k + 1] == "and", isPerson(k + 2) { return true }
            if k >= 2, words[k - 1] == "," || lower[k - 1] == "and", isPerson(k - 2) { return true }
        }
        return false
    }

    /// ``isCityNotPerson(_:_:)`` for one place.
    func isCityNotPerson(_ t: Int, _ actor: Actor) -> Bool {
        guard taggedSurnames[words[t]] == nil, !isAfterTitle(t), let place = actor.place else { return false }
        if firstNames.contains(words[t]) {
            return place.population >= 500_000 && !namesSomeone(firstNamed: words[t])
        }
        return place.population >= 1_000_000 || place.population >= 100_000 && isArticleCountry(actor.country)
    }
}
