import HeraldCore
import HeraldKnowledge
import HeraldModels

/// The statistical tagger's names in an article's resolution: where they stand over the
/// knowledge base, and the names it alone finds.
extension EntityResolution {
    /// The names within a tagged span: it breaks at lower-case words other than a name's own
    /// ("of", "al", "von"), and a name ends in a capitalised word or a number, without the
    /// possessive or punctuation after it ("Hillary ’s", "the Gulf of Mexico near Texas City").
    static func nameParts(_ span: Range<Int>, _ words: [String]) -> [Range<Int>] {
        func isName(_ t: Int) -> Bool {
            // (ASCII by its byte; else the first character's Unicode properties.)
            guard let byte = words[t].utf8.first else { return false }
            if byte < 0x80 { return byte &- 0x41 < 26 || byte &- 0x30 < 10 }
            return words[t].first.map { $0.isUppercase || $0.isNumber } ?? false
        }
        func isConnector(_ t: Int) -> Bool {
            let word = words[t]
            return nameConnectors.contains(word.utf8.contains { $0 &- 0x41 < 26 || $0 >= 0x80 } ? word.lowercased() : word)
        }
        var parts: [Range<Int>] = []
        var start = span.lowerBound
        for t in span where !isName(t) && !isConnector(t) {
            if t > start { parts.append(start..<t) }
            start = t + 1
        }
        if start < span.upperBound { parts.append(start..<span.upperBound) }
        return parts.compactMap { part in
            var end = part.upperBound
            while end > part.lowerBound, !isName(end - 1) { end -= 1 }
            return end > part.lowerBound ? part.lowerBound..<end : nil
        }
    }

    static let nameConnectors: Set<String> = [
        "of", "the", "and", "&", "for", "on", "de", "du", "des", "la", "le", "el", "al", "bin", "ibn", "von", "van",
        "der", "den", "da", "di", "do", "dos", "y", "-",
    ]

    /// Whether the tagger's reading of these tokens stands over the knowledge base's: it read a
    /// longer name around them ("Gulf of Mexico", "Tampa Bay"); or the base knows only places
    /// (or companies and NGOs) by this name and the tagger read another type there, or, for a
    /// one-word name, nothing at all ("Nice", "Bush", "Store" are towns too; "Shell" a company).
    func taggerOverrules(_ tokens: Range<Int>, _ candidates: [KnowledgeBase.Name]) -> Bool {
        // A possessive the knowledge base knows as a company's, after someone of that surname, is that person's
        // ("Ash Carter" … "Carter's aides" is no Carter's Inc).
        if tokens.count == 2, document.tokens[tokens.upperBound - 1].kind == .clitic,
           (taggedSurnames[words[tokens.lowerBound]] ?? Int.max) < tokens.lowerBound { return true }
        // A people's or a faith's word is no town of that name ("Latina" is not the Italian town).
        if tokens.count == 1, Self.otherWords[words[tokens.lowerBound]] == .name(.affiliation) {
            var towns = true
            for candidate in candidates where base.actors[candidate.actor].kind != .place { towns = false; break }
            if towns { return true }
        }
        // A party's word for its members is the party, whatever the tagger read around it ("Virginia Democrats"
        // read as a person).
        if tokens.count == 1, Offices.partyWords.contains(lower[tokens.lowerBound]),
           candidates.contains(where: { base.actors[$0.actor].code?.hasSuffix("PTY") == true }) {
            return false
        }
        var overlapping: [(Range<Int>, String)] = []
        for t in tokens {
            if let index = taggedAt[t], !overlapping.contains(where: { $0.0 == tagged[index].0 }) { overlapping.append(tagged[index]) }
        }
        // The longer name's other words are its own, not a title, a nationality, a possessive or
        // another name ("President Obama", "Russia’s TASS").
        // (Except a country before a department of its government: "U.S. Department of Defense".)
        // (Of the tagged span, the name within it: "Tampa , Fla." is two.)
        // (Loops, not nested closures: a closure within a closure that reads `self` copies the whole state.)
        // (A name's "The" the tagger leaves out: "The Independent" of "The Independent National Electoral Commission";
        // not where the name goes by its words without it: "The UN" of "The UN Security Council" is the UN's.)
        var core = tokens
        if tokens.count > 1, words[tokens.lowerBound] == "The", let matcher {
            let actors = Set(candidates.map(\.actor))
            if !matcher.names(writtenAs: Array(words[tokens.dropFirst()])).contains(where: { actors.contains(base.names[$0].actor) }) {
                core = tokens.dropFirst()
            }
        }
        for (tagged, type) in overlapping {
            guard let span = Self.nameParts(tagged, words).first(where: { $0.contains(core.lowerBound) }),
                  span.count > core.count, span.lowerBound <= core.lowerBound, span.upperBound >= core.upperBound,
                  span.lowerBound < tokens.lowerBound || span.upperBound > tokens.upperBound
            else { continue }
            // (Words of a title before the name are no part of it: "State" of "Secretary of State John Kerry"; nor, around a
            // title, its body and its holder: "White House" and "Josh Earnest" of "White House Press Secretary Josh Earnest".)
            if span.lowerBound < tokens.lowerBound, (span.lowerBound..<tokens.lowerBound).allSatisfy({ Offices.jobTitleWords.contains(lower[$0]) }) { continue }
            if span.lowerBound < tokens.lowerBound, Offices.jobTitleWords.contains(lower[tokens.lowerBound - 1]),
               candidates.contains(where: { base.actors[$0.actor].kind == .person }) { continue }
            if span.upperBound > tokens.upperBound, Self.titlesAfterBodies.contains(lower[tokens.upperBound]) { continue }
            // (Nor a person's name run on after a body's: "The Canadian Press Anne Marie Cerato", a photo's credit before
            // its caption.)
            if span.upperBound > tokens.upperBound, firstNames.contains(words[tokens.upperBound]), matchAt[tokens.upperBound] == nil,
               candidates.allSatisfy({ [.organization, .media].contains(base.actors[$0.actor].kind) }) { continue }
            if span.lowerBound == tokens.lowerBound, candidates.contains(where: { base.actors[$0.actor].kind == .country }),
               span.contains(where: { Self.departmentWords.contains(words[$0]) }) { continue }
            // (Nor is a word English writes in lower case before a person's full name: "Crooked Hillary Clinton".)
            if type == "PER", tokens.count > 1, isCommonWord(span.lowerBound..<span.lowerBound + 1),
               candidates.contains(where: { base.actors[$0.actor].kind == .person }) { continue }
            var ownWords = true
            for t in span where !core.contains(t) {
                if Offices.honorifics.contains(lower[t]) || Offices.partyWords.contains(lower[t]) || isNationalityWord(t) || covered[t]
                    || document.tokens[t].kind == .clitic { ownWords = false; break }
            }
            if ownWords { return true }
        }
        // The surname of a person the tagger found in full earlier is the person's, not a company's of that name
        // ("Eric Nordstrom" … "Nordstrom said"; where the knowledge base knows the word as organisations' names
        // alone, no one's surname) nor a town's ("Norton" after "Joshua Abraham Norton", below).
        let surnameNamedBefore = tokens.count == 1 && (taggedSurnames[words[tokens.lowerBound]] ?? Int.max) < tokens.lowerBound
        if surnameNamedBefore, !candidates.isEmpty {
            var companies = true
            for candidate in candidates {
                let kind = base.actors[candidate.actor].kind
                if candidate.kind == .surname || kind != .organization && kind != .media { companies = false; break }
            }
            if companies { return true }
            // (Nor a capital's, the country's name for its government: "Hamilton said" after "Ian Hamilton" is no Bermuda.)
            if candidates.contains(where: { $0.kind == .capital }),
               candidates.allSatisfy({ $0.kind == .capital || $0.kind != .surname && base.actors[$0.actor].kind == .place }) { return true }
        }
        // On a sports page a team's name is the team's, whatever the tagger, trained on towns, read there.
        if isSports, candidates.allSatisfy({ base.actors[$0.actor].kind == .team }) { return false }
        // Towns, companies and NGOs: names that are often words or other things ("Shell", "Nice").
        // (A company or NGO by a name of one word, unless the word is no English one, no first name and no
        // initials: "Apple", "Shell", "Ford" and "RPM" need support; "Facebook", "Siemens" and "Gazprom" do not.)
        let ambiguousWord = tokens.count == 1 && (Truecaser.standard.usualCase(ofLowercased: lower[tokens.lowerBound]) == false
            || words[tokens.lowerBound].utf8.allSatisfy({ $0 &- 0x61 >= 26 })
            || firstNames.contains(words[tokens.lowerBound]) || taggedAt[tokens.lowerBound].map { tagged[$0].0.count > 1 } == true)
        guard candidates.allSatisfy({ candidate in
                  guard candidate.kind != .surname else { return true }
                  let actor = base.actors[candidate.actor]
                  return actor.kind == .place || actor.kind == .team
                      || (actor.kind == .organization && ["MNC", "NGO"].contains(actor.code?.prefix(3) ?? "") && ambiguousWord)
              }),
              let sense = candidates.first(where: { $0.kind != .surname }) else { return false }
        if surnameNamedBefore { return true }
        let expected = base.actors[sense.actor].kind == .place ? "LOC" : "ORG"
        // A town with its state or country or its own offices after it is the town, however the tagger read
        // it ("from Sydney, Australia", "Charlotte Mayor Jennifer Roberts"); so is a state before its party's
        // members ("Virginia Democrats").
        // (Not a common word that names a town too: "One Republican hopeful".)
        if expected == "LOC", placeFollows(tokens) || tokens.upperBound < words.count && Offices.partyWords.contains(lower[tokens.upperBound])
            && !isCommonWord(tokens)
        {
            return false
        }
        // So is a dateline's town in capitals before its dash ("BOSTON —Standing in front of …").
        if expected == "LOC", !isSports, isDateline(tokens) { return false }
        // A state or province read by itself as a person or (off the sports pages) an organisation
        // stays the place ("Cruz's Iowa win"), unless it is a first name too ("Isabel", "Georgia").
        let region = candidates.contains { base.actors[$0.actor].id.hasPrefix("a:") }
            && !(tokens.count == 1 && firstNames.contains(words[tokens.lowerBound]))
        // So does a city read by itself as a person ("the mayor of Baltimore", "Clinton's Brooklyn headquarters"): a
        // great one, or a large one of a country the article names; unless it is a first name or the surname of
        // someone (of the knowledge base, or named in full before), or a title goes before it.
        // (Of a longer name, only a reading of all of it: "Chicago" read as a place leaves "Chicago Cubs" alone.)
        for (span, type) in overlapping where type != expected && !(region && span == tokens && (type == "PER" || type == "ORG" && !isSports))
            && (tokens.count == 1 || span.lowerBound <= tokens.lowerBound && span.upperBound >= tokens.upperBound) {
            if tokens.count == 1, span == tokens, type == "PER", isCityNotPerson(tokens.lowerBound, candidates) { continue }
            return true
        }
        guard tokens.count == 1, overlapping.isEmpty else { return false }
        // A state or province of a country the article already names needs no support ("Iowa" after "Ted Cruz"),
        // nor one whose name is usually written with a capital ("Scotland", unlike "Nice" or "Reading").
        if region, candidates.contains(where: { base.actors[$0.actor].id.hasPrefix("a:") && isArticleCountry(base.actors[$0.actor].country) })
            || Truecaser.standard.isUsuallyCapitalised(words[tokens.lowerBound])
        {
            return false
        }
        // A dateline's town ("HANGZHOU, China"), a town after "in", "at" or "from", or a town with its
        // state or country after it stands.
        let t = tokens.lowerBound
        let word = words[t]
        if t > 0, sentenceOf[t - 1] == sentenceOf[t], Self.placePrepositions.contains(lower[t - 1]) { return false }
        // So does a city of a hundred thousand whose name is no English word, first name or common surname, alone
        // among words in lower case ("Rebels shelled Grozny"; not "Reading", "Marion", "Jackson" or the "Pest" of
        // "Organic Pest Control").
        func isCapitalisedNeighbour(_ k: Int) -> Bool { k >= 0 && k < words.count && sentenceOf[k] == sentenceOf[t] && Self.isCapitalised(words[k]) }
        if Truecaser.standard.usualCase(ofLowercased: lower[t]) == nil, !firstNames.contains(word), !Self.commonSurnames.contains(word),
           !isCapitalisedNeighbour(t - 1), !isCapitalisedNeighbour(t + 1),
           candidates.contains(where: { !base.actors[$0.actor].id.hasPrefix("a:") && (base.actors[$0.actor].place?.population ?? 0) >= 100_000 }) {
            return false
        }
        if word.count >= 3, word.allSatisfy({ !$0.isLowercase }), t == 0 || sentenceOf[t - 1] != sentenceOf[t] { return false }
        return !placeFollows(tokens)
    }

    /// Whether `tokens` open a sentence in capitals and a dash follows them: a dateline's town ("BOSTON —", "PARIS -").
    func isDateline(_ tokens: Range<Int>) -> Bool {
        let t = tokens.lowerBound
        guard t == 0 || sentenceOf[t - 1] != sentenceOf[t], tokens.upperBound < words.count,
              Self.dashes.contains(words[tokens.upperBound]) || words[tokens.upperBound].hasPrefix("—")
        else { return false }
        return tokens.allSatisfy { words[$0].count >= 2 && !words[$0].contains(where: \.isLowercase) }
    }

    static let dashes: Set<String> = ["—", "–", "-", "--"]

    /// Whether the words after `tokens` show them to be a town: its state or country after a comma
    /// ("Sydney, Australia"), or its own offices ("Charlotte Mayor", "Orlando Police").
    func placeFollows(_ tokens: Range<Int>) -> Bool {
        // (Not after a common word that names a town too: "But Sen. Pat Toomey", "Chair Rep. Debbie Wasserman Schultz".)
        if isCommonWord(tokens) { return false }
        var next = tokens.upperBound
        // (Its offices after a possessive too: "Virginia's governor".)
        if next + 1 < words.count, document.tokens[next].kind == .clitic { next += 1 }
        guard next < words.count else { return false }
        // ("Orlando-based", "Paris-born": a town before "-based" or "-born".)
        if words[next] == "-", next + 1 < words.count, lower[next + 1] == "based" || lower[next + 1] == "born" { return true }
        return Self.localOffices.contains(words[next]) || words[next] == "," && placeStarts.contains(next + 1)
    }

    /// Whether a courtesy or rank title stands just before token `t` ("Mr.", "Gen.", "Sen.").
    func isAfterTitle(_ t: Int) -> Bool { t > 0 && Offices.honorifics.contains(lower[t - 1]) }

    /// Names the tagger found that nothing else covers, but within the document's laws; a lone surname joins
    /// the unknown person named in full before it ("Nadim Ladki" … "Ladki").
    mutating func addTagged() {
        var taken = covered
        var organisationVotes: [String: Int] = [:]
        for ranges in unknownPeople.values { for range in ranges { for t in range { taken[t] = true } } }
        // (A law's words name no one the article names elsewhere: "Bill" of "House Bill 1523" is not Bill Gates.
        // A court case's parties may be.)
        for law in laws where !law.contains(where: { courtCase(at: $0) != nil }) { for t in law { taken[t] = true } }
        addHyphenatedSurnames(taken: &taken)
        // (Built once, and kept up to date as the loop names new people in full.)
        var people = peopleByFirstName()
        let diseases = diseaseNames()
        for (range, type) in tagged {
            guard !range.contains(where: { taken[$0] }) else { continue }
            // A nationality word alone ("Russian") modifies; it names no one.
            if let modifier = countryAt[range.upperBound], !modifier.isMention, modifier.tokens == range { continue }
            // A name within a law's is none ("Bill" of "Bill of Rights" or "House Bill 1523"), nor is a person's within a
            // court case's ("Wade" of "Roe v. Wade"; a body there is a party: "Friedrichs v. California Teachers Association").
            if isInLaw(range, person: type == "PER") { continue }
            // A first name before "and" and a full name shares its surname: "Bill and Hillary Clinton".
            if type == "PER", range.count == 1, let full = nameSharingSurname(range.lowerBound) {
                let isNew = unknownPeople[full] == nil
                addPerson(named: full, range)
                if isNew, unknownPeople[full] != nil, let first = full.split(separator: " ", maxSplits: 1).first { people[first, default: []].append((nil, full)) }
                taken[range.lowerBound] = true
                continue
            }
            // A first name alone is the one person of that first name the article names in full ("Bernie"
            // after "Bernie Sanders"), the knowledge base's or one the tagger found.
            if type == "PER", range.count == 1, join(firstName: range.lowerBound, to: people) {
                taken[range.lowerBound] = true
                continue
            }
            if range.allSatisfy({ Offices.jobTitleWords.contains(lower[$0]) || Offices.honorifics.contains(lower[$0]) }) { continue }
            // An event or a treaty by its one-word name, or a name ending in an event's or a law's word, is no
            // person, organisation or place ("Olympics", "Nafta", "Erikson Prize", "Patriot Act").
            // (Peoples and faiths, "Latinos" and "Muslims", and languages too, whatever the tagger read.)
            if range.count == 1, case .name? = Self.otherWords[words[range.lowerBound]] { continue }
            if range.count > 1, case .head? = Self.otherWords[words[range.upperBound - 1]] { continue }
            // A day's event ("Super Tuesday") and a disease the article names before "virus" or "outbreak" ("Zika").
            if range.count == 1, isDayEvent(range.lowerBound) || diseases.contains(words[range.lowerBound]) { continue }
            // A compass word alone ("Southeast" of "Southeast Asian") is no place by itself.
            if range.count == 1, Self.compassWords.contains(lower[range.lowerBound]) { continue }
            // Days and months name no one ("Friday", "December"), nor do words like "The" or "To The".
            if range.count == 1, Self.calendarWords.contains(lower[range.lowerBound]) { continue }
            // "May" the month: after "in", "since", "mid-" and the like, or before a day or year ("May 18").
            if isMonth(range) { continue }
            if range.allSatisfy({ Self.functionWords.contains(lower[$0]) }) { continue }
            // Names are capitalised, and longer than a letter ("R" of "R-Texas" is a party).
            guard Self.isCapitalised(words[range.lowerBound]) || words[range.lowerBound].first?.isNumber == true else { continue }
            if range.count == 1, words[range.lowerBound].count == 1 { continue }
            // Nor is an oil's benchmark ("Brent crude", in every market report).
            if range.count == 1, range.upperBound < words.count, lower[range.upperBound] == "crude" { continue }
            // Initials after a number are an era's ("300 B.C."), no place's.
            if range.count == 1, range.lowerBound > 0, Self.isInitials(words[range.lowerBound]),
               words[range.lowerBound - 1].utf8.contains(where: { $0 &- 0x30 < 10 }) { continue }
            // Nor is a word of two letters a hyphen glues to a capitalised one ("Wi" of "Wi-Fi", "Sci" of "Sci-Fi").
            if range.count == 1, words[range.lowerBound].utf8.count == 2, isHyphenGlued(range.lowerBound),
               !firstNames.contains(words[range.lowerBound]) { continue }
            let name = range.map { words[$0] }.joined(separator: " ")
            // The surname alone of a person named in full before is that person, whatever the tagger read.
            var type = range.count == 1 && (taggedSurnames[words[range.lowerBound]] ?? Int.max) < range.lowerBound ? "PER" : type
            // An acronym in ordinary text is an organisation's, not a person's ("HANO"); in a headline
            // in capitals it may be anything.
            let t = range.lowerBound
            func hasLowerCase(_ k: Int) -> Bool { k >= 0 && k < words.count && sentenceOf[k] == sentenceOf[t] && words[k].utf8.contains { $0 &- 0x61 < 26 } }
            if type == "PER", range.count == 1, (2...6).contains(words[t].count), words[t].utf8.allSatisfy({ $0 &- 0x41 < 26 }),
               hasLowerCase(t - 1) || hasLowerCase(t + 1)
            {
                type = "ORG"
            }
            // A word English writes in lower case, read alone as a person, is no one the article names: a title-cased
            // heading's word ("Bombs", "Bugs", "Bike Trail"), unless it is a first name or follows a title.
            if type == "PER", range.count == 1, isCommonWord(range), !firstNames.contains(words[t]), !isAfterTitle(t) { continue }
            if range.count == 1, Self.celestialNames.contains(words[t]), isSpaceStory { type = "LOC" }
            // A name that ends in a division's word is the division ("Jefferson County", "Scott County"), no one's, and so
            // is each name of a list the word's plural ends ("Arapahoe and Jefferson counties").
            if type == "PER" && range.count > 1 && Self.divisionNameEnds.contains(words[range.upperBound - 1]) || isListedDivision(range) {
                type = "LOC"
            }
            switch type {
            case "PER":
                // (Of several named so, the one named first: an order, not the dictionary's.)
                var key = name
                if range.count == 1 {
                    let suffix = " " + name
                    var first = Int.max
                    for (full, ranges) in unknownPeople where full.hasSuffix(suffix) {
                        let start = ranges.lazy.map(\.lowerBound).min() ?? 0
                        if start < first || start == first && full < key { (first, key) = (start, full) }
                    }
                }
                if unknownPeople[key] == nil, key.utf8.contains(0x20), let first = key.split(separator: " ", maxSplits: 1).first {
                    people[first, default: []].append((nil, key))
                }
                unknownPeople[key, default: []].append(range)
            case "ORG":
                unknownOthers[name, default: (.organization, [])].ranges.append(range)
                organisationVotes[name, default: 0] += 1
                // A nationality word inside an organisation's name is part of the name ("British Library").
                nationalityWords.removeAll { range.contains($0.lowerBound) }
            default:
                unknownOthers[name, default: (.location, [])].ranges.append(range)
                organisationVotes[name, default: 0] -= 1
            }
            for t in range { taken[t] = true }
        }
        // One name, one sense: of the tagger's readings of a name, the more frequent ("Akram" a person
        // twice and an organisation once is a person).
        for (name, votes) in organisationVotes where votes != 0 {
            unknownOthers[name]?.kind = votes > 0 ? .organization : .location
        }
        for (name, people) in unknownPeople {
            guard let other = unknownOthers[name] else { continue }
            if people.count >= other.ranges.count {
                unknownPeople[name] = (people + other.ranges).sorted { $0.lowerBound < $1.lowerBound }
                unknownOthers[name] = nil
            } else {
                unknownOthers[name]?.ranges = (other.ranges + people).sorted { $0.lowerBound < $1.lowerBound }
                unknownPeople[name] = nil
            }
        }
        shortNamesReadAsPeople()
        addRepeats(taken: &taken)
        firstNamesBeforeSurnames(taken: taken)
        addFirstNames(taken: &taken)
        peopleReadAsPlacesAlone()
        joinFirstNamesNamedBefore()
    }

    /// Whether the name at `range` stands in a list of names that a division's plural word ends ("Arapahoe and
    /// Jefferson counties", "Ohio's Hamilton, Lake and Stark counties").
    func isListedDivision(_ range: Range<Int>) -> Bool {
        var k = range.upperBound
        while k < words.count, k - range.upperBound < 8, sentenceOf[k] == sentenceOf[range.lowerBound] {
            if Self.divisionPlurals.contains(words[k]) { return true }
            guard words[k] == "," || words[k] == "and" || Self.isCapitalised(words[k]) else { return false }
            k += 1
        }
        return false
    }

    /// One name, one sense in an article: where a name the tagger found once comes again untagged,
    /// it is the same entity; so is the surname alone of a person it found in full.
    mutating func addRepeats(taken: inout [Bool]) {
        // Each name's words, to the person's or other's key; the longest first.
        var known: [(words: ArraySlice<String>, person: String?, other: String?, first: Int)] = []
        for (key, ranges) in unknownPeople {
            guard let range = ranges.max(by: { $0.count < $1.count }) else { continue }
            let first = ranges.lazy.map(\.lowerBound).min() ?? 0
            known.append((words[range], key, nil, first))
            if range.count > 1, !Self.functionWords.contains(lower[range.upperBound - 1]), Self.isCapitalised(words[range.upperBound - 1]) {
                known.append((words[(range.upperBound - 1)..<range.upperBound], key, nil, first))
            }
        }
        for (key, other) in unknownOthers {
            guard let range = other.ranges.max(by: { $0.count < $1.count }) else { continue }
            let first = other.ranges.lazy.map(\.lowerBound).min() ?? 0
            known.append((words[range], nil, key, first))
            if other.kind == .organization, let short = shortName(of: range) { known.append((words[short], nil, key, first)) }
        }
        // (Longest first; of names of the same words, the one named first: an order, not the dictionaries'.)
        known.sort { a, b in
            if a.words.count != b.words.count { return a.words.count > b.words.count }
            if a.first != b.first { return a.first < b.first }
            return (a.person ?? a.other ?? "") < (b.person ?? b.other ?? "")
        }
        let firstWords = Set(known.compactMap(\.words.first))
        var t = 0
        while t < words.count {
            // (Names begin with a capital, a digit or a letter beyond ASCII: a cheap test before the look-up.)
            guard !taken[t], words[t].utf8.first.map({ $0 &- 0x41 < 26 || $0 &- 0x30 < 10 || $0 >= 0x80 }) == true,
                  firstWords.contains(words[t]),
                  let name = known.first(where: { name in
                      t + name.words.count <= words.count && (t..<(t + name.words.count)).allSatisfy { !taken[$0] && sentenceOf[$0] == sentenceOf[t] }
                          && words[t..<(t + name.words.count)].elementsEqual(name.words)
                  })
            else {
                t += 1
                continue
            }
            let range = t..<(t + name.words.count)
            if let person = name.person { unknownPeople[person, default: []].append(range) }
            if let other = name.other { unknownOthers[other]?.ranges.append(range) }
            for k in range { taken[k] = true }
            t = range.upperBound
        }
    }

    /// The words before "virus", "outbreak" and the like in the document: diseases ("Zika virus", "Ebola outbreak").
    func diseaseNames() -> Set<String> {
        var names: Set<String> = []
        // (The capital first: a byte's test before a word's hash.)
        for t in 1..<max(words.count, 1) where Self.isCapitalised(words[t - 1]) && (3...11).contains(lower[t].utf8.count)
            && Self.diseaseHeads.contains(lower[t]) {
            names.insert(words[t - 1])
        }
        return names
    }
}
