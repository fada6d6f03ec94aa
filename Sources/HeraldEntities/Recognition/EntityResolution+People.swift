import HeraldCore
import HeraldKnowledge
import HeraldModels

/// People in an article's resolution: bare surnames, one-word names joined to full ones, people
/// the knowledge base lacks named with a title, and what the words before a name say of it.
extension EntityResolution {
    /// Where actor `actor` is first mentioned (token index).
    func firstMention(_ actor: Int) -> Int { mentions[actor]?.map(\.lowerBound).min() ?? Int.max }

    /// A one-word name read as a person's that the article names only beside a company's words
    /// ("Valeant's stock", "shares of Nabisco") and never as a person ("Mr. Valeant", "Valeant said
    /// he"), after joining surnames, is a company's.
    mutating func companiesReadAsPeople() {
        func near(_ range: Range<Int>, _ cues: Set<String>) -> Bool {
            (max(0, range.lowerBound - 3)..<min(words.count, range.upperBound + 4)).contains {
                sentenceOf[$0] == sentenceOf[range.lowerBound] && cues.contains(lower[$0])
            }
        }
        for (name, ranges) in unknownPeople where !name.contains(" ") {
            // (Company words first: most names have none near them, and the test ends there.)
            guard ranges.contains(where: { near($0, Self.companyCues) }), !ranges.contains(where: { range in
                range.lowerBound > 0 && Offices.honorifics.contains(lower[range.lowerBound - 1]) || near(range, Self.personCues)
            }) else { continue }
            unknownPeople[name] = nil
            unknownOthers[name, default: (.organization, [])].ranges.append(contentsOf: ranges)
        }
    }

    /// Words about a company near its name.
    static let companyCues: Set<String> = [
        "stock", "stocks", "shares", "shareholders", "investors", "company", "firm", "inc", "inc.", "corp", "corp.",
        "subsidiary", "acquisition", "merger", "brand", "products", "customers", "ceo", "earnings", "revenue",
    ]

    /// Words about a person near the name.
    static let personCues: Set<String> = ["he", "she", "his", "her", "him", "mr.", "ms.", "mrs.", "mr", "ms", "mrs", "himself", "herself"]

    /// A person named by one word ("Sanders", "Rubio") is the person the article names in full
    /// with that last word ("Bernie Sanders", "Marco Rubio"), whichever way each was found; of
    /// two such people ("Hillary Clinton", then "Bill Clinton"), the one named first.
    mutating func joinSurnames() {
        var fullNames: [Substring: [(key: String?, actor: Int?)]] = [:]
        for actor in mentions.keys where base.actors[actor].kind == .person {
            if let last = base.actors[actor].name.split(separator: " ").last, base.actors[actor].name.contains(" ") {
                fullNames[last, default: []].append((nil, actor))
            }
        }
        for key in unknownPeople.keys where key.contains(" ") {
            if let last = key.split(separator: " ").last { fullNames[last, default: []].append((key, nil)) }
        }
        func first(_ person: (key: String?, actor: Int?)) -> Int {
            if let actor = person.actor { return firstMention(actor) }
            return person.key.flatMap { unknownPeople[$0]?.map(\.lowerBound).min() } ?? Int.max
        }
        for key in unknownPeople.keys.sorted() where !key.contains(" ") {
            func name(_ person: (key: String?, actor: Int?)) -> String { person.key ?? person.actor.map { base.actors[$0].name } ?? "" }
            guard let person = fullNames[Substring(key)]?.min(by: { a, b in
                      let (fa, fb) = (first(a), first(b))
                      return fa != fb ? fa < fb : name(a) < name(b)
                  }),
                  let ranges = unknownPeople[key] else { continue }
            unknownPeople[key] = nil
            if let actor = person.actor {
                for range in ranges { add(actor, range) }
            } else if let full = person.key {
                unknownPeople[full, default: []].append(contentsOf: ranges)
            }
        }
    }

    // MARK: Surnames

    /// A bare surname: the person named in full in the article, or the one office holder of that
    /// name at the date; otherwise an unresolved person.
    mutating func resolveSurname(_ match: NameMatcher.Match) {
        let people = Array(Set(match.names.map { base.names[$0].actor }))
        // Of two of that name in the article ("Hillary Clinton", then "Bill Clinton"), the one named first.
        let text = match.tokens.map { words[$0] }.joined()
        let known = Set(people.filter { mentions[$0] != nil } + mentions.keys.filter { actor in
            base.actors[actor].kind == .person && base.actors[actor].name.hasSuffix(" " + text)
        })
        if let first = known.min(by: { firstMention($0) < firstMention($1) }) {
            add(first, match.tokens)
            return
        }
        // A leader at the date; else the one holder of a named office at the date ("Biden" in 2016,
        // vice president), or within a year of it ("Trump" in September 2016).
        var holding = people.filter { base.actors[$0].roles.contains { $0.title.hasPrefix("head of") && $0.isHeld(on: day) } }
        if holding.isEmpty { holding = people.filter { base.actors[$0].roles.contains { $0.specificity >= 2 && $0.isHeld(on: day) } } }
        if holding.isEmpty, let day {
            holding = people.filter { base.actors[$0].roles.contains { $0.specificity >= 2 && $0.isHeld(within: 1, of: day) } }
        }
        // A leader of a country the article names, where it names any: "Obama" beside "the State
        // Department" in 2016 is Barack Obama, not Equatorial Guinea's Obama; "Governor Christie" in a
        // story of American primaries is not the Bahamas' Perry Christie.
        if holding.count > 1 || mentions.keys.contains(where: { base.actors[$0].country != nil }) {
            // (A nationality word names its country too: "Syrian rebels" for "Al-Assad's forces"; the
            // body one leads names its leader: "Mr. Ban" beside "the U.N." in 2016.)
            var bodies: Set<String>?
            holding = holding.filter { holder in
                let country = base.actors[holder].country
                if isArticleCountry(country) || countryAt.values.contains(where: { base.actors[$0.actor].country == country }) { return true }
                let named = bodies ?? Set(mentions.keys.compactMap { base.actors[$0].country == nil ? base.actors[$0].code : nil })
                bodies = named
                return base.actors[holder].roles.contains { named.contains($0.code) && $0.isHeld(on: day) }
            }
        }
        if holding.count == 1 {
            add(holding[0], match.tokens)
            return
        }
        unknownPeople[text, default: []].append(match.tokens)
    }

    // MARK: Unknown people

    /// "Mr Smith", "Gen. Dunford": a title before capitalised words the knowledge base lacks.
    mutating func findTitledUnknowns() {
        var i = 0
        while i + 1 < words.count {
            // ("Justice Department", "Prime Minister's Office", "General Assembly", "Queen City": an
            // institution or a place, not a person.)
            guard !covered[i + 1], Self.isCapitalised(words[i + 1]), Offices.honorifics.contains(lower[i]),
                  !Self.institutionHeads.contains(words[i + 1]), !Self.institutionWords.contains(words[i + 1]),
                  !Self.titleBodies.contains(words[i + 1]), !Self.geographyWords.contains(words[i + 1]),
                  !Self.afterTitlesNoName.contains(words[i + 1]) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < words.count, !covered[end], Self.isCapitalised(words[end]),
                  sentenceOf[end] == sentenceOf[i], !Offices.honorifics.contains(lower[end])
            {
                end += 1
            }
            guard end > i + 1 else {
                i += 1
                continue
            }
            let name = words[(i + 1)..<end].joined(separator: " ")
            unknownPeople[name, default: []].append((i + 1)..<end)
            i = end
        }
    }

    /// Capitalised words that make a title and the word after it a thing ("General Electric", "Queen City"),
    /// beside institutions' words ("General Motors").
    static let afterTitlesNoName: Set<String> = [
        "City", "Counsel", "Manager", "Election", "Electric", "Mills", "Dynamics", "Store",
    ]

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
    static let partyStems: [String: String] = [
        "democrat": "Democratic", "democratic": "Democratic", "democrats": "Democratic", "republican": "Republican",
        "republicans": "Republican", "gop": "Republican", "tory": "Conservative", "tories": "Conservative",
        "conservative": "Conservative", "labour": "Labour", "liberal": "Liberal", "libertarian": "Libertarian",
        "socialist": "Socialist", "communist": "Communist",
    ]

    /// Words of a candidacy that may stand between a party and a name ("Republican presidential candidate Ben Carson").
    static let candidacyWords: Set<String> = [
        "presidential", "candidate", "hopeful", "nominee", "contender", "frontrunner", "challenger", "incumbent", "presumptive",
    ]

    static let spokespeople: Set<String> = ["spokesman", "spokeswoman", "spokesperson"]

    func affiliations() -> Affiliations {
        var affiliations = Affiliations()
        let stems = Set(Self.partyStems.values)
        var counts: [String: Int] = [:]
        for (index, ranges) in mentions {
            let actor = base.actors[index]
            if [.organization, .media, .group, .team].contains(actor.kind) {
                for range in ranges { for t in range { affiliations.organisations[t] = actor.code ?? "" } }
            }
            guard let country = actor.country else { continue }
            counts[country, default: 0] += ranges.count
            if actor.kind == .place || actor.kind == .country {
                for range in ranges { for t in range { affiliations.places[t] = (country, range.lowerBound) } }
            } else if actor.code?.hasSuffix("PTY") == true {
                // (A word two parties of different countries share says nothing.)
                for stem in stems where actor.name.contains(stem) {
                    affiliations.parties[stem] = affiliations.parties[stem].map { $0 == country ? country : "" } ?? country
                }
            }
        }
        for other in unknownOthers.values where other.kind == .organization {
            for range in other.ranges { for t in range { affiliations.organisations[t] = "" } }
        }
        affiliations.namesUnitedStates = counts["USA"] != nil
        let total = counts.values.reduce(0, +)
        if let (country, count) = counts.max(by: { $0.value < $1.value }), count * 2 >= total, count >= 3 { affiliations.country = country }
        return affiliations
    }

    /// The country and sector that describe a person named at `range`. Before the name: a country
    /// or its people ("Russian Deputy Foreign Minister Ivan Petrov" is RUS, GOV), then title and agent
    /// words, the longest phrase first ("Attorney General": GOV, not "attorney": JUD); a state or town, or a
    /// party the article names, before a title ("Texas Sen. Ted Cruz", "Democratic Sen. Chris Murphy").
    /// After it: a party and state ("Jason Chaffetz (R-Utah)": a member of Congress), or a state or town
    /// after a title's name ("Sen. Chris Murphy of Connecticut"). "Rebel commander Abu Omar" has a sector
    /// (REB) and no country; an office held before ("former", "then-") or sought ("presidential
    /// candidate") gives none.
    private func description(_ range: Range<Int>, _ affiliations: Affiliations) -> Description {
        var k = range.lowerBound  // the words from k to the name describe it
        var sector: String?
        var title: String?
        var titled = false  // whether a title stands between k and the name, not only a courtesy ("Mrs.")
        var seeking = false  // whether a candidacy word does: the office before it is sought
        func held(_ sector: String?, before start: Int) -> String? {
            let former = start > 0 && (Self.formerWords.contains(lower[start - 1]) || start > 1 && words[start - 1] == "-" && lower[start - 2] == "then")
            return former ? nil : sector
        }
        for _ in 0..<6 {
            if let country = countryAt[k], let code = base.actors[country.actor].country {
                // A government's seat before a spokesman: the government's ("White House spokesman Josh Earnest").
                let seat = metonyms.contains(country.tokens) && sector == nil && titled && !seeking
                return Description(country: code, sector: held(seat ? "GOV" : sector, before: country.tokens.lowerBound))
            }
            guard k > 0 else { break }
            let word = lower[k - 1]
            if titled {
                if let place = affiliations.places[k - 1] { return Description(country: place.country, sector: held(sector, before: place.start)) }
                if Self.isCapitalised(words[k - 1]), let stem = Self.partyStems[word], let code = affiliations.parties[stem], !code.isEmpty {
                    return Description(country: code, sector: held(sector, before: k - 1))
                }
            }
            // "A spokesman for Mrs. Clinton": the title is someone else's. (A former office: see `held`.)
            if !titled, word == "for" || word == "of" { break }
            if Self.formerWords.contains(word) { break }
            guard Offices.jobTitleWords.contains(word) || base.agents[word] != nil || Offices.honorifics.contains(word)
                || Self.candidacyWords.contains(word) else {
                // A title after an organisation's name, or its possessive, is the organisation's: its country and
                // sector where its code gives them ("Supreme Court Justice Sonia Sotomayor": USAJUD), none where
                // it does not ("Judicial Watch President Tom Fitton", "Planned Parenthood's president").
                let owner = document.tokens[k - 1].kind == .clitic && k >= 2 ? k - 2 : k - 1
                if titled, let code = affiliations.organisations[owner] {
                    if code.count >= 6, base["c:" + code.prefix(3)] != nil, !seeking {
                        return Description(country: String(code.prefix(3)), sector: held(String(code.dropFirst(3).prefix(3)), before: k - 1))
                    }
                    sector = nil
                }
                break
            }
            // Nothing before "Mr." or "Mrs." describes the name ("voters Mrs. Clinton must win"; not "British diplomat Sir Peter Westmacott").
            if Self.courtesyTitles.contains(word) { k -= 1; break }
            if Self.candidacyWords.contains(word) { seeking = true }
            var agent = base.agents[word], agentWords = word
            // (The longest agent phrase of three words or two ending here: "secretary of state", "attorney general".)
            for n in [3, 2] where k >= n {
                let phrase = lower[(k - n)..<k].joined(separator: " ")
                if let phraseAgent = base.agents[phrase] {
                    (agent, agentWords) = (phraseAgent, phrase)
                    k -= n - 1
                    break
                }
            }
            // (A spokesman's sector is his employer's: Phoenix's MED is a journalist's. A deputy before
            // another title is that office's: "Deputy Secretary of State", not a sheriff's deputy.)
            if sector == nil, !seeking, !Self.spokespeople.contains(word), !(titled && word == "deputy"), let agent {
                sector = agent
                title = agentWords
            }
            if !Offices.honorifics.contains(word) || agent != nil { titled = true }
            k -= 1
        }
        sector = held(sector, before: k)
        if sector == nil { title = nil }
        var t = range.upperBound
        if t < words.count, words[t] == "(" || words[t] == "," { t += 1 }
        if t + 2 < words.count, words[t] == "R" || words[t] == "D" || words[t] == "I", words[t + 1] == "-",
           let place = affiliations.places[t + 2] {
            return Description(country: place.country, sector: sector ?? "LEG")
        }
        if sector != nil, range.upperBound + 1 < words.count, lower[range.upperBound] == "of",
           let place = affiliations.places[range.upperBound + 1] {
            return Description(country: place.country, sector: sector)
        }
        return Description(sector: sector, title: title)
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
    /// the article is about. Offices abroad (an ambassador's) and other sectors have none.
    private func homeCountry(_ description: Description, _ affiliations: Affiliations) -> String? {
        guard let title = description.title, ["LEG", "GOV", "JUD", "COP"].contains(description.sector ?? ""),
              !Self.titlesWithoutHome.contains(title) else { return nil }
        if Self.americanTitles.contains(title), affiliations.namesUnitedStates { return "USA" }
        return affiliations.country
    }

    static let formerWords: Set<String> = ["former", "retired", "late", "ex"]

    static let americanTitles: Set<String> = ["sen.", "sens.", "rep.", "reps.", "gov.", "govs."]
    /// Titles that say nothing of the country of the article: offices abroad, royalty, and the heads of
    /// states and governments (the knowledge base knows the article's own; an unknown one is another's).
    static let titlesWithoutHome: Set<String> = [
        "ambassador", "envoy", "diplomat", "consul", "emissary", "legate", "attache", "prince", "princess", "king", "queen",
        "emir", "sultan", "sheikh", "crown prince", "president", "vice president", "prime minister", "premier", "chancellor",
    ]

    /// Courtesy titles, which follow no office.
    static let courtesyTitles: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms."]

    /// The first description of a person's mentions that gives a country, else the first that gives a sector.
    func description(of ranges: [Range<Int>], _ affiliations: Affiliations) -> (country: String?, sector: String?) {
        let all = ranges.map { description($0, affiliations) }
        if let described = all.first(where: { $0.country != nil }) { return (described.country, described.sector) }
        guard let titled = all.first(where: { $0.sector != nil }) else { return (nil, nil) }
        return (homeCountry(titled, affiliations), titled.sector)
    }

    /// A person named with middle initials ("Joseph R. Biden", "Petro O. Poroshenko") is the one the
    /// knowledge base names without them, when he holds an office at the article's date: initials tell
    /// namesakes apart ("John F. Kennedy" is not a later Senator John Kennedy), an office at the date
    /// says which one the article means.
    mutating func resolveInitialledNames() {
        guard let matcher else { return }
        for (name, ranges) in unknownPeople where name.utf8.contains(UInt8(ascii: ".")) {
            let parts = name.split(separator: " ")
            // (Single initials only: "George H.W. Bush" is not George Bush.)
            let kept = parts.filter { !($0.utf8.count == 2 && $0.utf8.first.map({ $0 &- 0x41 < 26 }) == true && $0.utf8.last == UInt8(ascii: ".")) }
            guard kept.count >= 2, kept.count < parts.count else { continue }
            let people = Set(matcher.names(writtenAs: kept.map(String.init)).map { base.names[$0].actor }.filter { actor in
                base.actors[actor].kind == .person && base.actors[actor].role(on: day) != nil
            })
            guard people.count == 1, let actor = people.first else { continue }
            unknownPeople[name] = nil
            for range in ranges { add(actor, range) }
        }
    }

    /// A nationality word right after a first name the tagger read as a person is the person's surname
    /// ("Trump critic Mark Cuban"): the name takes it, and it names no country.
    static func surnamesLikeNationalities(_ tagged: [(Range<Int>, String)], matches: [NameMatcher.Match], words: [String],
                                          firstNames: Set<String>, base: KnowledgeBase) -> ([(Range<Int>, String)], [NameMatcher.Match]) {
        var tagged = tagged
        var firstNameEnds: [Int: Int] = [:]
        for (i, (range, type)) in tagged.enumerated() where type == "PER" && range.count == 1 && firstNames.contains(words[range.lowerBound]) {
            firstNameEnds[range.upperBound] = i
        }
        guard !firstNameEnds.isEmpty else { return (tagged, matches) }
        var surnames: Set<Int> = []
        for match in matches where match.tokens.count == 1 {
            let t = match.tokens.lowerBound
            guard let i = firstNameEnds[t], isCapitalised(words[t]), match.names.allSatisfy({ base.names[$0].kind == .demonym }) else { continue }
            tagged[i].0 = (t - 1)..<(t + 1)
            surnames.insert(t)
        }
        return surnames.isEmpty ? (tagged, matches) : (tagged, matches.filter { !surnames.contains($0.tokens.lowerBound) })
    }

    /// A person's name the tagger read in part: the capitalised words next to it in its sentence that
    /// are no common word, title or name the knowledge base knows belong to it ("Manju" of "Manju Sam").
    static func wholePersonNames(_ tagged: [(Range<Int>, String)], matches: [NameMatcher.Match], words: [String],
                                 sentenceOf: [Int]) -> [(Range<Int>, String)] {
        let used = tokensNamed(tagged, matches, count: words.count)
        func isNamePart(_ k: Int, of range: Range<Int>) -> Bool {
            guard k >= 0, k < words.count, !used[k], sentenceOf[k] == sentenceOf[range.lowerBound],
                  words[k].utf8.first.map({ $0 &- 0x41 < 26 }) == true, words[k].utf8.count > 1 else { return false }
            let lower = words[k].lowercased()
            return Truecaser.standard.usualCase(ofLowercased: lower) != false && !Offices.honorifics.contains(lower) && !Offices.partyWords.contains(lower)
                && !Offices.jobTitleWords.contains(lower) && !calendarWords.contains(lower) && !institutionWords.contains(words[k])
                && !geographyWords.contains(words[k]) && !notNameParts.contains(words[k]) && !titleBodies.contains(words[k])
        }
        let extended = tagged.map { range, type -> (Range<Int>, String) in
            guard type == "PER" else { return (range, type) }
            var start = range.lowerBound, end = range.upperBound
            // (Over a sentence's first word, which is capitalised whatever it is, only when the casing lexicon
            // knows it as a name's: "Jeb" of "Jeb Bush", not "Yesterday".)
            while range.lowerBound - start < 2, start - 1 >= 0, isNamePart(start - 1, of: range),
                  start - 1 > 0 && sentenceOf[start - 2] == sentenceOf[start - 1]
                      || Truecaser.standard.usualCase(ofLowercased: words[start - 1].lowercased()) == true
            {
                start -= 1
            }
            while end - range.upperBound < 2, isNamePart(end, of: range) { end += 1 }
            return (start..<end, type)
        }
        // Two people's names never touch: a person read as two ("Rand" + "Paul") is one.
        var merged: [(Range<Int>, String)] = []
        for (range, type) in extended {
            // (Not a title the tagger read as a person: "Pope" + "John Paul II".)
            if type == "PER", let (last, lastType) = merged.last, lastType == "PER", last.upperBound == range.lowerBound,
               sentenceOf[last.lowerBound] == sentenceOf[range.lowerBound],
               !last.contains(where: { Offices.honorifics.contains(words[$0].lowercased()) || Offices.jobTitleWords.contains(words[$0].lowercased()) })
            {
                merged[merged.count - 1] = (last.lowerBound..<range.upperBound, "PER")
            } else {
                merged.append((range, type))
            }
        }
        return merged
    }

    /// Capitalised words that stand beside names without being part of them.
    static let notNameParts: Set<String> = ["Center", "Centre", "PM", "MP", "CEO", "MD", "QC", "SC"]

    /// People named by initials and a surname ("I. Healy", "W.H.S. Koerner") that the tagger missed: an
    /// initial, then a capitalised word that is no common word and no name the knowledge base knows.
    static func initialledNames(_ tagged: [(Range<Int>, String)], matches: [NameMatcher.Match], words: [String],
                                sentenceOf: [Int]) -> [(Range<Int>, String)] {
        let used = tokensNamed(tagged, matches, count: words.count)
        var found: [(Range<Int>, String)] = []
        for t in 0..<max(words.count - 1, 0) where !used[t] && !used[t + 1] && isInitials(words[t]) && sentenceOf[t] == sentenceOf[t + 1] {
            let next = words[t + 1]
            guard next.utf8.count > 1, next.utf8.first.map({ $0 &- 0x41 < 26 }) == true, next.utf8.dropFirst().contains(where: { $0 &- 0x61 < 26 }),
                  Truecaser.standard.usualCase(ofLowercased: next.lowercased()) != false else { continue }
            found.append((t..<(t + 2), "PER"))
        }
        // A person's earlier initials belong to the name too: "R." of "R. E. Glenn".
        return (found.isEmpty ? tagged : (tagged + found).sorted { $0.0.lowerBound < $1.0.lowerBound }).map { range, type in
            var start = range.lowerBound
            while type == "PER", start > 0, !used[start - 1], isInitials(words[start - 1]), sentenceOf[start - 1] == sentenceOf[start] { start -= 1 }
            return (start..<range.upperBound, type)
        }
    }

    /// For each of `count` tokens, whether a tagged name or a knowledge-base name covers it.
    static func tokensNamed(_ tagged: [(Range<Int>, String)], _ matches: [NameMatcher.Match], count: Int) -> [Bool] {
        var named = [Bool](repeating: false, count: count)
        for (range, _) in tagged { for t in range { named[t] = true } }
        for match in matches { for t in match.tokens { named[t] = true } }
        return named
    }

    /// "I.", "W.H.S.": capitals each followed by a full stop.
    static func isInitials(_ word: String) -> Bool {
        var count = 0
        for byte in word.utf8 {
            guard count < 8, count % 2 == 0 ? byte &- 0x41 < 26 : byte == UInt8(ascii: ".") else { return false }
            count += 1
        }
        return count >= 2 && count % 2 == 0
    }
}
