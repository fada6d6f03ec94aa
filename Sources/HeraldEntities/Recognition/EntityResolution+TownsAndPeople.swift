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
            removeMentions(actor, ranges)
            for range in ranges { unknownPeople[words[range.lowerBound], default: []].append(range) }
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

    /// A name before a comma and a region is a town of the region: of `candidates`, the knowledge base's towns there,
    /// else none, the name left to the tagger's ("of Ashton, Md." is no Catherine Ashton, nor the South African town;
    /// "Pinecrest, Ala." is not Florida's). Not a region's or a country's name ("Ohio, Florida."). False where none is left.
    func keepTownsOfTheRegionAfter(_ tokens: Range<Int>, _ candidates: inout [KnowledgeBase.Name]) -> Bool {
        let regions = regionsAfter(tokens, countries: false)
        guard !regions.isEmpty,
              !candidates.contains(where: { base.actors[$0.actor].kind == .country || base.actors[$0.actor].id.hasPrefix("a:") })
        else { return true }
        candidates.removeAll { name in
            let town = base.actors[name.actor]
            return town.kind != .place || !regions.contains { base.actors[$0].country == town.country && base.actors[$0].name == town.place?.admin1 }
        }
        return !candidates.isEmpty
    }

    /// Towns that no name of the knowledge base or the tagger covers, which the article names with their region
    /// inside a sentence: "of Quarrytown, Md.", "in Pinecrest, Ala.,".
    mutating func townsBeforeRegions() {
        let afterCommas = placeStarts.filter { $0 >= 3 && words[$0 - 1] == "," }
        guard !afterCommas.isEmpty else { return }
        let named = tokensNamedSoFar()
        for start in afterCommas {
            let end = start - 1
            var first = end
            while first > 1, end - first < 4, sentenceOf[first - 1] == sentenceOf[end], !named[first - 1], capitalised[first - 1] {
                first -= 1
            }
            guard first < end, sentenceOf[first - 1] == sentenceOf[end], !capitalised[first - 1],
                  !regionsAfter(first..<end).isEmpty else { continue }
            unknownOthers[words[first..<end].joined(separator: " "), default: (.location, [])].ranges.append(first..<end)
        }
    }

    /// The first-level regions (actors) that may follow the name at `range` after a comma and end the phrase
    /// there: "Ashton, Md.," or "Orlando, Florida." (the United States, Puerto Rico and Uruguay have a Florida); none
    /// elsewhere ("Smith, Ohio's attorney general", "Kelly, Arizona Democrat"), nor for a name in a list ("Ohio,
    /// Pennsylvania, Virginia", "St. Petersburg, Tehran, and Damascus").
    /// With `countries` false, none where the name is a country's too ("Monterrey, Mexico": the knowledge base's town
    /// is no town of the State of Mexico); a town it lacks may still be the region's ("Burke County, Georgia").
    func regionsAfter(_ range: Range<Int>, countries: Bool = true) -> [Int] {
        let comma = range.upperBound
        guard comma + 1 < words.count, words[comma] == ",", let m = matchAt[comma + 1], sentenceOf[comma + 1] == sentenceOf[comma],
              range.lowerBound == 0 || words[range.lowerBound - 1] != "," else { return [] }
        let end = matches[m].tokens.upperBound
        guard end >= words.count || sentenceOf[end] != sentenceOf[comma] || [",", ".", ";", ":", ")"].contains(words[end]) else { return [] }
        // ("St. Petersburg, Tehran, and Damascus": a list goes on after the comma; not "Gladstone, NJ, and the senator".)
        if end + 1 < words.count, words[end] == ",", placeStarts.contains(end + 1)
            || (lower[end + 1] == "and" || lower[end + 1] == "or") && end + 2 < words.count && capitalised[end + 2] { return [] }
        let actors = matches[m].names.map { base.names[$0].actor }
        if !countries, actors.contains(where: { base.actors[$0].kind == .country }) { return [] }
        return actors.filter { base.actors[$0].id.hasPrefix("a:") }
    }

    /// Of the countries `regionsAfter(_:)` gives for a mention of `ranges`, the one the article has brought nearest.
    func regionCountry(after ranges: [Range<Int>]) -> String? {
        guard let regions = ranges.lazy.map({ regionsAfter($0) }).first(where: { !$0.isEmpty }) else { return nil }
        let counts = countryMentionCounts()
        let countries = regions.compactMap { base.actors[$0].country }
        return countries.max { nearness(of: $0, in: counts) < nearness(of: $1, in: counts) }
    }
}
