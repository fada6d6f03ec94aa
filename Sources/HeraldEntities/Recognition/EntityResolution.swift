import HeraldCore
import HeraldKnowledge

/// One article's recognition and resolution of entities.
struct EntityResolution {
    let document: Document
    let base: KnowledgeBase
    let matches: [NameMatcher.Match]
    /// Names the statistical tagger found: tokens and type (PER, ORG, LOC), without the
    /// possessives and punctuation at their ends.
    let tagged: [(Range<Int>, String)]
    /// For each token, the tagged name over it, as an index into `tagged`.
    let taggedAt: [Int?]
    /// Tokens where a knowledge-base name of a country or place begins.
    let placeStarts: Set<Int>
    /// Tokens where a knowledge-base name begins, to the index of its match in `matches`.
    let matchAt: [Int: Int]
    /// The matches' indexes in `matches`, ordered by the token where each begins (see ``matches(beginningIn:)``).
    let matchStarts: [Int]
    /// The last words of the people the tagger found by their full names ("Norton" of "Joshua
    /// Abraham Norton"), and where each was first named.
    let taggedSurnames: [String: Int]
    /// Common first names.
    let firstNames: WordSet
    /// First names the census's and the world's (``firstNames`` are the census's alone).
    let givenNames: WordSet
    /// People with roles by country.
    let officeHolders: [String: [Int]]
    /// Holders of leaders' offices and of offices whose title they keep, by surname (see ``titledLeaders()``).
    let leaders: [String: [Int]]
    /// People with roles by the roles' codes (see ``findBodyOffices()``).
    let holdersByCode: [String: [Int]]
    /// The publication date, against which roles are read; for an article without one, the middle of
    /// the era its office holders fit (see ``era(matches:words:lower:base:)``), else nil (as of now).
    let day: String?
    /// That era, for an article without a date.
    let era: Era?
    /// Each token's text and lowercased text, and its sentence.
    let words: [String]
    let lower: [String]
    let sentenceOf: [Int]
    /// Per token, whether it begins with a capital (see ``isCapitalised(_:)``), read once.
    let capitalised: [Bool]

    /// Mentions found so far, by actor index, in the order actors were first met.
    var mentions: [Int: [Range<Int>]] = [:]
    /// Unknown people by the name the text gives them.
    var unknownPeople: [String: [Range<Int>]] = [:]
    /// Per token, whether it follows the one before without a space ("-" and "sam" of "Young-sam").
    let glued: [Bool]
    /// Government departments, legislatures and parties named after their country, by name: country, actor code and mentions (see
    /// ``findMinistries()`` and ``findBodiesOfOtherCountries()``).
    var ministries: [String: (country: String, actor: String, ranges: [Range<Int>])] = [:]
    /// Unknown organisations and locations by name.
    var unknownOthers: [String: (kind: Entity.Kind, ranges: [Range<Int>])] = [:]
    /// Tokens some mention or match already covers.
    var covered: [Bool]
    /// The document's laws and court cases (see ``lawNames()``), found once before the tagger's names are read.
    var laws: [Range<Int>] = []
    /// Nationality words: demonyms and peoples (see ``NationalityWords``).
    var nationalityWords: [Range<Int>] = []
    /// Metonyms of governments (see ``GovernmentMetonyms``).
    private(set) var metonyms: [Range<Int>] = []
    /// Countries that modify the tokens after them ("Russian" in "Russian Foreign Minister").
    var countryAt: [Int: (actor: Int, tokens: Range<Int>, isMention: Bool)] = [:]
    /// Whether the article reports on sport, where "Leeds" is a club before it is a town.
    let isSports: Bool
    /// Whether the article speaks of space ("planet", "NASA"), where "Jupiter" is no town: read once, when a
    /// planet's name first asks.
    lazy var isSpaceStory = lower.contains(where: Self.spaceWords.contains)
    /// The knowledge base's names, to look up a name written otherwise.
    let matcher: NameMatcher?

    init(document: Document, base: KnowledgeBase, words: [String], matches: [NameMatcher.Match],
         tagged: [(Range<Int>, String)] = [], officeHolders: [String: [Int]] = [:], leaders: [String: [Int]] = [:],
         holdersByCode: [String: [Int]] = [:], firstNames: WordSet = [], givenNames: WordSet = [], matcher: NameMatcher? = nil) {
        self.firstNames = firstNames
        self.givenNames = givenNames
        self.matcher = matcher
        self.officeHolders = officeHolders
        self.leaders = leaders
        self.holdersByCode = holdersByCode
        self.document = document
        self.base = base
        let (tagged, matches) = Self.surnamesLikeNationalities(tagged, matches: matches, words: words, firstNames: firstNames, base: base)
        self.matches = matches
        var sentenceOf = [Int](repeating: 0, count: document.tokens.count)
        for (index, sentence) in document.sentences.enumerated() {
            for t in sentence.tokens { sentenceOf[t] = index }
        }
        self.sentenceOf = sentenceOf
        let parts = Self.peopleAfterCountries(
            Self.peopleOfPlaces(Self.patronymicNames(tagged, words: words, sentenceOf: sentenceOf).flatMap { tagRange, type in
                Self.nameParts(tagRange, words).map { Self.holderAfterTitle($0, type, words: words, givenNames: givenNames) }
            },
                                matches: matches, words: words, base: base),
            matches: matches, words: words, base: base, firstNames: firstNames)
        let joined = Self.joiningOrganisations(parts, matches: matches, words: words, base: base)
        let organisations = Self.institutions(Self.companies(Self.institutionsOf(joined, words: words, sentenceOf: sentenceOf), words: words,
                                                             sentenceOf: sentenceOf), words: words, sentenceOf: sentenceOf, givenNames: givenNames)
        let places = Self.placesNamedAfter(Self.namesAfterTitles(organisations, words: words, givenNames: givenNames), matches: matches, words: words,
                                           sentenceOf: sentenceOf, base: base, firstNames: firstNames)
        var glued = [Bool](repeating: false, count: words.count)
        for t in document.tokens.indices.dropFirst() where document.tokens[t].start == document.tokens[t - 1].end { glued[t] = true }
        self.glued = glued
        let people = Self.wholePersonNames(Self.peopleReadAsPlaces(places, words: words, firstNames: firstNames), matches: matches, words: words,
                                           sentenceOf: sentenceOf, firstNames: firstNames, glued: glued)
        self.tagged = Self.initialledNames(Self.namesAroundAnInitial(people, matches: matches, words: words, sentenceOf: sentenceOf, base: base),
                                           matches: matches, words: words, sentenceOf: sentenceOf)
        var taggedSurnames: [String: Int] = [:]
        for (range, type) in self.tagged where type == "PER" && range.count > 1 {
            if taggedSurnames[words[range.upperBound - 1]] == nil { taggedSurnames[words[range.upperBound - 1]] = range.lowerBound }
            if let first = Self.firstOfDoubleSurname(Array(words[range]), firstNames: firstNames), taggedSurnames[first] == nil {
                taggedSurnames[first] = range.lowerBound
            }
        }
        self.taggedSurnames = taggedSurnames
        var taggedAt = [Int?](repeating: nil, count: words.count)
        for (index, (range, _)) in self.tagged.enumerated() { for t in range { taggedAt[t] = index } }
        self.taggedAt = taggedAt
        matchAt = Dictionary(matches.enumerated().map { ($1.tokens.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
        matchStarts = matches.indices.sorted { (matches[$0].tokens.lowerBound, $0) < (matches[$1].tokens.lowerBound, $1) }
        placeStarts = Set(matches.filter { match in
            match.names.contains { [.country, .place].contains(base.actors[base.names[$0].actor].kind) }
        }.map(\.tokens.lowerBound))
        self.words = words
        capitalised = words.map(Self.isCapitalised)
        let lower = words.map(Self.lowercase)
        self.lower = lower
        era = document.publishedAt == nil ? Self.era(matches: matches, words: words, lower: lower, base: base) : nil
        self.day = document.publishedAt ?? era?.middle
        // Only an article with a team's name, a name before a number or a name in brackets needs to know.
        isSports = matches.contains { match in
            match.names.contains { base.actors[base.names[$0].actor].kind == .team }
                || match.tokens.upperBound < words.count && words[match.tokens.upperBound].utf8.first.map({ $0 &- 0x30 < 10 }) == true
                || match.tokens.lowerBound > 0 && words[match.tokens.lowerBound - 1] == "("
        } && Self.isSportsArticle(lower)
        covered = [Bool](repeating: false, count: document.tokens.count)
    }

    mutating func run() -> [Entity] {
        var surnames: [NameMatcher.Match] = []
        for match in matches { classify(match, deferring: &surnames) }
        oneTownPerName()
        dropWeakPlacesAbroad()
        dropBodiesNamedByWords()
        findResults()
        teamsByTheirLastWord()
        findOffices()
        findBodyOffices()
        findBodiesOfOtherCountries()
        findMinistries()
        findUSDepartments()
        findMinistriesOfTheStory()
        namesakesOfCommonNames()
        for match in surnames { resolveSurname(match) }
        findTitledUnknowns()
        findApposedPeople()
        laws = lawNames()
        addTagged()
        townsBeforeRegions()
        firstNamesTheTaggerLeft()
        joinSplitNames()
        acronymsGivenInBrackets()
        resolveInitialledNames()
        resolveTransliteratedNames()
        joinTownsReadAsPeople()
        peopleNamedLikeTownsAbroad()
        joinSurnames()
        familyByFirstName()
        titledLeaders()
        companiesReadAsPeople()
        companiesByTheirLegalNames()
        joinShortBodyNames()
        statesNamedLikeCountries()
        dropNamesInLaws()
        return entities()
    }

    // MARK: Names from the knowledge base

    /// Words before "Democrats" or "Republicans" that name other parties than America's.
    static let partyFamilyWords: WordSet = ["Social", "Christian", "Free", "Sweden", "Popular"]

    private mutating func classify(_ match: NameMatcher.Match, deferring surnames: inout [NameMatcher.Match]) {
        // (A name within a longer one read before is that name's: "Germany" of "National Democratic Party of Germany".)
        if match.tokens.contains(where: { covered[$0] }) { return }
        var candidates = match.names.map { base.names[$0] }
        if !keepTownsOfTheRegionAfter(match.tokens, &candidates) { return }
        // A party's name after a word that makes it another party's is none of the American ones: "Social
        // Democrats", "Christian Democrats", "Free Democrats", "Sweden Democrats".
        if match.tokens.count == 1, match.tokens.lowerBound > 0, Self.partyFamilyWords.contains(words[match.tokens.lowerBound - 1]) {
            candidates.removeAll { base.actors[$0.actor].code == "USAPTY" }
            if candidates.isEmpty { return }
        }
        // A state's abbreviation follows a comma ("Dover, Del."); elsewhere "Del." is a delegate's title.
        if match.tokens.count == 1, words[match.tokens.lowerBound].utf8.last == UInt8(ascii: "."),
           match.tokens.lowerBound == 0 || words[match.tokens.lowerBound - 1] != "," {
            candidates.removeAll { base.actors[$0.actor].id.hasPrefix("a:") && $0.text.hasSuffix(".") && !$0.text.dropLast().contains(".") }
            if candidates.isEmpty { return }
        }
        // Initials after a number are an era's: "300 B.C." and "the mid-500s B.C." are no British Columbia.
        if match.tokens.lowerBound > 0, words[match.tokens.lowerBound - 1].utf8.contains(where: { $0 &- 0x30 < 10 }) {
            candidates.removeAll { base.actors[$0.actor].id.hasPrefix("a:") && $0.text.hasSuffix(".") }
            if candidates.isEmpty { return }
        }
        // So does a state's postal code ("Palm Bay, FL"), or a party's letter and a hyphen ("R-FL"), or "in" ("in NY");
        // elsewhere "PA" or "OK" is a word or another body's initials. (Not DC, written alone: "four decades in DC".)
        // After a comma it is the state, not a company of those initials: "Mountain View, CA" is not CA Inc.
        if match.tokens.count == 1, case let t = match.tokens.lowerBound, words[t].utf8.count == 2, words[t] != "DC" {
            let codes = candidates.filter { base.actors[$0.actor].id.hasPrefix("a:US.") && $0.text.utf8.count == 2 }
            if !codes.isEmpty, t > 0, words[t - 1] == "," {
                candidates = codes
            } else if !codes.isEmpty, t == 0 || words[t - 1] != "-" && !Self.nearPrepositions.contains(lower[t - 1]) {
                candidates.removeAll { codes.contains($0) }
                if candidates.isEmpty { return }
            }
        }
        // After "port of" a name is a town's, whatever the tagger read: "the Port of Dover" is the town's, no Dover Corporation.
        if let port = portMention(match.tokens), let town = choose(candidates.filter { base.actors[$0.actor].kind == .place }.map(\.actor)) {
            for t in port { covered[t] = true }
            add(town, port)
            return
        }
        // A planet's name is no town's in a story about space, where no state or country follows it ("Jupiter's moon
        // Europa"; not "Jupiter, Fla.", nor "a Jupiter Democrat" in a story about Florida).
        if match.tokens.count == 1, Self.planetNames.contains(words[match.tokens.lowerBound]), !placeFollows(match.tokens), isSpaceStory {
            return
        }
        // A country's short name that is also its people's adjective in "-i" is the adjective before a word in lower case
        // ("Saudi dissident", "Thai police"), but not after a preposition ("in Saudi for years"). (Not names the sources
        // list among peoples' words: "Britain", "Palestine", "Vatican officials".)
        let start = match.tokens.lowerBound
        if match.tokens.count == 1, match.tokens.upperBound < words.count, words[start].hasSuffix("i"),
           words[match.tokens.upperBound].utf8.first.map({ $0 &- 0x61 < 26 }) == true,
           start == 0 || !Self.nearPrepositions.contains(lower[start - 1]) {
            let peoples = Set(candidates.filter { $0.kind == .demonym }.map(\.actor))
            candidates.removeAll { $0.kind != .demonym && peoples.contains($0.actor) }
        }
        // A nationality word is that, not a village of the same name ("German", "French").
        // (A first-level region of that name in the demonym's own country is the region: "England".)
        if candidates.contains(where: { $0.kind == .demonym }) {
            let demonymCountries = Set(candidates.filter { $0.kind == .demonym }.compactMap { base.actors[$0.actor].country })
            if candidates.contains(where: { name in
                base.actors[name.actor].id.hasPrefix("a:") && name.kind == .alias && demonymCountries.contains(base.actors[name.actor].country ?? "")
            }) {
                candidates.removeAll { $0.kind == .demonym }
            } else {
                candidates.removeAll { base.actors[$0.actor].kind == .place }
            }
        }
        // A country's name that another country's state bears is the state before a state's offices or
        // parties ("Georgia Sen. Johnny Isakson", "Georgia Democrats").
        if match.tokens.upperBound < words.count, case let next = words[match.tokens.upperBound],
           Self.stateOffices.contains(next) || next == "Republicans" || next == "Democrats",
           candidates.contains(where: { base.actors[$0.actor].kind == .country }),
           candidates.contains(where: { base.actors[$0.actor].id.hasPrefix("a:") && $0.kind == .alias }) {
            candidates.removeAll { base.actors[$0.actor].kind == .country }
        }
        let countries = candidates.filter { base.actors[$0.actor].kind == .country }
        let peoples = countries.isEmpty ? candidates.filter { base.actors[$0.actor].kind == .location } : countries
        // Adjectives ("Russian", a continent's "European") modify what follows; they are not mentions.
        if candidates.allSatisfy({ $0.kind == .demonym }) {
            // "French" is France's before the French Southern Lands': the most populous country wins.
            if let country = countries.max(by: { score($0.actor) < score($1.actor) }) {
                countryAt[match.tokens.upperBound] = (country.actor, match.tokens, false)
            }
            if !peoples.isEmpty { nationalityWords.append(match.tokens) }
            return
        }
        if !peoples.isEmpty, candidates.allSatisfy({ $0.kind == .demonym || $0.kind == .people }) {
            nationalityWords.append(match.tokens)
        }
        candidates.removeAll { $0.kind == .demonym }
        // A surname the tagger reads as a person's ("Abbas said") is that, not a town of the name.
        if candidates.contains(where: { $0.kind == .surname }),
           match.tokens.contains(where: { taggedAt[$0].map { tagged[$0].1 == "PER" } ?? false })
        {
            candidates.removeAll { $0.kind != .surname }
        }
        // "Black Friday" and "Super Tuesday" are days, not the groups named after such a day.
        if match.tokens.count == 2, candidates.allSatisfy({ base.actors[$0.actor].kind == .group }), isDayEvent(match.tokens.lowerBound),
           !Self.monthNames.contains(lower[match.tokens.lowerBound + 1]) { return }
        // "Friday" (or "Mon") is a day and "Christian" a faith before either is anyone's surname or any town.
        if match.tokens.count == 1,
           Self.dayWords.contains(lower[match.tokens.lowerBound]) || Self.affiliations.contains(words[match.tokens.lowerBound]),
           candidates.allSatisfy({ $0.kind == .surname || base.actors[$0.actor].kind == .place })
        {
            return
        }
        if match.tokens.count == 1, isChamberWord(match.tokens.lowerBound) {
            keepChambers(&candidates, at: match.tokens.lowerBound)
            if candidates.isEmpty { return }
        }
        if candidates.contains(where: { base.actors[$0.actor].kind == .team }) {
            candidates = teamsOrOthers(candidates, match.tokens)
            if candidates.isEmpty { return }
        }
        if isMonth(match.tokens) || isShoutedWord(match.tokens) || taggerOverrules(match.tokens, candidates) { return }
        if let longer = longerBodyName(match.tokens, candidates) {
            unknownOthers[longer.map { words[$0] }.joined(separator: " "), default: (.organization, [])].ranges.append(longer)
            for t in longer { covered[t] = true }
            return
        }
        for t in match.tokens { covered[t] = true }
        // A capital speaks for its government only when it acts ("Moscow said").
        let acts = match.tokens.upperBound < lower.count && Offices.actingVerbs.contains(lower[match.tokens.upperBound])
        if candidates.contains(where: { $0.kind == .capital }) {
            if acts { candidates.removeAll { $0.kind != .capital } } else { candidates.removeAll { $0.kind == .capital } }
            if candidates.isEmpty { return }
        }
        if candidates.allSatisfy({ $0.kind == .surname }) {
            surnames.append(match)
            return
        }
        candidates.removeAll { $0.kind == .surname }
        // A town named like a first name ("Paul", "Florence") before a capitalised word is a person's name,
        // unless that word is an office, an institution's or another known name ("Charlotte Mayor Jennifer
        // Roberts", "Virginia Democrats").
        // (A surname the knowledge base knows is no other name: "Chelsea Clinton".)
        if match.tokens.count == 1, firstNames.contains(words[match.tokens.lowerBound]),
           match.tokens.upperBound < words.count, case let next = match.tokens.upperBound, capitalised[next],
           !Offices.honorifics.contains(lower[next]), !Offices.jobTitleWords.contains(lower[next]),
           !Self.institutionWords.contains(words[next]), !Self.titleBodies.contains(words[next]),
           matchAt[next].map({ matches[$0].names.allSatisfy { base.names[$0].kind == .surname } }) ?? true
        {
            candidates.removeAll { base.actors[$0.actor].kind == .place }
        }
        if !keepTownsOfArea(&candidates, match.tokens) { return }
        guard let actor = choose(candidates.map(\.actor)) else { return }
        add(actor, match.tokens)
        if candidates.contains(where: { $0.actor == actor && $0.kind == .metonym }) { metonyms.append(match.tokens) }
        if base.actors[actor].kind == .country {
            countryAt[match.tokens.upperBound] = (actor, match.tokens, true)
            // "Britain's prime minister": the possessive stands between the country and the office.
            let next = match.tokens.upperBound
            if next < words.count, document.tokens[next].kind == .clitic, lower[next].hasSuffix("s") {
                countryAt[next + 1] = (actor, match.tokens, true)
            }
        }
    }

    /// Of several actors a name may mean, the one this article means.
    private func choose(_ actors: [Int]) -> Int? {
        let unique = Array(Set(actors))
        guard unique.count > 1 else { return unique.first }
        if let known = unique.filter({ mentions[$0] != nil }).min() { return known }
        // Equal scores go to the later source: the curated table is read last.
        // (Each scored once, the article's countries counted once for all.)
        let counts = countryMentionCounts()
        return unique.map { (score($0, counts: counts), $0) }.max { $0 < $1 }?.1
    }

    /// How likely the article means actor `index`; `counts`, the article's countries' mentions, only places read (see
    /// ``nearness(of:in:)``).
    private func score(_ index: Int, counts: [String: Int] = [:]) -> Double {
        let actor = base.actors[index]
        switch actor.kind {
        case .country: return 1e12 + Double(actor.place?.population ?? 0)
        case .organization, .group, .media, .team:
            // Of bodies of the same name ("Parliament", "Supreme Court"), the one of a country the article names.
            let near = isArticleCountry(actor.country)
            return 1e11 + (near ? 5e8 : 0)
        case .person:
            var s = 1e10
            if let role = actor.role(on: day) { s += role.title.hasPrefix("head of") ? 2e9 : 1e9 }
            if let country = actor.country, mentions.keys.contains(where: { base.actors[$0].id == "c:" + country }) { s += 5e8 }
            return s
        case .location: return 1e9
        case .place:
            // First-level regions carry no population: each counts its country's share ("Florida" a fifty-first of
            // the USA's, before Uruguay's department; a Jamaican parish, "Manchester", less than Manchester,
            // England, or Manchester, New Hampshire, in an American story).
            // A place in the country the article names most counts twenty times ("Florida" after "Ohio" is in the USA; "Richmond"
            // in a story of Surrey and Vancouver is British Columbia's, though "Bridgeview" named an American town), in
            // another country it names five times; but a small namesake does not outweigh a capital ("Paris" is not Paris, Texas).
            // (A region's share is no town's crowd: of a country the article does not name, it counts a quarter, so that
            // "Delta" of a story of Surrey and Vancouver is the town in British Columbia, not Nigeria's state.)
            let region = actor.id.hasPrefix("a:")
            let size = region
                ? countryPopulation(actor.country) / Double(max(1, actor.country.flatMap { base.regionCounts[$0] } ?? 1))
                : Double(actor.place?.population ?? 0)
            let nearness = nearness(of: actor.country, in: counts)
            return size * (region && nearness == 1 ? 0.25 : nearness)
        }
    }
}
