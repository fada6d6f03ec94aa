import HeraldCore
import HeraldKnowledge

/// Actor codes of organisations the knowledge base lacks, as PETRARCH codes agents: the sector their
/// head word names ("University of California": EDU, "Fox Business Network": MED, "U.S. Navy": MIL)
/// and the country the name or the words before it give, else the country the article is about.
extension EntityResolution {
    /// Head words of organisations' names and the sectors they name. (Words of many kinds of body,
    /// "Center", "Council", "Union", name none; "Center for …" is a research or advocacy group's.)
    static let organisationHeads: WordMap<String> = [
        "University": "EDU", "College": "EDU", "School": "EDU", "Academy": "EDU",
        "News": "MED", "Times": "MED", "Journal": "MED", "Daily": "MED", "Tribune": "MED", "Gazette": "MED", "Network": "MED",
        "Radio": "MED", "Television": "MED", "Magazine": "MED", "Newspaper": "MED",
        "Party": "PTY", "Caucus": "LEG",
        "Army": "MIL", "Navy": "MIL", "Marines": "MIL", "Guard": "MIL",
        "Police": "COP",
        "Court": "JUD",
        "Inc.": "BUS", "Inc": "BUS", "Corp.": "BUS", "Corp": "BUS", "Corporation": "BUS", "Company": "BUS", "LLC": "BUS",
        "Partners": "BUS", "Capital": "BUS", "Holdings": "BUS", "Associates": "BUS", "Productions": "BUS", "Ventures": "BUS",
        "Management": "BUS", "Investments": "BUS", "Advisors": "BUS", "Advisers": "BUS",
        "Foundation": "NGO", "Institute": "NGO", "Association": "NGO", "Coalition": "NGO",
        "Church": "REL", "Hospital": "HLH",
        "Department": "GOV", "Ministry": "GOV",
    ]

    /// First words of the names of legislatures' committees ("Judiciary Committee", "Armed Services Committee").
    static let legislativeCommittees: WordSet = [
        "Judiciary", "Intelligence", "Appropriations", "Armed", "Foreign", "Ways", "Means", "Oversight", "Rules", "Ethics",
        "Budget", "Finance", "Homeland", "Agriculture", "Select", "Banking", "Veterans", "Commerce",
    ]

    /// Words that say what kind of body an organisation is, between its country and its name.
    static let organisationNouns: WordSet = [
        "company", "firm", "group", "bank", "lender", "carrier", "airline", "maker", "carmaker", "automaker", "chipmaker",
        "drugmaker", "retailer", "conglomerate", "giant", "startup", "insurer", "fund", "broadcaster", "newspaper",
        "network", "charity", "technology", "investment", "energy", "oil", "telecom", "media", "tech", "defence", "defense",
        "contractor", "manufacturer", "producer", "operator", "developer", "publisher", "university", "think", "tank",
        "state-owned", "state-run", "private", "online", "mining", "shipping", "steel", "software", "consulting",
    ]

    /// The country and actor code of an organisation named `name` at `ranges` that the knowledge base lacks.
    func organisationActor(_ name: String, _ ranges: [Range<Int>], _ affiliations: Affiliations) -> (country: String, actor: String)? {
        let words = name.spaceSeparatedWords
        guard let last = words.last else { return nil }
        // The head: the last word, or the word before "of" or "for" ("University of California", "Center for American Progress").
        var head = String(last)
        var headBeforeOf = false
        if words.count > 2, let of = words.firstIndex(where: { $0 == "of" || $0 == "for" }), of > 0 {
            head = String(words[of - 1])
            headBeforeOf = true
        }
        // A chamber's committee or caucus is the legislature's ("House Judiciary Committee", "Senate Democratic Caucus").
        // ("Department" alone names no one department.)
        var sector = words.count > 1 || head != "Department" && head != "Ministry" ? Self.organisationHeads[head] : nil
        // A government's bureaus and agencies are named for what they do ("Bureau of Labor Statistics"; not
        // "Better Business Bureau" or "Washington Speakers Bureau"); a police department is the police.
        if headBeforeOf, head == "Bureau" || head == "Agency" || head == "Administration" { sector = "GOV" }
        if head == "Department", words.contains("Police") { sector = "COP" }
        // (After the country's name too: "U.S. House Intelligence Committee"; and by what a legislature's committee
        // oversees: "the Judiciary Committee", "Ways and Means Committee", "Select Committee".)
        if sector == nil, head == "Committee",
           words.prefix(3).contains(where: { $0 == "House" || $0 == "Senate" })
            || words.count > 1 && Self.legislativeCommittees.contains(String(words[0])) {
            sector = "LEG"
        }
        if words.count >= 2, case let pair = words[words.count - 2] + " " + last, pair == "Air Force" || pair == "Marine Corps" { sector = "MIL" }
        // A school's words anywhere make it a school ("Massachusetts Institute of Technology", "Harvard Law School
        // Association"); "Center for …" or a research center is an NGO ("Center for American Progress").
        if words.contains(where: { $0 == "University" || $0 == "College" || $0 == "Technology" }) { sector = "EDU" }
        if sector == nil, head == "Center" || head == "Centre", words.contains(where: { $0 == "for" || $0 == "Research" || $0 == "Policy" }) {
            sector = "NGO"
        }
        // (The Electoral College elects; it teaches no one.)
        if words.first == "Electoral" { sector = nil }
        guard let sector else { return nil }
        // The country: one just before the name ("U.S. Navy"); or of a country's body the name begins with ("House
        // Benghazi Committee" is the U.S. House's); or of a place the name holds, the article's own country's first
        // ("Georgetown University" is not in Guyana in an American story), else a country, a state or a great town
        // ("Addis Ababa University", "University of Liverpool"), not a town that shares a founder's name ("George
        // Washington University", "Trayvon Martin Foundation"); else the article's.
        var places: [Actor] = []
        var modifier: String?
        var body: String?
        for range in ranges {
            // (Over words that say what kind of body it is: "Japanese technology investment company SoftBank Group Corp".)
            var k = range.lowerBound
            while k > 0, range.lowerBound - k < 4, Self.organisationNouns.contains(lower[k - 1]) { k -= 1 }
            if modifier == nil, let before = countryAt[k] { modifier = base.actors[before.actor].country }
            // (Not a town that an ordinary word or a body's head word names: "University", Florida, of "University of
            // Cape Town".)
            for match in matches(beginningIn: range) where !isCommonWord(match.tokens)
                && !(match.tokens.count == 1 && Self.organisationHeads[self.words[match.tokens.lowerBound]] != nil) {
                // (Of countries one word names, the most populous first: "American" is the United States's, then
                // its territories'.)
                let named = match.names.map { base.actors[base.names[$0].actor] }
                places += named.filter { $0.kind == .country }.sorted { countryPopulation($0.country) > countryPopulation($1.country) }
                places += named.filter { $0.kind == .place }
                // (A country's body the name begins with gives its country: "U.S. House" of "U.S. House Intelligence Committee".)
                if match.tokens.lowerBound == range.lowerBound, body == nil {
                    body = match.names.lazy.map { base.actors[base.names[$0].actor] }.first { $0.kind == .organization && $0.country != nil }?.country
                }
            }
        }
        // (Of first-level regions, those of countries of a million people or more, the most populous country's
        // first: "University of Florida" is not in Puerto Rico, "Trinity Academy" not in Jersey.)
        // (A loop: a closure that reads `self` copies the whole state.)
        var regions: [(actor: Actor, population: Double)] = []
        for place in places where place.id.hasPrefix("a:") {
            let population = countryPopulation(place.country)
            if population >= 1_000_000 { regions.append((place, population)) }
        }
        regions.sort { $0.population > $1.population }
        let named = places.first { $0.country != nil && $0.country == affiliations.country } ?? places.first { $0.kind == .country }
            ?? regions.first?.actor ?? Self.chiefTown(of: places)
        guard let country = modifier ?? body ?? named?.country ?? affiliations.country else { return nil }
        return (country, country + sector)
    }
}

extension EntityResolution {
    /// Of the towns a body's name holds, the one it means: a city of a million people, or of three hundred
    /// thousand with no namesake abroad a third its size ("University of Liverpool" is England's; "Kingston
    /// University" may be Jamaica's or not).
    static func chiefTown(of places: [Actor]) -> Actor? {
        let towns = places.filter { !$0.id.hasPrefix("a:") && $0.kind == .place }
        guard let largest = towns.max(by: { ($0.place?.population ?? 0) < ($1.place?.population ?? 0) }),
              case let population = largest.place?.population ?? 0, population >= 300_000 else { return nil }
        if population >= 1_000_000 { return largest }
        let rivals = towns.filter { $0.country != largest.country && ($0.place?.population ?? 0) * 3 >= population }
        return rivals.isEmpty ? largest : nil
    }

    /// A body the knowledge base names by an ordinary word is no mention of it where the word stands
    /// alone: "Organization" (Tanzim's name translated), "Youth" (Gazteriak's), "Zero" of "Zero Hedge";
    /// "Conservatives" is Britain's party only in a story that names Britain, not in an American one.
    /// Acronyms ("IS", "WHO") and companies ("Target", which the tagger's reading decides) stay.
    mutating func dropBodiesNamedByWords() {
        for (actor, ranges) in mentions where base.actors[actor].kind == .organization || base.actors[actor].kind == .group {
            guard base.actors[actor].code?.hasPrefix("MNC") == false else { continue }
            // (Only a party answers to its members' word in its own country's news.)
            let country = base.actors[actor].code?.hasSuffix("PTY") == true ? base.actors[actor].country : nil
            let home = country.map { country in mentions.keys.contains { $0 != actor && base.actors[$0].country == country } } ?? false
            guard !home else { continue }
            dropMentions(actor, ranges.filter { range in range.count == 1 && isCommonWord(range) && !Self.isShortAcronym(words[range.lowerBound]) })
        }
    }
}
