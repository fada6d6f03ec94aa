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
        func near(_ range: Range<Int>, _ cues: WordSet) -> Bool {
            (max(0, range.lowerBound - 3)..<min(words.count, range.upperBound + 4)).contains {
                sentenceOf[$0] == sentenceOf[range.lowerBound] && cues.contains(lower[$0])
            }
        }
        for (name, ranges) in unknownPeople where !name.utf8.contains(0x20) {
            // (Company words first: most names have none near them, and the test ends there.)
            guard ranges.contains(where: { near($0, Self.companyCues) }), !ranges.contains(where: { range in
                isAfterTitle(range.lowerBound) || near(range, Self.personCues)
            }) else { continue }
            unknownPeople[name] = nil
            unknownOthers[name, default: (.organization, [])].ranges.append(contentsOf: ranges)
        }
    }

    /// Words about a company near its name.
    static let companyCues: WordSet = [
        "stock", "stocks", "shares", "shareholders", "investors", "company", "firm", "inc", "inc.", "corp", "corp.",
        "subsidiary", "acquisition", "merger", "brand", "products", "customers", "ceo", "earnings", "revenue",
    ]

    /// Words about a person near the name.
    static let personCues: WordSet = ["he", "she", "his", "her", "him", "mr.", "ms.", "mrs.", "mr", "ms", "mrs", "himself", "herself"]

    // MARK: Surnames

    /// A bare surname: the person named in full in the article, or the one office holder of that
    /// name at the date; otherwise an unresolved person.
    mutating func resolveSurname(_ match: NameMatcher.Match) {
        let people = Array(Set(match.names.map { base.names[$0].actor }))
        // Of two of that name in the article ("Hillary Clinton", then "Bill Clinton"), the one named first.
        let text = match.tokens.map { words[$0] }.joined()
        let suffix = " " + text
        let known = Set(people.filter { mentions[$0] != nil } + mentions.keys.filter { actor in
            base.actors[actor].kind == .person && base.actors[actor].name.hasSuffix(suffix)
        })
        if let first = known.min(by: { firstMention($0) < firstMention($1) }) {
            add(first, match.tokens)
            return
        }
        // The end of a place's name is no one: "Central Park". The end of another name is no holder's: "Presidents
        // Reagan and Bush" are, "Spike Lee" and "Magic Johnson" are not, and "Iron Man" is no one.
        let start = match.tokens.lowerBound
        if let index = taggedAt[start], tagged[index].1 != "PER", tagged[index].0.lowerBound < start { return }
        if endsAName(start) {
            if !isCommonWord(match.tokens) { unknownPeople[text, default: []].append(match.tokens) }
            return
        }
        // A leader at the date; else the one holder of a named office at the date ("Biden" in 2016,
        // vice president), or within a year of it ("Trump" in September 2016); in an article without a
        // date, read in its era, a leader at some time in it ("May" beside "President Barack Obama" and
        // "Secretary of State John Kerry": Theresa May, from July 2016). Where those of one kind all lead
        // countries the article does not name, the next kind is asked ("Christie" in an American story of
        // 2016: not the Bahamas' prime minister but New Jersey's governor).
        let day = self.day, era = self.era
        let kinds: [(Actor.Role) -> Bool] = [
            { $0.title.hasPrefix("head of") && $0.isHeld(on: day) },
            { $0.specificity >= 2 && $0.isHeld(on: day) },
            { role in day.map { role.specificity >= 2 && role.isHeld(within: 1, of: $0) } ?? false },
            { role in era.map { role.title.hasPrefix("head of") && role.isHeld(during: $0) } ?? false },
        ]
        // (A surname that English writes in lower case, "Key" or "May", names its holder only in a story that names
        // the holder's country or body, or where it says or does something: "May said".)
        let end = match.tokens.upperBound
        let word = isCommonWord(match.tokens) && !(end < words.count && Offices.actingVerbs.contains(lower[end]))
        for kind in kinds {
            let holders = people.filter { base.actors[$0].roles.contains(where: kind) }
            guard !holders.isEmpty else { continue }
            if let holder = holderInArticle(holders, strictly: word) {
                add(holder, match.tokens)
                return
            }
            // (Several of that kind, none told apart: no one.)
            if holders.count > 1 { break }
        }
        // The one bearer the knowledge base knows of a surname, who led a country the article names before its date, is
        // that leader, however common the surname: "the Reagan era" in 2016 (not "Carter": Jimmy and Ash; nor "Bush"; nor
        // the end of another name: "Marronnier Park").
        let afterName = start > 0 && sentenceOf[start - 1] == sentenceOf[start] && capitalised[start - 1]
        if !word, !afterName, people.count == 1, let person = people.first, let day, base.actors[person].kind == .person,
           base.actors[person].roles.contains(where: { $0.title.hasPrefix("head of") && ($0.start ?? day) < day }),
           let leader = holderInArticle([person], strictly: true) {
            add(leader, match.tokens)
            return
        }
        if !word, let person = onlyBearer(people, of: match.tokens) {
            add(person, match.tokens)
            return
        }
        // (Such a surname, unresolved and after no title, is the word: "Key Takeaways", "Gold" and "Park" are no
        // one; "Mr. Key" would be someone.)
        if word, !isAfterTitle(match.tokens.lowerBound) { return }
        unknownPeople[text, default: []].append(match.tokens)
    }

    /// A person of the knowledge base whose name is as common as "Jennifer Smith" (a given name and one of the census's
    /// hundred commonest surnames) is someone else of that name, unknown, in an article that names nothing else of
    /// the person's country, ten years or more from any office the person held: Bermuda's premier of 1998–2003 is no
    /// reporter of a New York story of 2015. ("Former Bermuda premier Jennifer Smith" is she.)
    mutating func namesakesOfCommonNames() {
        guard let day else { return }
        for (actor, ranges) in mentions where base.actors[actor].kind == .person {
            let person = base.actors[actor]
            let parts = person.name.spaceSeparatedWords
            guard parts.count == 2, Self.commonestSurnames.contains(String(parts[1])), givenNames.contains(String(parts[0])),
                  !person.roles.contains(where: { $0.isHeld(within: 10, of: day) }),
                  !isArticleCountry(person.country, besides: actor)
            else { continue }
            mentions[actor] = nil
            for range in ranges { unknownPeople[words[range].joined(separator: " "), default: []].append(range) }
        }
    }

    /// The one bearer of a rare surname the knowledge base knows, whom the article names by it alone: "Panetta"
    /// in 2016 is Leon Panetta, out of office since 2013; "Trump" in 2015 is Donald Trump, in office from 2017.
    /// Rare: not among the census's most frequent surnames (``commonSurnames``: "Clinton", "Bush" and "Cruz"
    /// are) nor a first name ("Jesus", "Roger"), nor the surname of someone else the article names; the bearer
    /// in office by two years after the article's date, which it must have, and of a country the article is
    /// about or names ("FICO" in an American story is no Slovak prime minister).
    private func onlyBearer(_ people: [Int], of tokens: Range<Int>) -> Int? {
        guard people.count == 1, let person = people.first, base.actors[person].kind == .person, let day,
              let year = Int(day.prefix(4)), tokens.count == 1, case let surname = words[tokens.lowerBound],
              !Self.commonSurnames.contains(surname), !firstNames.contains(surname), taggedSurnames[surname] == nil,
              !unknownPeople.keys.contains(where: { $0.hasSuffix(" " + surname) })
        else { return nil }
        let latest = String(year + 2) + day.dropFirst(4)
        guard base.actors[person].roles.contains(where: { ($0.start ?? "") <= latest }) else { return nil }
        return holderInArticle([person], strictly: true)
    }

    /// Of office holders by one name, the one the article means: a leader of a country the article names,
    /// where it names any, and with `strictly` even where it names none ("Obama" beside "the State
    /// Department" in 2016 is Barack Obama, not Equatorial Guinea's Obama); of several and none of the
    /// article's countries, the one whose country is twenty times as populous as the others'; nil if none or several.
    private func holderInArticle(_ holders: [Int], strictly: Bool = false) -> Int? {
        var holding = holders
        if strictly || holding.count > 1 || mentions.keys.contains(where: { base.actors[$0].country != nil }) {
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
        if holding.isEmpty, holders.count > 1 {
            var populations: [(actor: Int, population: Double)] = []
            for holder in holders { populations.append((holder, countryPopulation(base.actors[holder].country))) }
            populations.sort { $0.population > $1.population }
            if populations[0].population >= 20 * populations[1].population { holding = [populations[0].actor] }
        }
        return holding.count == 1 ? holding[0] : nil
    }

    // MARK: Unknown people

    /// "Mr Smith", "Gen. Dunford": a title before capitalised words the knowledge base lacks.
    mutating func findTitledUnknowns() {
        var i = 0
        while i + 1 < words.count {
            // The name after a minister's portfolio: "Minister of Defense Hazem Shaalan", "Secretary of the
            // Interior X" (two capitalised words or more, not the body's own name: "Communications Workers of America").
            var start = i + 1
            if lower[start] == "of", lower[i] == "minister" || lower[i] == "secretary" {
                var k = start + 1
                if k < words.count, lower[k] == "the" { k += 1 }
                var after = k
                while after < words.count, Self.portfolios.contains(words[after]) { after += 1 }
                var end = after
                while end < words.count, capitalised[end] { end += 1 }
                if after > k, end - after >= 2, end == words.count || lower[end] != "of" { start = after }
            }
            // ("Justice Department", "Prime Minister's Office", "General Assembly", "Queen City": an
            // institution or a place, not a person.)
            guard !covered[start], capitalised[start], Offices.honorifics.contains(lower[i]),
                  !Self.institutionHeads.contains(words[start]), !Self.institutionWords.contains(words[start]),
                  !Self.titleBodies.contains(words[start]), !Self.geographyWords.contains(words[start]),
                  !Self.afterTitlesNoName.contains(words[start]),
                  // (Nor a law's title: "Justice Against Sponsors of Terrorism Act", "Justice For All".)
                  !Self.functionWords.contains(lower[start]), lower[start] != "against" else {
                i += 1
                continue
            }
            var end = start
            while end < words.count, !covered[end], capitalised[end],
                  sentenceOf[end] == sentenceOf[i], !Offices.honorifics.contains(lower[end])
            {
                end += 1
                // A surname of two joined by a hyphen: "Mr. Holtz-Eakin".
                if end + 1 < words.count, words[end] == "-", !covered[end + 1], capitalised[end + 1],
                   !document.tokens[end - 1].flags.contains(.spaceAfter), !document.tokens[end].flags.contains(.spaceAfter)
                {
                    end += 1
                }
                // A surname's particles in lower case: "Mayor Bill de Blasio", "Jean de la Fontaine".
                var particles = end
                while particles < words.count, particles - end < 2, Self.surnameParticles.contains(words[particles]) { particles += 1 }
                if particles > end, particles < words.count, !covered[particles], capitalised[particles],
                   sentenceOf[particles] == sentenceOf[i]
                {
                    end = particles
                }
            }
            if end > start, case let through = Self.hyphenatedNameEnd(end, words: words, tagged: tagged, glued: glued, named: covered),
               through > end, !(end..<through).contains(where: { covered[$0] }) {
                end = through
            }
            // (Nor a body named after a titled person: "King Solomon Missionary Baptist Church".)
            guard end > start, end - start < 3 || Self.organisationHeads[words[end - 1]] == nil else {
                i += 1
                continue
            }
            let name = words[start..<end].joined(separator: " ")
            unknownPeople[name, default: []].append(start..<end)
            i = end
        }
    }

    /// Capitalised words that make a title and the word after it a thing ("General Electric", "Queen City"),
    /// beside institutions' words ("General Motors").
    static let afterTitlesNoName: WordSet = [
        "City", "Counsel", "Manager", "Election", "Electric", "Mills", "Dynamics", "Store",
    ]

    /// A nationality word right after a first name the tagger read as a person is the person's surname
    /// ("Trump critic Mark Cuban"): the name takes it, and it names no country.
    static func surnamesLikeNationalities(_ tagged: [(Range<Int>, String)], matches: [NameMatcher.Match], words: [String],
                                          firstNames: WordSet, base: KnowledgeBase) -> ([(Range<Int>, String)], [NameMatcher.Match]) {
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
                                 sentenceOf: [Int], firstNames: WordSet = [], glued: [Bool] = []) -> [(Range<Int>, String)] {
        let used = tokensNamed(tagged, matches, count: words.count)
        func isNamePart(_ k: Int, of range: Range<Int>) -> Bool {
            guard k >= 0, k < words.count, !used[k], sentenceOf[k] == sentenceOf[range.lowerBound],
                  words[k].utf8.first.map({ $0 &- 0x41 < 26 }) == true, words[k].utf8.count > 1 else { return false }
            // (Nor a title's last word that is no first name: "Superintendent" of "Superintendent Jennifer McCormick", not "Dean".)
            let lower = words[k].lowercased()
            return isNameWord(words[k], lower: lower) && !(titleHeads.contains(lower) && !firstNames.contains(words[k]))
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
            // Over a surname's particles in lower case: "Vincent" + "van Gogh", "Jean" + "de la Fontaine".
            var particles = end
            while particles < words.count, particles - end < 2, surnameParticles.contains(words[particles]) { particles += 1 }
            if particles > end, particles < words.count, isNamePart(particles, of: range) { end = particles + 1 }
            end = hyphenatedNameEnd(end, words: words, tagged: tagged, glued: glued, named: used)
            return (start..<end, type)
        }
        // (A name the tagger read apart that a name now runs over: "Sharaa" of "Farouk al-Sharaa". People's names by
        // where they begin: one that runs over a name begins no further before the name's end than the longest is long.)
        var people: [Int: [Range<Int>]] = [:]
        var longest = 0
        for (range, type) in extended where type == "PER" {
            people[range.lowerBound, default: []].append(range)
            longest = max(longest, range.count)
        }
        let kept = extended.filter { range, _ in
            !stride(from: max(0, range.upperBound - longest), through: range.lowerBound, by: 1).contains { start in
                people[start]?.contains { $0 != range && range.upperBound <= $0.upperBound } == true
            }
        }
        // Two people's names never touch: a person read as two ("Rand" + "Paul") is one.
        var merged: [(Range<Int>, String)] = []
        for (range, type) in kept {
            // (Not a title or a party's word the tagger read as a person: "Pope" + "John Paul II", "Democrat" + "Ryan Greene".)
            // (Nor a first name read as a town's before the rest: "Chandler" + "Van Voorhis".)
            if type == "PER", let (last, lastType) = merged.last, last.upperBound == range.lowerBound,
               lastType == "PER" || lastType == "LOC" && last.count == 1 && firstNames.contains(words[last.lowerBound]),
               sentenceOf[last.lowerBound] == sentenceOf[range.lowerBound],
               !last.contains(where: { Offices.honorifics.contains(words[$0].lowercased()) || Offices.jobTitleWords.contains(words[$0].lowercased())
                   || Offices.partyWords.contains(words[$0].lowercased()) })
            {
                merged[merged.count - 1] = (last.lowerBound..<range.upperBound, "PER")
            } else if type == "PER", let (last, lastType) = merged.last, lastType == "PER", last.count == 1, range.count >= 2,
                      last.upperBound + 1 == range.lowerBound, words[last.upperBound] == "-",
                      firstNames.contains(words[last.lowerBound]), firstNames.contains(words[range.lowerBound])
            {
                // A double first name read as two people ("Jo" + "-" + "Renee Formicola"); not two
                // surnames ("Clinton-Kaine"), nor a first name beside a surname alone.
                merged[merged.count - 1] = (last.lowerBound..<range.upperBound, "PER")
            } else {
                merged.append((range, type))
            }
        }
        // (A party's word alone is no one: "Democrat" of "Democrat Ryan Greene".)
        return merged.filter { range, type in !(type == "PER" && range.count == 1 && Offices.partyWords.contains(words[range.lowerBound].lowercased())) }
    }

    /// Where a name ends that goes on after a hyphen written close: over a given name's second syllable in
    /// lower case ("Chun Doo" + "-hwan", and after a Korean surname whatever the syllable: "Kim Young" + "-sam";
    /// not "Obama" + "-era" nor "Pollyanna" + "-ish", words) and over an Arabic surname's article ("Farouk"
    /// + "al-Sharaa", "Omar Hassan" + "al-Bashir"; not where the surname is a name the knowledge base knows:
    /// "Muammar el-Qaddafi" is its Gaddafi's), whether or not the tagger read the rest as a name of its own.
    /// `glued` tells, per token, that no space stands before it; `named`, that a knowledge-base name covers it.
    static func hyphenatedNameEnd(_ end: Int, words: [String], tagged: [(Range<Int>, String)], glued: [Bool], named: [Bool]) -> Int {
        guard end + 1 < words.count, glued.count == words.count, glued[end + 1] else { return end }
        // (Free: in no name the tagger read, or in a person's that begins there or runs on from this one.)
        func isFree(_ k: Int) -> Bool {
            !named[k] && !tagged.contains { $0.0.contains(k) && ($0.1 != "PER" || $0.0.lowerBound != k && !$0.0.contains(end - 1)) }
        }
        if end >= 2, words[end] == "-", glued[end], case let next = words[end + 1], next.utf8.count <= 5, next.utf8.allSatisfy({ $0 &- 0x61 < 26 }),
           isFree(end + 1), isCapitalised(words[end - 2]), isCapitalised(words[end - 1]),
           Truecaser.standard.usualCase(ofLowercased: next) == nil && next != "ish" || koreanSurnames.contains(words[end - 2]) {
            return end + 2
        }
        if ["al", "el", "ul"].contains(words[end]), end + 2 < words.count, words[end + 1] == "-", glued[end + 2], isFree(end + 2),
           isCapitalised(words[end + 2]) {
            return tagged.first { $0.0.lowerBound == end + 2 && $0.1 == "PER" }?.0.upperBound ?? end + 3
        }
        return end
    }

    /// The commonest Korean surnames, before a given name of two syllables ("Kim Young-sam", "Moon Jae-in").
    static let koreanSurnames: WordSet = ["Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim",
                                              "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko",
                                              "Moon", "Yang", "Son", "Bae", "Baek", "Heo", "Nam", "Roh", "Chun", "Ban", "Rhee", "Yun"]

    /// Whether a capitalised word may be part of a person's name: no word English writes in lower case, and no
    /// title, party, calendar, institution, geography or title body's word.
    static func isNameWord(_ word: String, lower: String) -> Bool {
        Truecaser.standard.usualCase(ofLowercased: lower) != false && !Offices.honorifics.contains(lower) && !Offices.partyWords.contains(lower)
            && !Offices.jobTitleWords.contains(lower) && !calendarWords.contains(lower) && !institutionWords.contains(word)
            && !geographyWords.contains(word) && !notNameParts.contains(word) && !titleBodies.contains(word)
    }

    /// Capitalised words that stand beside names without being part of them.
    static let notNameParts: WordSet = ["Center", "Centre", "PM", "MP", "CEO", "MD", "QC", "SC", "PAC"]

    /// For each of `count` tokens, whether a tagged name or a knowledge-base name covers it.
    static func tokensNamed(_ tagged: [(Range<Int>, String)], _ matches: [NameMatcher.Match], count: Int) -> [Bool] {
        var named = [Bool](repeating: false, count: count)
        for (range, _) in tagged { for t in range { named[t] = true } }
        for match in matches { for t in match.tokens { named[t] = true } }
        return named
    }
}
