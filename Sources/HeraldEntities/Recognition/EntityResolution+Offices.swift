import HeraldKnowledge

/// Offices named by their titles: "the US President" is Barack Obama in 2016.
extension EntityResolution {
    /// "the US President", "Russian Foreign Minister Sergey Lavrov": an office, with the country
    /// before it, names its holder at the article's date; followed by a name, it only describes it.
    mutating func findOffices() {
        // (Only where a country modifies the words after it can an office be named so: those places, not every word.)
        var next = 0
        for i in countryAt.keys.sorted() where i >= next && i < words.count {
            guard let country = countryAt[i], let office = officePhrase(at: i) else { continue }
            let end = i + office.words.count
            // "Premier" before a league or a division is its rank, no office: "English premier league".
            if office.words.last == "premier", end < words.count, ["league", "division"].contains(lower[end]) { continue }
            // Followed by a name: the name's mention stands; the country before the office is a modifier.
            let named = end < words.count && covered[end]
            if country.isMention { removeMention(country.actor, country.tokens) }
            let countryCode = base.actors[country.actor].country
            // (A president who heads the government of a country whose head of state is no president, Iran's under its
            // Supreme Leader, is the country's president all the same.)
            let isPresidentOfGovernment = office.words == ["president"] && !hasHeadOfState(countryCode)
            if !named, !namesAnotherHolder(country.tokens.lowerBound, end),
               let holder = holder(of: office.titles, country: countryCode)
                ?? (isPresidentOfGovernment ? holder(of: ["head of government"], country: countryCode) : nil) {
                add(holder, country.tokens.lowerBound..<end)
            }
            next = end
        }
    }

    private func officePhrase(at i: Int) -> (words: [String], titles: [String])? {
        // (It follows its country directly: the caller asks only there.)
        guard Offices.firstWords.contains(lower[i]) else { return nil }
        for phrase in Offices.phrases where i + phrase.words.count <= lower.count {
            if zip(phrase.words, lower[i..<(i + phrase.words.count)]).allSatisfy({ $0 == $1 }) { return phrase }
        }
        return nil
    }

    /// Words before an office that make the one it names another than its holder at the article's date ("former US
    /// President", "ex-British prime minister", "then-Defense Secretary", "deputy US secretary of state").
    static let otherHolderWords: Set<String> = [
        "former", "ex", "then", "late", "previous", "past", "future", "next", "incoming", "deputy", "vice", "assistant",
        "acting", "interim",
    ]

    /// Whether the office at tokens `start..<end` names another than its holder at the article's date, or none: after a
    /// word of ``otherHolderWords`` (hyphened or not) or an indefinite article ("a US president", any of them), or before
    /// "-elect" ("US President-elect").
    func namesAnotherHolder(_ start: Int, _ end: Int) -> Bool {
        var k = start - 1
        if k >= 0, lower[k] == "a" || lower[k] == "an" { return true }
        if k >= 0, lower[k] == "-" { k -= 1 }
        if k >= 0, Self.otherHolderWords.contains(lower[k]) { return true }
        var after = end
        if after < lower.count, lower[after] == "-" { after += 1 }
        return after < lower.count && lower[after] == "elect"
    }

    /// Whether anyone is known to have been `country`'s head of state, at any date.
    private func hasHeadOfState(_ country: String?) -> Bool {
        (country.flatMap { officeHolders[$0] } ?? []).contains { base.actors[$0].roles.contains { $0.title == "head of state" } }
    }

    /// Who held one of `titles` in `country` on the article's date, when exactly one did.
    private func holder(of titles: [String], country: String?) -> Int? {
        guard let country else { return nil }
        // (Through all of an article's era, where its date is not known: "the US President" of 2013–2017.)
        let holders = (officeHolders[country] ?? []).filter { index in
            base.actors[index].roles.contains { titles.contains($0.title) && (era.map($0.isHeld(throughout:)) ?? $0.isHeld(on: day)) }
        }
        // Prefer the holder the article already names.
        if let named = holders.first(where: { mentions[$0] != nil }) { return named }
        return holders.count == 1 ? holders[0] : nil
    }
}
