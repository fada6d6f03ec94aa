import HeraldCore
import HeraldKnowledge

/// What the words around a person's name say of him: his country and sector, for his actor code
/// ("Texas Sen. Ted Cruz": USALEG), as PETRARCH reads agents.
extension EntityResolution {
    /// What else in the article says whose a person is: the countries of the places it names, by token,
    /// and of the parties it names, by the word for their members ("Republican": USA where the article
    /// names the Republican Party).
    struct Affiliations {
        /// Per token of a place the article names: the place's country and first token.
        var places: [Int: (country: String, start: Int)] = [:]
        var parties: [String: String] = [:]
        /// Per token of an organisation the article names: its code, "" for none.
        var organisations: [Int: String] = [:]
        /// The country the article is about: the one whose actors have half its mentions or more (three at least).
        var country: String?
        var namesUnitedStates = false
    }

    /// Party words and the word of the party's name they stand for.
    static let partyStems: WordMap<String> = [
        "democrat": "Democratic", "democratic": "Democratic", "democrats": "Democratic", "republican": "Republican",
        "republicans": "Republican", "gop": "Republican", "tory": "Conservative", "tories": "Conservative",
        "conservative": "Conservative", "labour": "Labour", "liberal": "Liberal", "libertarian": "Libertarian",
        "socialist": "Socialist", "communist": "Communist",
    ]

    /// Words of a candidacy that may stand between a party and a name ("Republican presidential candidate Ben Carson").
    static let candidacyWords: WordSet = [
        "presidential", "candidate", "hopeful", "nominee", "contender", "frontrunner", "challenger", "incumbent", "presumptive",
    ]

    static let spokespeople: WordSet = ["spokesman", "spokeswoman", "spokesperson"]

    /// Words that may stand between a title and what it belongs to ("London's newly elected mayor").
    static let titleModifiers: WordSet = [
        "newly", "elected", "appointed", "longtime", "long-time", "outgoing", "incoming", "acting", "interim", "current",
        "sitting", "new", "top", "senior", "veteran", "popular", "powerful", "embattled",
    ]

    func affiliations() -> Affiliations {
        var affiliations = Affiliations()
        let stems = Set(Self.partyStems.values)
        for (index, ranges) in mentions {
            let actor = base.actors[index]
            if [.organization, .media, .group, .team].contains(actor.kind) {
                for range in ranges { for t in range { affiliations.organisations[t] = actor.code ?? "" } }
            }
            guard let country = actor.country else { continue }
            if actor.kind == .place || actor.kind == .country {
                for range in ranges { for t in range { affiliations.places[t] = (country, range.lowerBound) } }
            } else if actor.code?.hasSuffix("PTY") == true {
                // (A word two parties of different countries share says nothing.)
                for stem in stems where actor.name.spaceSeparatedWords.contains(where: { $0.hasPrefix(stem) }) {
                    affiliations.parties[stem] = affiliations.parties[stem].map { $0 == country ? country : "" } ?? country
                }
            }
        }
        for other in unknownOthers.values where other.kind == .organization {
            for range in other.ranges { for t in range { affiliations.organisations[t] = "" } }
        }
        var counts = mentionsByCountry()
        affiliations.namesUnitedStates = counts["USA"] != nil
        if let dateline = datelineCountry() { counts[dateline, default: 0] += 3 }
        affiliations.country = Self.mainCountry(counts)
        return affiliations
    }

    /// The article's mentions counted by the country of what they name.
    func mentionsByCountry() -> [String: Int] {
        var counts: [String: Int] = [:]
        for (index, ranges) in mentions { if let country = base.actors[index].country { counts[country, default: 0] += ranges.count } }
        return counts
    }

    /// The country of the wire dateline the text opens with, a place in capitals ("CARACAS, Venezuela (Reuters) -",
    /// "BEIRUT —"): where the story is told, which counts as three mentions more of its country.
    func datelineCountry() -> String? {
        guard let first = words.first, first.utf8.count >= 3, first.utf8.allSatisfy({ $0 &- 0x41 < 26 }) else { return nil }
        for (index, ranges) in mentions where ranges.contains(where: { $0.lowerBound == 0 }) {
            let actor = base.actors[index]
            if actor.kind == .place || actor.kind == .country { return actor.country }
        }
        return nil
    }

    /// The country with half the mentions or more (three at least), of mentions counted by country; of
    /// two with half each, the first by code (the same in every run).
    static func mainCountry(_ counts: [String: Int]) -> String? {
        let total = counts.values.reduce(0, +)
        guard let (country, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), count * 2 >= total, count >= 3 else { return nil }
        return country
    }

    /// The country and sector that describe a person named at `range`. Before the name (see
    /// ``titles(before:_:)``); else in an appositive after it ("Bernie Sanders, the Vermont senator,");
    /// else after it: a party and state ("Jason Chaffetz (R-Utah)": a member of Congress), or a state or
    /// town ("Sen. Chris Murphy of Connecticut", "Ted Cruz of Texas").
    private func description(_ range: Range<Int>, _ affiliations: Affiliations) -> Description {
        let (before, _) = titles(before: range.lowerBound, affiliations)
        if before.country != nil { return before }
        if before.sector == nil, let apposed = appositive(after: range, affiliations) { return apposed }
        var t = range.upperBound
        if t < words.count, words[t] == "(" || words[t] == "," { t += 1 }
        if t + 2 < words.count, words[t] == "R" || words[t] == "D" || words[t] == "I", words[t + 1] == "-",
           let place = affiliations.places[t + 2] {
            return Description(country: place.country, sector: before.sector ?? "LEG", title: before.title)
        }
        if range.upperBound + 1 < words.count, lower[range.upperBound] == "of", let place = affiliations.places[range.upperBound + 1] {
            return Description(country: place.country, sector: before.sector, title: before.title)
        }
        // Or a body the knowledge base lacks whose name holds its country's ("Gonzalo P. Curiel of United States
        // District Court": USA, JUD; not "Kaveh Majlesi of Lund University", whose country a town's name leaves open).
        let body = range.upperBound + 1
        if body < words.count, lower[range.upperBound] == "of", affiliations.organisations[body] == "",
           let (key, other) = unknownOthers.first(where: { $0.value.kind == .organization && $0.value.ranges.contains { $0.lowerBound == body } }),
           let (country, actor) = organisationActor(key, other.ranges, affiliations),
           matches.contains(where: { match in
               other.ranges.contains { $0.lowerBound == body && $0.contains(match.tokens.lowerBound) }
                   && match.names.lazy.map { self.base.actors[self.base.names[$0].actor] }.contains { $0.kind == .country && $0.country == country }
           }) {
            return Description(country: country, sector: before.sector ?? String(actor.dropFirst(3)), title: before.title)
        }
        return before
    }

    /// The description an appositive gives: a title and its modifiers between commas right after the
    /// name, opened by an article or a possessive ("Sergei Ryabkov, Russia's deputy foreign minister,",
    /// "X, the former secretary of state," has no sector); nil where it is no title ("X, who met …").
    private func appositive(after range: Range<Int>, _ affiliations: Affiliations) -> Description? {
        let open = range.upperBound + 1
        guard open + 1 < words.count, words[open - 1] == ",", sentenceOf[open] == sentenceOf[range.lowerBound],
              ["the", "a", "an"].contains(lower[open]) || document.tokens[open + 1].kind == .clitic else { return nil }
        var close = open + 1
        while close < words.count, close - open < 8, words[close] != ",", words[close] != ".", sentenceOf[close] == sentenceOf[open] {
            close += 1
        }
        guard close < words.count, words[close] == "," || words[close] == "." else { return nil }
        let (described, stop) = titles(before: close, affiliations)
        // All of it describes: the walk reached its first words.
        guard described.sector != nil || described.country != nil, stop <= open + 1 else { return nil }
        return described
    }

    /// The country and sector the words before token `end` give, walking back from it, and where the
    /// walk stopped: a country or its people ("Russian Deputy Foreign Minister Ivan Petrov" is RUS, GOV),
    /// then title and agent words, the longest phrase first ("Attorney General": GOV, not "attorney":
    /// JUD); a state or town, or a party the article names, before a title ("Texas Sen. Ted Cruz",
    /// "Democratic Sen. Chris Murphy"). "Rebel commander Abu Omar" has a sector (REB) and no country;
    /// an office held before ("former", "then-") or sought ("presidential candidate") gives none.
    private func titles(before end: Int, _ affiliations: Affiliations) -> (Description, stop: Int) {
        var k = end  // the words from k to the name describe it
        var sector: String?
        var title: String?
        var titled = false  // whether a title stands between k and the name, not only a courtesy ("Mrs.")
        var seeking = false  // whether a candidacy word does: the office before it is sought
        func held(_ sector: String?, before start: Int) -> String? { Self.isFormerOffice(before: start, lower) ? nil : sector }
        // The description, its sector held (not a former office's), with the title that gave it.
        func described(_ country: String?, _ sector: String?, before start: Int, stop: Int, title: String?) -> (Description, stop: Int) {
            let sector = held(sector, before: start)
            return (Description(country: country, sector: sector, title: sector == nil ? nil : title), stop)
        }
        for _ in 0..<6 {
            if let country = countryAt[k], let code = base.actors[country.actor].country {
                // The country an envoy is sent to is not hers ("U.S. ambassador to Ukraine Marie Yovanovitch").
                if country.tokens.lowerBound > 0, lower[country.tokens.lowerBound - 1] == "to" {
                    k = country.tokens.lowerBound - 1
                    continue
                }
                // A government's seat before a spokesman: the government's ("White House spokesman Josh Earnest").
                let seat = metonyms.contains(country.tokens) && sector == nil && titled && !seeking
                return described(code, seat ? "GOV" : sector, before: country.tokens.lowerBound, stop: country.tokens.lowerBound, title: title)
            }
            guard k > 0 else { break }
            let word = lower[k - 1]
            // A body's name right before the name is no title of it ("The Canadian Press Andrew Scheer", a photo's credit
            // before its caption: "Press" is no journalist's title there).
            if !titled, affiliations.organisations[k - 1] != nil { break }
            if titled {
                if let place = affiliations.places[k - 1] {
                    return described(place.country, sector, before: place.start, stop: place.start, title: title)
                }
                // A town's possessive: "London's mayor".
                if k >= 2, document.tokens[k - 1].kind == .clitic, let place = affiliations.places[k - 2] {
                    return described(place.country, sector, before: place.start, stop: place.start, title: title)
                }
                if capitalised[k - 1], let stem = Self.partyStems[word], let code = affiliations.parties[stem], !code.isEmpty {
                    return described(code, sector, before: k - 1, stop: k - 1, title: title)
                }
            }
            // "A spokesman for Mrs. Clinton": the title is someone else's. (A former office: see `held`.)
            if !titled, word == "for" || word == "of" { break }
            if Self.formerWords.contains(word) { break }
            // "Under" is a title's only before "secretary" ("Under Secretary Wendy Sherman"); elsewhere the office before
            // it is another's ("majority leader under George W. Bush").
            if word == "under", k >= words.count || !lower[k].hasPrefix("secretary") { break }
            guard Offices.jobTitleWords.contains(word) || base.agents[word] != nil || Offices.honorifics.contains(word)
                || Self.candidacyWords.contains(word) || titled && Self.titleModifiers.contains(word) else {
                // A title after an organisation's name, or its possessive, is the organisation's: its country and
                // sector where its code gives them ("Supreme Court Justice Sonia Sotomayor": USAJUD), none where
                // it does not ("Judicial Watch President Tom Fitton", "Planned Parenthood's president").
                let owner = document.tokens[k - 1].kind == .clitic && k >= 2 ? k - 2 : k - 1
                if titled, let code = affiliations.organisations[owner] {
                    // (A party's legislator is a member of its country's legislature: "NDP MP Nathan Cullen" is a Canadian one.)
                    if code.count == 6, code.hasSuffix("PTY"), base["c:" + code.prefix(3)] != nil, !seeking, sector == "LEG" {
                        return described(String(code.prefix(3)), sector, before: k - 1, stop: owner, title: title)
                    }
                    if code.count >= 6, base["c:" + code.prefix(3)] != nil, !seeking {
                        return described(String(code.prefix(3)), String(code.dropFirst(3).prefix(3)), before: k - 1, stop: owner, title: nil)
                    }
                    // (A legislator's title after a body the knowledge base lacks is a party's member's.)
                    if sector != "LEG" { sector = nil }
                }
                break
            }
            // Nothing before "Mr." or "Mrs." describes the name ("voters Mrs. Clinton must win"; not "British diplomat Sir Peter Westmacott").
            if Self.courtesyTitles.contains(word) { k -= 1; break }
            if Self.candidacyWords.contains(word) { seeking = true }
            var agent = base.agents[word], agentWords = word
            // (The longest agent phrase of three words or two ending here: "secretary of state", "attorney general".)
            // (Only where an agent phrase may begin: no string is built for the rest.)
            for n in [3, 2] where k >= n && base.agentPhraseStarts.contains(lower[k - n]) {
                let phrase = lower[(k - n)..<k].joined(separator: " ")
                if let phraseAgent = base.agents[phrase] {
                    (agent, agentWords) = (phraseAgent, phrase)
                    k -= n - 1
                    break
                }
            }
            // "Representative" written as a title right before a name is a legislator's, as "Rep." is
            // ("Representative Dan Kildee", "U.S. Representative"; not "a union representative", "Trade Representative").
            if agent == nil, k == end, words[k - 1] == "Representative",
               k < 2 || sentenceOf[k - 2] != sentenceOf[k - 1] || !capitalised[k - 2] || countryAt[k - 1] != nil {
                (agent, agentWords) = ("LEG", "rep.")
            }
            // (A spokesman's sector is his employer's: Phoenix's MED is a journalist's. A deputy before
            // another title is that office's: "Deputy Secretary of State", not a sheriff's deputy.)
            // (On a sports page a captain leads a team: "England captain Harry Kane" is no soldier.)
            if sector == nil, !seeking, !Self.spokespeople.contains(word), !(titled && word == "deputy"),
               !(isSports && (word == "captain" || word == "capt.")), let agent {
                sector = agent
                title = agentWords
            }
            if !Offices.honorifics.contains(word) || agent != nil { titled = true }
            k -= 1
        }
        return described(nil, sector, before: k, stop: k, title: title)
    }

    /// What the words around a person's name say of him: his country and sector, and the title that
    /// gave the sector when they name no country.
    struct Description {
        var country: String?
        var sector: String?
        var title: String?
    }

    /// A home office's country where the words around its holder's name give none: the United States
    /// for its abbreviated titles ("Sen.", "Rep.", "Gov.") where the article names it, else the country
    /// the article is about. Offices abroad (an ambassador's) and other sectors (a general's) have none.
    private func homeCountry(_ description: Description, _ affiliations: Affiliations) -> String? {
        guard let title = description.title,
              Self.homeSectors.contains(description.sector ?? "") || description.sector == "OPP" && title.hasPrefix("opposition"),
              !Self.titlesWithoutHome.contains(title) else { return nil }
        if Self.americanTitles.contains(title), affiliations.namesUnitedStates { return "USA" }
        return affiliations.country
    }

    /// Sectors of offices held at home: legislators, ministers, judges and police; and the opposition's leaders
    /// ("Opposition leader Juan Guaidó" in a story about Venezuela), not every activist's.
    static let homeSectors: WordSet = ["LEG", "GOV", "JUD", "COP"]

    static let formerWords: WordSet = ["former", "retired", "late", "ex"]

    /// Whether the words before token `start` make the office after them one held before: "former",
    /// "retired", "ex-", "then-" (`lower`: the words in lower case).
    static func isFormerOffice(before start: Int, _ lower: [String]) -> Bool {
        guard start > 0 else { return false }
        return formerWords.contains(lower[start - 1]) || start > 1 && lower[start - 1] == "-" && (lower[start - 2] == "then" || lower[start - 2] == "ex")
    }

    static let americanTitles: WordSet = ["sen.", "sens.", "rep.", "reps.", "gov.", "govs."]
    /// Titles that say nothing of the country of the article: offices abroad, royalty, and the heads of
    /// states and governments (the knowledge base knows the article's own; an unknown one is another's).
    static let titlesWithoutHome: WordSet = [
        "ambassador", "envoy", "diplomat", "consul", "emissary", "legate", "attache", "prince", "princess", "king", "queen",
        "emir", "sultan", "sheikh", "crown prince", "president", "pres.", "vice president", "prime minister", "premier", "chancellor",
    ]

    /// Courtesy titles, which follow no office.
    static let courtesyTitles: WordSet = ["mr", "mr.", "mrs", "mrs.", "ms", "ms."]

    /// The country the first of a person's descriptions gives, and the sector and title of the first that
    /// gives one (with a country, if any does), the title as a role; without a country, the home country of
    /// the title (see ``homeCountry(_:_:)``).
    func description(of ranges: [Range<Int>], _ affiliations: Affiliations) -> (country: String?, sector: String?, role: String?) {
        var all: [Description] = []
        for range in ranges { all.append(description(range, affiliations)) }
        // One mention may give the country and another the title ("Ted Cruz of Texas", "Sen. Cruz").
        let titled = all.first { $0.country != nil && $0.sector != nil } ?? all.first { $0.sector != nil }
        if let placed = all.first(where: { $0.country != nil }) {
            let sector = placed.sector ?? titled?.sector
            return (placed.country, sector, role(placed.sector != nil ? placed.title : titled?.title))
        }
        guard let titled else { return (nil, nil, nil) }
        return (homeCountry(titled, affiliations), titled.sector, role(titled.title))
    }

    /// A title as a role: written out where news abbreviates it ("Sen.": senator), one person's
    /// ("Senators": senator); none where the title names a body ("Foreign Ministry spokesman").
    func role(_ title: String?) -> String? {
        guard let title, let last = title.spaceSeparatedWords.last.map(String.init) else { return nil }
        if let written = Self.abbreviatedTitles[title] { return written }
        if Self.bodyTitleWords.contains(last) { return nil }
        if last.hasSuffix("s"), case let singular = String(title.dropLast()), base.agents[singular] != nil { return singular }
        return title
    }

    static let abbreviatedTitles: WordMap<String> = [
        "sen.": "senator", "sens.": "senator", "rep.": "representative", "reps.": "representative", "gov.": "governor",
        "govs.": "governor", "gen.": "general", "lt.": "lieutenant", "col.": "colonel", "capt.": "captain", "maj.": "major",
        "sgt.": "sergeant", "adm.": "admiral", "cpl.": "corporal", "cmdr.": "commander", "cdr.": "commander", "pvt.": "private",
        "pfc.": "private", "brig.": "brigadier", "pres.": "president",
    ]

    /// Last words of agent phrases that name a body, not a person's office.
    static let bodyTitleWords: WordSet = [
        "ministry", "ministries", "department", "government", "administration", "police", "army", "navy", "court",
        "congress", "parliament", "senate", "house", "agency", "office", "council", "committee", "military", "forces",
        "intelligence", "community", "company", "authority",
    ]
}
