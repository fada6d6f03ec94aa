import HeraldCore
import HeraldKnowledge
import HeraldModels
import HeraldText

extension EntityResolution {
    /// Places named after a town, a person or another name: "Hinkley" + "Point", "Tampa" + "Bay",
    /// "Coron" + "Island". A tagged name, a town or person the knowledge base knows, or a capitalised
    /// word that is no common word, directly before capitalised words of geography makes one location
    /// with them, whatever the tagger read.
    static func placesNamedAfter(_ tagged: [(Range<Int>, String)], matches: [NameMatcher.Match], words: [String],
                                 sentenceOf: [Int], base: KnowledgeBase, firstNames: WordSet) -> [(Range<Int>, String)] {
        var starts = [Bool](repeating: false, count: words.count + 1)
        for (range, _) in tagged { starts[range.lowerBound] = true }
        // (A capital first, a cheap test, before the set's look-up: this runs over every word.)
        func isGeography(_ k: Int) -> Bool { words[k].utf8.first.map { $0 &- 0x41 < 26 } == true && geographyWords.contains(words[k]) }
        func geography(after end: Int) -> Int {
            var k = end
            while k < words.count, !starts[k] || k == end, isGeography(k) { k += 1 }
            return k
        }
        var result = tagged.map { range, type -> (Range<Int>, String) in
            let end = geography(after: range.upperBound)
            if end > range.upperBound { return (range.lowerBound..<end, "LOC") }
            // (A person's name the tagger read with the geography word: "Trump Tower", "Trump Tower Manila"; not a first
            // name and a surname that is such a word too: "Michael Bay".)
            guard type == "PER", range.count >= 2, isGeography(range.upperBound - 1)
                    && !(range.count == 2 && firstNames.contains(words[range.lowerBound]) && surnameLike.contains(words[range.upperBound - 1]))
                    || range.dropFirst().dropLast().contains(where: { isGeography($0) && !surnameLike.contains(words[$0]) })
            else { return (range, type) }
            return (range, "LOC")
        }
        // (One more than the words, so that the token after a name may be asked about.)
        var used = tokensNamed(result, [], count: words.count + 1)
        for match in matches where !used[match.tokens.lowerBound] && isTownOrPerson(match, base) {
            let end = geography(after: match.tokens.upperBound)
            if end > match.tokens.upperBound, !used[match.tokens.upperBound] {
                result.append((match.tokens.lowerBound..<end, "LOC"))
            }
        }
        // (A geography word the knowledge base knows by itself, as a surname or a town, may end such a
        // name: "Park" of "Romare Bearden Park".)
        let alone = Set(matches.filter { $0.tokens.count == 1 }.map(\.tokens.lowerBound))
        let taggedUsed = used
        used = tokensNamed(result, matches, count: words.count + 1)
        // (Right before the geography word, a word of English with a capital inside a sentence is one too: "Central
        // Park", "Red Square"; not a title's or a party's: "President Park" is someone; nor one after a name, which
        // leaves the name whole: "Orlando International Airport". Title-cased headlines reach here in their usual case.)
        func isNameWord(_ k: Int, last: Bool = false) -> Bool {
            guard !used[k], words[k].utf8.first.map({ $0 &- 0x41 < 26 }) == true, sentenceOf[k - 1] == sentenceOf[k],
                  !geographyWords.contains(words[k]) else { return false }
            let lower = words[k].lowercased()
            return Truecaser.standard.usualCase(ofLowercased: lower) != false
                || last && !isTitleWord(lower) && !opensAPhrase.contains(words[k - 1]) && !isCapitalised(words[k - 1])
        }
        // (Cheap tests first: this runs over every word.)
        for t in 1..<max(words.count, 1) where !used[t] && words[t].utf8.first.map({ $0 &- 0x41 < 26 }) == true
            && t + 1 < words.count && isGeography(t + 1) && (!used[t + 1] || alone.contains(t + 1) && !taggedUsed[t + 1]) && isNameWord(t, last: true)
        {
            let end = geography(after: t + 1)
            var start = t
            while start > 1, isNameWord(start - 1) { start -= 1 }
            result.append((start..<end, "LOC"))
            for k in start..<end { used[k] = true }
        }
        return result.sorted { $0.0.lowerBound < $1.0.lowerBound }
    }

    /// Whether a place's name stands where only a place's does: after "in" or "from", before its state or
    /// country, or in a dateline.
    func isPlainlyTown(_ range: Range<Int>) -> Bool {
        placeFollows(range) || range.lowerBound > 0 && Self.placePrepositions.contains(lower[range.lowerBound - 1]) || isDateline(range)
    }

    /// The mention of a town after "port of", with "Port of" where written so ("the Port of Dover"); nil elsewhere.
    func portMention(_ tokens: Range<Int>) -> Range<Int>? {
        let t = tokens.lowerBound
        guard t >= 2, lower[t - 1] == "of", lower[t - 2] == "port" else { return nil }
        return words[t - 2] == "Port" ? (t - 2)..<tokens.upperBound : tokens
    }

    /// Geography words that are common surnames too.
    static let surnameLike: WordSet = ["Bay", "Park", "Hills", "Lake", "Beach", "Forest", "Street"]

    /// Words that end the names of places: features of land and water, and works of engineering.
    static let geographyWords: WordSet = [
        "Point", "Bay", "Island", "Islands", "River", "Valley", "Mountain", "Mountains", "Lake", "Park", "Bridge",
        "Street", "Avenue", "Square", "Airport", "Station", "Dam", "Canal", "Harbor", "Harbour", "Beach", "Heights",
        "Hills", "Falls", "Springs", "Forest", "Desert", "Peninsula", "Coast", "Plaza", "Creek", "Gorge", "Canyon",
        "Glacier", "Reservoir", "Lagoon", "Strait", "Straits", "Archipelago", "Atoll", "Pass", "Boulevard", "Tower", "Towers",
    ]
}

extension EntityResolution {
    /// A country's name that a state of the country the article is about bears too is the state ("Georgia"
    /// in an American story): where it stands in a list of that country's places ("Virginia, Georgia,
    /// Arkansas") or after one of its towns ("Burke County, Georgia"), or where the article names nothing
    /// else of the other country; not in a list of countries ("Cyprus, Georgia, India").
    mutating func statesNamedLikeCountries() {
        guard let home = Self.mainCountry(mentionsByCountry()) else { return }
        // (Tables built in loops: a closure that reads `self`, run for every match, would copy the whole state.)
        // (Per first and last token of a place named: its kind and country.)
        var placeAt: [Int: (kind: Actor.Kind, country: String?)] = [:]
        var countryMentions: [Range<Int>: Int] = [:]
        for (index, ranges) in mentions where [.country, .place].contains(base.actors[index].kind) {
            let actor = base.actors[index]
            for range in ranges {
                placeAt[range.lowerBound] = (actor.kind, actor.country)
                placeAt[range.upperBound - 1] = (actor.kind, actor.country)
                if actor.kind == .country, actor.country != home { countryMentions[range] = index }
            }
        }
        guard !countryMentions.isEmpty else { return }
        for match in matches {
            let tokens = match.tokens
            guard let countryActor = countryMentions[tokens] else { continue }
            // The state of the same name in the article's country.
            var state: Int?
            for name in match.names where base.names[name].kind == .alias {
                let actor = base.names[name].actor
                if base.actors[actor].id.hasPrefix("a:"), base.actors[actor].country == home { state = actor }
            }
            guard let state else { continue }
            // Its neighbours in a list: the place before a comma or "and" before it, and after it.
            var before = tokens.lowerBound - 1
            while before >= 0, words[before] == "," || lower[before] == "and" || lower[before] == "or" { before -= 1 }
            var after = tokens.upperBound
            while after < words.count, words[after] == "," || lower[after] == "and" || lower[after] == "or" { after += 1 }
            let listed = [before < tokens.lowerBound - 1 ? before : nil, after > tokens.upperBound ? after : nil].compactMap { $0 }
            let neighbours = listed.compactMap { placeAt[$0] }
            if neighbours.contains(where: { $0.kind == .country }) { continue }
            let beside = neighbours.contains { $0.country == home }
            // Nothing else of the other country: no other mention, nationality word or capital.
            let alone = mentions[countryActor]?.allSatisfy({ words[$0].joined(separator: " ") == words[tokens].joined(separator: " ") }) == true
                && !nationalityWords.contains { range in countryAt[range.upperBound].map { $0.actor == countryActor } == true }
                && !mentions.keys.contains { base.actors[$0].kind == .place && base.actors[$0].country == base.actors[countryActor].country }
            guard beside || alone else { continue }
            removeMention(countryActor, tokens)
            add(state, tokens)
            // It no longer modifies what follows as a country ("Georgia businessman").
            for k in [tokens.upperBound, tokens.upperBound + 1] where countryAt[k]?.tokens == tokens { countryAt[k] = nil }
        }
    }
}

extension EntityResolution {
    /// The states, provinces and countries the knowledge base names just after `tokens` and a comma
    /// ("Manchester , N.H.", "Hamilton , Bermuda", "Berea , OH": an American state by its postal code), or nil.
    func areaAfterComma(_ tokens: Range<Int>) -> [Actor]? {
        let next = tokens.upperBound
        // (A state's postal code is one of its names in the knowledge base.)
        guard next + 1 < words.count, words[next] == ",", sentenceOf[next] == sentenceOf[next + 1],
              let index = matchAt[next + 1] else { return nil }
        // (A capital is no area: "Boston, London, Berlin" is a list.)
        let areas = matches[index].names.filter { base.names[$0].kind != .capital }.map { base.actors[base.names[$0].actor] }
            .filter { $0.kind == .country || $0.id.hasPrefix("a:") }
        return areas.isEmpty ? nil : areas
    }

    /// Whether the towns named `candidates` at `tokens` and the name after them and a comma may be a list: a
    /// great city before it ("Los Angeles, New York"), or a town's name after it ("Boston, Washington").
    func isListOfTowns(_ tokens: Range<Int>, _ candidates: [KnowledgeBase.Name]) -> Bool {
        if candidates.contains(where: { (base.actors[$0.actor].place?.population ?? 0) >= 1_000_000 }) { return true }
        guard let index = matchAt[tokens.upperBound + 1] else { return false }
        return matches[index].names.contains { name in
            let actor = base.actors[base.names[name].actor]
            return actor.kind == .place && !actor.id.hasPrefix("a:")
        }
    }

    /// Keeps of `candidates` for the name at `tokens` the towns in the state or country after it and a comma
    /// ("Manchester, N.H.", "Hamilton, Bermuda"); false when none of the towns of its name is in a state written
    /// short or in a state of their own country: another town the knowledge base does not know ("Gladstone, NJ"
    /// is not Australia's, "Fairfield, Iowa" none of Connecticut's or Ohio's). A country, a capital or a town
    /// after a comma, or after a great city, may be the next of a list ("Paris, Ukraine, Libya", "Los Angeles,
    /// New York").
    func keepTownsOfArea(_ candidates: inout [KnowledgeBase.Name], _ tokens: Range<Int>) -> Bool {
        guard candidates.contains(where: { base.actors[$0.actor].kind == .place }), let area = areaAfterComma(tokens) else { return true }
        let there = candidates.filter { isPlace(base.actors[$0.actor], in: area) }
        if !there.isEmpty {
            candidates = there
            return true
        }
        guard candidates.allSatisfy({ base.actors[$0.actor].kind == .place && !base.actors[$0.actor].id.hasPrefix("a:") }) else { return true }
        return !(isShortState(after: tokens) || !isListOfTowns(tokens, candidates) && area.contains { region in
            region.id.hasPrefix("a:") && candidates.contains { base.actors[$0.actor].country == region.country }
        })
    }

    /// Whether a state written short follows `tokens` and a comma: a postal code ("NJ") or an abbreviation ("Ill.").
    func isShortState(after tokens: Range<Int>) -> Bool {
        let t = tokens.upperBound + 1
        guard t < words.count, words[t - 1] == "," else { return false }
        let word = words[t].utf8
        return word.count == 2 && word.allSatisfy { $0 &- 0x41 < 26 } || word.count <= 6 && word.last == UInt8(ascii: ".")
    }

    /// Whether `place` lies in one of `areas`: a town in that state or province (by its first-level
    /// region's name), or anything in that country.
    func isPlace(_ place: Actor, in areas: [Actor]) -> Bool {
        areas.contains { area in
            guard place.country == area.country, place.id != area.id else { return false }
            return area.kind == .country || place.place?.admin1 == area.name
        }
    }
}

extension EntityResolution {
    /// One town per name in an article: where one mention's state or country shows which town of that
    /// name it is ("Cleveland, Tennessee"; "Venice, Italy"), the name's other mentions are that town too.
    mutating func oneTownPerName() {
        func key(_ range: Range<Int>) -> String { lower[range].joined(separator: " ") }
        var placed: [String: Set<Int>] = [:]
        for (actor, ranges) in mentions where base.actors[actor].kind == .place {
            for range in ranges where areaAfterComma(range).map({ isPlace(base.actors[actor], in: $0) }) == true {
                placed[key(range), default: []].insert(actor)
            }
        }
        guard !placed.isEmpty else { return }
        for (actor, ranges) in mentions where base.actors[actor].kind == .place {
            var moved: [Range<Int>] = []
            for range in ranges {
                guard let towns = placed[key(range)], towns.count == 1, let town = towns.first, town != actor else { continue }
                moved.append(range)
                add(town, range)
            }
            removeMentions(actor, moved)
        }
    }
}

extension EntityResolution {
    /// A place abroad named by weak evidence stands only in a country the story names otherwise. Weak evidence:
    /// - a word in lower case in a text written with capitals ("rivers", "lakes" and "forest" in an American story
    ///   are no Nigerian, South Sudanese or Guernsey regions; "florida" beside "Miami" stands; a text in lower case
    ///   throughout, "we flew from france to florida", names its places so), a country's name too ("reunion tour");
    /// - a region named by the compass ("the Northeast" is not Iceland's), a word of three capitals or fewer ("EST",
    ///   "IG"), a town's other name rather than its own ("Gaia", "Cabo", "DACA");
    /// - half of a hyphenated compound ("Miami-Dade", "Kennedy-Nixon"), the word after a longer name's first ("St.
    ///   Croix"), a place's name alone after "the" ("Feel the Bern!");
    /// - but after "in", "at", "from" or "near", one word that English writes in lower case ("Oral Proficiency",
    ///   "Pest Control"; not "in Nice") or a town of under a hundred thousand ("Plato" the philosopher, "Roth"
    ///   conversions, the actress Danai Gurira).
    mutating func dropWeakPlacesAbroad() {
        var capitalStarts = 0, lowerStarts = 0
        for sentence in document.sentences where !sentence.tokens.isEmpty {
            guard let first = words[sentence.tokens.lowerBound].utf8.first else { continue }
            if first &- 0x41 < 26 { capitalStarts += 1 } else if first &- 0x61 < 26 { lowerStarts += 1 }
        }
        let capitalisedText = capitalStarts > lowerStarts
        func isLowerCase(_ range: Range<Int>) -> Bool {
            capitalisedText && !range.contains(where: { words[$0].utf8.contains { $0 &- 0x41 < 26 || $0 >= 0x80 } })
        }
        func isWeak(_ range: Range<Int>) -> Bool {
            if isLowerCase(range) { return true }
            if range.allSatisfy({ Self.compassWords.contains(lower[$0]) || Self.areaWords.contains(lower[$0]) || words[$0] == "-" }),
               range.contains(where: { Self.compassWords.contains(lower[$0]) }) { return true }
            guard range.count == 1, case let t = range.lowerBound else { return false }
            return Self.isShortAcronym(words[t]) || isHyphenGlued(t)
                || t > 0 && sentenceOf[t - 1] == sentenceOf[t] && Self.placeNamePrefixes.contains(words[t - 1])
        }
        // (Or one word that is no town's own name but one of its other names, of a town under a million:
        // "Gold" for Gold Coast, "Ado" for Ado-Ekiti; "Bombay" and "Rio" stand.)
        // (Of any town, when the word is in capitals in a text that is not: "DACA" is no other name of Dhaka.)
        func isOtherName(_ range: Range<Int>, of place: Actor) -> Bool {
            let word = words[range.lowerBound]
            return range.count == 1 && !place.id.hasPrefix("a:") && LatinFolding.folded(word) != LatinFolding.folded(place.name)
                && ((place.place?.population ?? 0) < 1_000_000 || capitalisedText && word.utf8.count >= 4 && word.utf8.allSatisfy { $0 &- 0x41 < 26 })
        }
        // (Or a place's name alone after "the", before no noun it modifies: "Feel the Bern!" is no Swiss canton.)
        func isTheAlone(_ range: Range<Int>) -> Bool {
            let t = range.lowerBound, next = range.upperBound
            guard range.count == 1, t > 0, lower[t - 1] == "the" else { return false }
            return next == words.count || sentenceOf[next] != sentenceOf[t] || words[next] != "-"
                && words[next].utf8.first.map { !($0 &- 0x41 < 26 || $0 &- 0x61 < 26 || $0 &- 0x30 < 10 || $0 >= 0x80) } == true
        }
        func isWeak(_ range: Range<Int>, of actor: Int) -> Bool {
            let place = base.actors[actor]
            let afterPreposition = range.lowerBound > 0 && Self.nearPrepositions.contains(lower[range.lowerBound - 1])
            let smallTown = range.count == 1 && !place.id.hasPrefix("a:") && (place.place?.population ?? 0) < 100_000
            return isWeak(range) || place.kind == .place && (isOtherName(range, of: place) || isTheAlone(range)
                || (isCommonWord(range) || smallTown) && !afterPreposition)
        }
        // (A country's name in lower case stands where the story names anyone or anything of that country.)
        for (actor, ranges) in mentions where base.actors[actor].kind == .country && ranges.allSatisfy(isLowerCase) {
            let country = base.actors[actor].country
            guard !mentions.keys.contains(where: { $0 != actor && base.actors[$0].country == country }) else { continue }
            dropMentions(actor, ranges)
        }
        // (A place's name in lower case stands only where the casing lexicon knows its words as a name's, "florida";
        // not a word it has not met, "bride" of Bride on the Isle of Man, "pest" of Pest in Hungary.)
        for (actor, ranges) in mentions where base.actors[actor].kind == .place {
            dropMentions(actor, ranges.filter { range in
                isLowerCase(range) && range.contains(where: { Truecaser.standard.usualCase(ofLowercased: lower[$0]) != true })
            })
        }
        for (actor, ranges) in mentions where base.actors[actor].kind == .place {
            let weak = ranges.filter { isWeak($0, of: actor) }
            guard !weak.isEmpty, let country = base.actors[actor].country,
                  !mentions.contains(where: { other, otherRanges in
                      base.actors[other].country == country && otherRanges.contains { !isWeak($0, of: other) }
                  })
            else { continue }
            dropMentions(actor, weak)
        }
    }

    /// Whether word `t` is half of a compound that a hyphen glues to another capitalised word ("Dade" of
    /// "Miami-Dade"): the compound's, not a place of that name elsewhere.
    func isHyphenGlued(_ t: Int) -> Bool {
        func glued(_ a: Int, _ b: Int) -> Bool { document.tokens[a].end == document.tokens[b].start }
        if t >= 2, words[t - 1] == "-", glued(t - 2, t - 1), glued(t - 1, t), capitalised[t - 2] { return true }
        return t + 2 < words.count && words[t + 1] == "-" && glued(t, t + 1) && glued(t + 1, t + 2) && capitalised[t + 2]
    }

    /// Words before a town's name that say it is one ("in Nice").
    static let nearPrepositions: WordSet = ["in", "at", "from", "near"]

    /// Words that begin longer places' names ("St. Croix", "Fort Hood", "Lake Tahoe"): the word after one is no
    /// town of its own.
    static let placeNamePrefixes: WordSet = [
        "St.", "St", "Saint", "Ste.", "San", "Santa", "Fort", "Ft.", "Port", "Mount", "Mt.", "Lake", "Cape", "Glen",
    ]

    /// Whether `word` is three capitals or fewer ("IS", "WHO", "EST").
    static func isShortAcronym(_ word: String) -> Bool { word.utf8.count <= 3 && word.utf8.allSatisfy { $0 &- 0x41 < 26 } }

    /// Words that with the compass name a region anywhere ("West Coast", "Southern District").
    static let areaWords: WordSet = ["coast", "district", "region", "province", "est", "ouest", "nord", "sud", "centre", "center"]
}

extension EntityResolution {
    /// A country's name the tagger read with the person's after it ("ambassador to Ukraine Marie Yovanovitch"
    /// as one place) is the country, and the rest, from a first name on, the person.
    static func peopleAfterCountries(_ tagged: [(Range<Int>, String)], matches: [NameMatcher.Match], words: [String],
                                     base: KnowledgeBase, firstNames: WordSet) -> [(Range<Int>, String)] {
        var countryEnds: [Int: Int] = [:]
        // (A country by its own name, not its capital's, "Hanoi Hilton", nor a first name's, "Chad Thomas".)
        for match in matches where match.names.contains(where: { base.names[$0].kind == .alias && base.actors[base.names[$0].actor].kind == .country })
            && !(match.tokens.count == 1 && firstNames.contains(words[match.tokens.lowerBound])) {
            countryEnds[match.tokens.lowerBound] = match.tokens.upperBound
        }
        guard !countryEnds.isEmpty else { return tagged }
        var result: [(Range<Int>, String)] = []
        for (range, type) in tagged {
            if let end = countryEnds[range.lowerBound], end < range.upperBound,
               firstNames.contains(words[end]), (end..<range.upperBound).allSatisfy({ isCapitalised(words[$0]) })
            {
                result.append((range.lowerBound..<end, "LOC"))
                result.append((end..<range.upperBound, "PER"))
            } else {
                result.append((range, type))
            }
        }
        return result
    }

    /// A person's name the tagger read with "of" and a state or country ("Ted Cruz of Texas") ends before
    /// "of": the place is the place's.
    static func peopleOfPlaces(_ tagged: [(Range<Int>, String)], matches: [NameMatcher.Match], words: [String],
                               base: KnowledgeBase) -> [(Range<Int>, String)] {
        // (Most articles have no such name: the places are looked up only for one.)
        guard tagged.contains(where: { $0.1 == "PER" && $0.0.count > 2 && $0.0.contains { words[$0] == "of" } }) else { return tagged }
        var placeStarts = Set<Int>()
        for match in matches {
            for name in match.names {
                let actor = base.actors[base.names[name].actor]
                if actor.kind == .country || actor.id.hasPrefix("a:") { placeStarts.insert(match.tokens.lowerBound); break }
            }
        }
        return tagged.map { range, type in
            guard type == "PER", let of = range.dropFirst().first(where: { words[$0] == "of" && placeStarts.contains($0 + 1) }) else { return (range, type) }
            return (range.lowerBound..<of, type)
        }
    }
}
