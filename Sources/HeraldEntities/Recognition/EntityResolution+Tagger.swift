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
        func isConnector(_ t: Int) -> Bool { nameConnectors.contains(lowercase(words[t])) }
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

    static let nameConnectors: WordSet = [
        "of", "the", "and", "&", "for", "on", "de", "du", "des", "la", "le", "el", "al", "bin", "ibn", "von", "van",
        "der", "den", "da", "di", "do", "dos", "y", "-",
    ]

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
        // (Where each unknown person was first named, and from how many mentions: read again only over the mentions
        // added since, as within this loop people's mentions only grow.)
        var firstNamed: [String: (count: Int, start: Int)] = [:]
        // (The unknown people named in full, by their last word, for a surname alone: kept up to date as the loop
        // adds people, whom it never takes away. Looking through all of them for each surname took a list of
        // thousands of names as many times.)
        var bySurname: [String: [String]] = [:]
        func indexSurname(_ key: String) {
            guard let space = key.utf8.lastIndex(of: 0x20) else { return }
            bySurname[String(key[key.utf8.index(after: space)...]), default: []].append(key)
        }
        for key in unknownPeople.keys { indexSurname(key) }
        // (A person named so, who, when the knowledge base does not know them and the article has not named them
        // before, is indexed: whether they were.)
        func addPersonIndexed(named full: String, _ range: Range<Int>) -> Bool {
            let isNew = unknownPeople[full] == nil
            addPerson(named: full, range)
            guard isNew, unknownPeople[full] != nil else { return false }
            indexSurname(full)
            return true
        }
        for (range, type) in tagged {
            guard !range.contains(where: { taken[$0] }) else { continue }
            // A social network's handle of words run together ("@HillaryClinton") is its holder's, or no one's.
            if range.count == 1, isHandle(range.lowerBound) {
                if let (actor, key) = personSpelt(byHandle: words[range.lowerBound]) {
                    if let actor { add(actor, range) } else if let key { _ = addPersonIndexed(named: key, range) }
                }
                continue
            }
            // A nationality word alone ("Russian") modifies; it names no one.
            if let modifier = countryAt[range.upperBound], !modifier.isMention, modifier.tokens == range { continue }
            // A name within a law's is none ("Bill" of "Bill of Rights" or "House Bill 1523"), nor is a person's within a
            // court case's ("Wade" of "Roe v. Wade"; a body there is a party: "Friedrichs v. California Teachers Association").
            if isInLaw(range, person: type == "PER") { continue }
            // A first name before "and" and a full name shares its surname: "Bill and Hillary Clinton".
            if type == "PER", range.count == 1, let full = nameSharingSurname(range.lowerBound) {
                if addPersonIndexed(named: full, range), let first = full.spaceSeparatedWords.first { people[first, default: []].append((nil, full)) }
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
            // So is a word alone before an event's word, which the tagger left out: "World" of "the World Cup".
            if range.count == 1, range.upperBound < words.count, sentenceOf[range.upperBound] == sentenceOf[range.lowerBound],
               case .head(.event)? = Self.otherWords[words[range.upperBound]] { continue }
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
            guard capitalised[range.lowerBound] || words[range.lowerBound].first?.isNumber == true else { continue }
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
            if type == "PER" && range.count > 1 && Self.divisionNameEnds.contains(words[range.upperBound - 1])
                || type != "LOC" && isListedDivision(range) {
                type = "LOC"
            }
            // A name before a comma and a region that ends the phrase is a town of the region, whatever the tagger read
            // ("of Ashton, Md."); of a person's name with "of", the words after it ("Ann Lee of Brookside, Ala.").
            if type != "ORG", !regionsAfter(range).isEmpty {
                if type == "PER", let of = range.dropFirst().first(where: { lower[$0] == "of" }), of + 1 < range.upperBound {
                    _ = addPersonIndexed(named: words[range.lowerBound..<of].joined(separator: " "), range.lowerBound..<of)
                    let town = (of + 1)..<range.upperBound
                    unknownOthers[words[town].joined(separator: " "), default: (.location, [])].ranges.append(town)
                    for t in range { taken[t] = true }
                    continue
                }
                type = "LOC"
            }
            switch type {
            case "PER":
                // (Of several named so, the one named first: an order, not the dictionary's.)
                var key = name
                if range.count == 1 {
                    let suffix = " " + name
                    var first = Int.max
                    let candidates = name.utf8.contains(0x20) ? Array(unknownPeople.keys) : bySurname[name] ?? []
                    assert(Set(candidates.filter { $0.hasSuffix(suffix) }) == Set(unknownPeople.keys.filter { $0.hasSuffix(suffix) }))
                    for full in candidates where full.hasSuffix(suffix) {
                        guard let ranges = unknownPeople[full] else { continue }
                        let known = firstNamed[full] ?? (0, Int.max)
                        let start = ranges.isEmpty ? 0
                            : known.count == ranges.count ? known.start : min(known.start, ranges[known.count...].lazy.map(\.lowerBound).min()!)
                        firstNamed[full] = (ranges.count, start)
                        if start < first || start == first && full < key { (first, key) = (start, full) }
                    }
                }
                if unknownPeople[key] == nil {
                    indexSurname(key)
                    if key.utf8.contains(0x20), let first = key.spaceSeparatedWords.first { people[first, default: []].append((nil, key)) }
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
            guard words[k] == "," || words[k] == "and" || capitalised[k] else { return false }
            k += 1
        }
        return false
    }

    /// One name, one sense in an article: where a name the tagger found once comes again untagged,
    /// it is the same entity; so is the surname alone of a person it found in full.
    mutating func addRepeats(taken: inout [Bool]) {
        // Each name's words, to the person's or other's key; the longest first.
        var known: [(words: ArraySlice<String>, person: String?, other: String?, actor: Int?, first: Int)] = []
        func isSurname(_ t: Int) -> Bool { !Self.functionWords.contains(lower[t]) && capitalised[t] }
        for (key, ranges) in unknownPeople {
            guard let range = ranges.max(by: { $0.count < $1.count }) else { continue }
            let first = ranges.lazy.map(\.lowerBound).min() ?? 0
            known.append((words[range], key, nil, nil, first))
            if range.count > 1, isSurname(range.upperBound - 1) {
                known.append((words[(range.upperBound - 1)..<range.upperBound], key, nil, nil, first))
            }
        }
        // (So is the surname alone of a person of the knowledge base named in full, which the base may not know alone:
        // "Clarke" after "Kenneth Clarke"; not a word, as "May" is.)
        for (actor, ranges) in mentions where base.actors[actor].kind == .person {
            guard let range = ranges.max(by: { $0.count < $1.count }), range.count > 1, case let last = range.upperBound - 1,
                  isSurname(last), !isCommonWord(last..<range.upperBound), !Self.calendarWords.contains(lower[last]) else { continue }
            known.append((words[last..<range.upperBound], nil, nil, actor, ranges.lazy.map(\.lowerBound).min() ?? 0))
        }
        for (key, other) in unknownOthers {
            guard let range = other.ranges.max(by: { $0.count < $1.count }) else { continue }
            let first = other.ranges.lazy.map(\.lowerBound).min() ?? 0
            known.append((words[range], nil, key, nil, first))
            if other.kind == .organization, let short = shortName(of: range) { known.append((words[short], nil, key, nil, first)) }
        }
        // (Longest first; of names of the same words, the one named first: an order, not the dictionaries'.)
        known.sort { a, b in
            if a.words.count != b.words.count { return a.words.count > b.words.count }
            if a.first != b.first { return a.first < b.first }
            return (a.person ?? a.other ?? "") < (b.person ?? b.other ?? "")
        }
        // (The names by their first word, in that order: a token looks only at the names it may begin.)
        var byFirstWord: [String: [Int]] = [:]
        for (index, name) in known.enumerated() { if let first = name.words.first { byFirstWord[first, default: []].append(index) } }
        var t = 0
        while t < words.count {
            // (Names begin with a capital, a digit or a letter beyond ASCII: a cheap test before the look-up.)
            guard !taken[t], words[t].utf8.first.map({ $0 &- 0x41 < 26 || $0 &- 0x30 < 10 || $0 >= 0x80 }) == true,
                  let candidates = byFirstWord[words[t]],
                  let index = candidates.first(where: { index in
                      let count = known[index].words.count
                      return t + count <= words.count && (t..<(t + count)).allSatisfy { !taken[$0] && sentenceOf[$0] == sentenceOf[t] }
                          && words[t..<(t + count)].elementsEqual(known[index].words)
                  })
            else {
                t += 1
                continue
            }
            let name = known[index]
            let range = t..<(t + name.words.count)
            if let person = name.person { unknownPeople[person, default: []].append(range) }
            if let other = name.other { unknownOthers[other]?.ranges.append(range) }
            if let actor = name.actor { add(actor, range) }
            for k in range { taken[k] = true }
            t = range.upperBound
        }
    }

    /// The words before "virus", "outbreak" and the like in the document: diseases ("Zika virus", "Ebola outbreak").
    func diseaseNames() -> Set<String> {
        var names: Set<String> = []
        // (The capital first: a byte's test before a word's hash.)
        for t in 1..<max(words.count, 1) where capitalised[t - 1] && (3...11).contains(lower[t].utf8.count)
            && Self.diseaseHeads.contains(lower[t]) {
            names.insert(words[t - 1])
        }
        return names
    }

    /// Whether token `t` is a social network's handle of words run together: "HillaryClinton" of "@HillaryClinton".
    func isHandle(_ t: Int) -> Bool {
        t > 0 && words[t - 1] == "@" && glued[t] && words[t].utf8.dropFirst().contains { $0 &- 0x41 < 26 }
    }

    /// The one person the article names in full, known or not, whose name's letters a handle holds ("@MikeBeauvais",
    /// "@realDonaldTrump"); nil for none or more.
    func personSpelt(byHandle handle: String) -> (Int?, String?)? {
        func letters(_ text: String) -> String { String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic }) }
        let spelt = letters(handle)
        var found: [(Int?, String?)] = []
        for actor in mentions.keys where base.actors[actor].kind == .person && base.actors[actor].name.utf8.contains(0x20)
            && spelt.contains(letters(base.actors[actor].name)) {
            found.append((actor, nil))
        }
        for key in unknownPeople.keys where key.utf8.contains(0x20) && spelt.contains(letters(key)) { found.append((nil, key)) }
        return found.count == 1 ? found[0] : nil
    }
}
