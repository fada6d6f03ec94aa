import HeraldCore
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
            // Followed by a name, known or the tagger's person ("US President Tom Smith"): the name's mention stands; the
            // country before the office is a modifier.
            let named = end < words.count && (covered[end] || taggedAt[end].map { tagged[$0].1 == "PER" && tagged[$0].0.lowerBound == end } == true)
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

    /// Words before an office, beside those of a former one (see ``isFormerOffice(before:_:)``), that make the one it
    /// names another than its holder at the article's date ("deputy US secretary of state", "the next US President").
    static let otherHolderWords: WordSet = [
        "then", "previous", "past", "future", "next", "incoming", "deputy", "vice", "assistant", "acting", "interim",
    ]

    /// Whether the office at tokens `start..<end` names another than its holder at the article's date, or none: a former
    /// one ("former US President", "ex-British prime minister"), after a word of ``otherHolderWords`` or an indefinite
    /// article ("a US president", any of them), or before "-elect" ("US President-elect").
    func namesAnotherHolder(_ start: Int, _ end: Int) -> Bool {
        if Self.isFormerOffice(before: start, lower) { return true }
        if start > 0, ["a", "an"].contains(lower[start - 1]) || Self.otherHolderWords.contains(lower[start - 1]) { return true }
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
        return holder(among: officeHolders[country] ?? [], where: { titles.contains($0.title) })
    }

    /// Who of the people `candidates` held a role that `accepts` takes on the article's date (through all of its era,
    /// where its date is not known: "the US President" of 2013–2017): the one the article already names, else the only one.
    func holder(among candidates: [Int], where accepts: (Actor.Role) -> Bool) -> Int? {
        let holders = candidates.filter { index in
            base.actors[index].roles.contains { accepts($0) && (era.map($0.isHeld(throughout:)) ?? $0.isHeld(on: day)) }
        }
        if let named = holders.first(where: { mentions[$0] != nil }) { return named }
        return holders.count == 1 ? holders[0] : nil
    }
}
