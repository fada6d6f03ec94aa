import HeraldCore
import HeraldModels

/// People whose names nothing else read.
extension EntityResolution {
    /// A first name and a capitalised word after it that the tagger and the knowledge base both left alone
    /// are a person ("Bjorn Daehlie won"): the first name the census's or the world's, the second a word
    /// English does not write in lower case and no title, party, institution, place or calendar word, and
    /// neither in a line of capitalised words (a heading: "Grace Notes Returns"; after a nationality, a title
    /// or a name the knowledge base knows they may be: "Norwegian Bjorn Daehlie"). After a nationality word, two
    /// words English does not know are a person's name whatever the first ("Kenyan Josephat Kiprono").
    mutating func firstNamesTheTaggerLeft() {
        guard !givenNames.isEmpty else { return }
        var named = tokensNamedSoFar()
        for (range, _) in tagged { for t in range { named[t] = true } }
        func isCapitalisedWord(_ k: Int) -> Bool {
            k >= 0 && k < words.count && capitalised[k] && words[k].utf8.dropFirst().contains { $0 &- 0x61 < 26 }
        }
        // (Nor a people, a faith, a language or an event's word: "Roman Catholics", "Sunni Arab", "Summer Olympics".)
        func isOtherWord(_ k: Int) -> Bool { Self.otherWords[words[k]] != nil || isNationalityWord(k) }
        func isSurname(_ k: Int) -> Bool {
            words[k].utf8.count >= 3 && words[k].utf8.last != UInt8(ascii: ".") && Self.isNameWord(words[k], lower: lower[k])
        }
        var i = 0
        while i + 1 < words.count {
            defer { i += 1 }
            // (Byte tests first: most words are named already or in lower case.)
            guard !named[i], !named[i + 1], words[i].utf8.count >= 3, isCapitalisedWord(i), isCapitalisedWord(i + 1) else { continue }
            // (Nor another language's article before a noun, "Der Bedarf", "Des Weiteren"; a census name may be one: "Les".)
            // (Or two words English does not know after a nationality word: "Kenyan Josephat Kiprono".)
            let afterNationality = i > 0 && isNationalityWord(i - 1) && sentenceOf[i - 1] == sentenceOf[i]
                && Truecaser.standard.usualCase(ofLowercased: lower[i]) == nil && Truecaser.standard.usualCase(ofLowercased: lower[i + 1]) == nil
            guard sentenceOf[i] == sentenceOf[i + 1], givenNames.contains(words[i]) || afterNationality,
                  firstNames.contains(words[i]) || !(ShortKey(word: lower[i]).map(EnglishText.otherWords.contains) ?? false),
                  !isOtherWord(i), !isOtherWord(i + 1),
                  isSurname(i + 1), !givenNames.contains(words[i + 1]) || Self.commonSurnames.contains(words[i + 1]),
                  !(isCapitalisedWord(i - 1) && sentenceOf[i - 1] == sentenceOf[i] && !covered[i - 1] && !isNationalityWord(i - 1)
                      && !Offices.honorifics.contains(lower[i - 1])),
                  !(isCapitalisedWord(i + 2) && sentenceOf[i + 2] == sentenceOf[i]) else { continue }
            addPerson(named: words[i] + " " + words[i + 1], i..<(i + 2))
            named[i] = true
            named[i + 1] = true
        }
    }

    /// A name (or part of one) the tagger read as a body's that follows a title in lower case and begins with
    /// a first name, or is two words English does not know, is the title holder's: "Yasushi Akashi" of "U.N.
    /// envoy Yasushi Akashi".
    static func holderAfterTitle(_ part: Range<Int>, _ type: String, words: [String],
                                 givenNames: WordSet) -> (Range<Int>, String) {
        guard type != "PER", part.lowerBound > 0, part.count >= 2, holderTitles.contains(words[part.lowerBound - 1]) else { return (part, type) }
        let unknown = part.count == 2 && part.allSatisfy { Truecaser.standard.usualCase(ofLowercased: words[$0].lowercased()) == nil }
        return givenNames.contains(words[part.lowerBound]) || unknown ? (part, "PER") : (part, type)
    }

    /// Titles in lower case that a person's name follows: "envoy", "spokesman" (not "home" or "finance").
    static let holderTitles: WordSet = [
        "envoy", "spokesman", "spokeswoman", "spokesperson", "ambassador", "negotiator", "adviser", "advisor", "aide",
        "commander", "minister", "chairman", "chairwoman", "leader",
    ]
}

extension EntityResolution {
    /// A given name read apart from the person's name right after it is part of that name: "Preet" + "Bharara" is Preet
    /// Bharara, "Kevin" + "King" of Kevin King, "Janet L." + "Yellen" the knowledge base's Janet Yellen.
    mutating func joinSplitNames() {
        // Each person's mention by its first token: the actor's or the unknown person's.
        var owners: [Int: (actor: Int?, key: String?, range: Range<Int>)] = [:]
        for (actor, ranges) in mentions where base.actors[actor].kind == .person { for range in ranges { owners[range.lowerBound] = (actor, nil, range) } }
        for (key, ranges) in unknownPeople { for range in ranges { owners[range.lowerBound] = (nil, key, range) } }
        // (A mention joined to the one before is no first name of its own: "James" of "Kevin" + "James" + "Smith".)
        var joinedTo = Set<Int>()
        // (The mentions joined are taken away at the end, in one pass per person: one by one, a name met thousands of
        // times took as many passes. The same as taking each at once: no range added here is one taken, as each begins
        // at a first name's token, where no mention taken later begins.)
        var taken: [Int: [Range<Int>]] = [:], takenUnknown: [String: [Range<Int>]] = [:]
        for (start, first) in owners.sorted(by: { $0.key < $1.key }) where !joinedTo.contains(start) {
            let range = first.range
            // (A given name alone, or with an initial: "Janet L.")
            guard let key = first.key, range.count == 1 || range.count == 2 && words[range.upperBound - 1].utf8.count == 2
                    && words[range.upperBound - 1].utf8.last == UInt8(ascii: "."),
                  givenNames.contains(words[start]), let second = owners[range.upperBound], second.range.lowerBound == range.upperBound,
                  sentenceOf[start] == sentenceOf[range.upperBound] else { continue }
            let joined = start..<second.range.upperBound
            if let actor = second.actor {
                guard base.actors[actor].name.hasPrefix(words[start] + " ") else { continue }
                taken[actor, default: []].append(second.range)
                add(actor, joined)
            } else if let other = second.key {
                let full = other.utf8.contains(0x20) ? other : words[start] + " " + other
                guard full.hasPrefix(words[start] + " "), other != key else { continue }
                takenUnknown[other, default: []].append(second.range)
                unknownPeople[full, default: []].append(joined)
            }
            takenUnknown[key, default: []].append(range)
            joinedTo.insert(second.range.lowerBound)
        }
        for (actor, ranges) in taken { removeMentions(actor, ranges) }
        for (key, ranges) in takenUnknown { removeUnknownPerson(key, ranges) }
    }

    /// Per token, whether a name covers it so far: the knowledge base's, an unknown person's or another's.
    func tokensNamedSoFar() -> [Bool] {
        var named = covered
        for ranges in unknownPeople.values { for range in ranges { for t in range { named[t] = true } } }
        for other in unknownOthers.values { for range in other.ranges { for t in range { named[t] = true } } }
        return named
    }

    /// Takes mentions from an unknown person, and the person with the last.
    mutating func removeUnknownPerson(_ key: String, _ ranges: [Range<Int>]) {
        let gone = Set(ranges)
        unknownPeople[key]?.removeAll { gone.contains($0) }
        if unknownPeople[key]?.isEmpty == true { unknownPeople[key] = nil }
    }
}
