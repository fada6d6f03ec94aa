import HeraldCore
import HeraldKnowledge
import HeraldModels

/// People named with initials: "I. Healy", "Joseph R. Biden", "Merrick B. Garland".
extension EntityResolution {
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

    /// A capitalised word, one initial and a capitalised word are a person's name ("Merrick B. Garland", "Harry S.
    /// Truman"), though the tagger missed it and the knowledge base knows its words only as towns' (Merrick, New
    /// York; Garland, Texas) or surnames, and the tagger read as one word at most: not a title's or a function word
    /// ("Gen. A. Smith" is found as titled), nor where the tagger read a longer name or the knowledge base another.
    static func namesAroundAnInitial(_ tagged: [(Range<Int>, String)], matches: [NameMatcher.Match], words: [String],
                                     sentenceOf: [Int], base: KnowledgeBase) -> [(Range<Int>, String)] {
        // (Only where an initial stands between two words: no tables are built for the many articles without.)
        let initials = (1..<max(words.count - 1, 1)).filter { words[$0].utf8.count == 2 && isInitials(words[$0]) }
        guard !initials.isEmpty else { return tagged }
        // (A word the tagger read alone, as a place or anything, may be such a name's: "Merrick" a place.)
        var taggedAt = [Bool](repeating: false, count: words.count)
        for (range, _) in tagged where range.count > 1 { for t in range { taggedAt[t] = true } }
        var otherThanPlaces = [Bool](repeating: false, count: words.count)
        for match in matches where !match.names.allSatisfy({ base.names[$0].kind == .surname || base.actors[base.names[$0].actor].kind == .place }) {
            for t in match.tokens { otherThanPlaces[t] = true }
        }
        func isNameWord(_ k: Int) -> Bool {
            let word = words[k]
            guard !taggedAt[k], !otherThanPlaces[k], word.utf8.count > 1, word.utf8.first.map({ $0 &- 0x41 < 26 }) == true,
                  word.utf8.contains(where: { $0 &- 0x61 < 26 }) else { return false }
            let lower = word.lowercased()
            return !Offices.honorifics.contains(lower) && !Offices.jobTitleWords.contains(lower) && !functionWords.contains(lower)
                && !calendarWords.contains(lower)
        }
        var found: [(Range<Int>, String)] = []
        for t in initials where !taggedAt[t] {
            guard sentenceOf[t - 1] == sentenceOf[t + 1], isNameWord(t - 1), isNameWord(t + 1) else { continue }
            found.append(((t - 1)..<(t + 2), "PER"))
        }
        guard !found.isEmpty else { return tagged }
        return (tagged.filter { range, _ in !found.contains { $0.0.overlaps(range) } } + found).sorted { $0.0.lowerBound < $1.0.lowerBound }
    }

    /// "I.", "W.H.S.": capitals each followed by a full stop.
    static func isInitials(_ word: String) -> Bool {
        // (The length first: most words fail there, before their bytes are read.)
        let count = word.utf8.count
        guard count >= 2, count <= 8, count % 2 == 0 else { return false }
        var index = 0
        for byte in word.utf8 {
            guard index % 2 == 0 ? byte &- 0x41 < 26 : byte == UInt8(ascii: ".") else { return false }
            index += 1
        }
        return true
    }

    /// A person named with middle initials ("Joseph R. Biden", "Petro O. Poroshenko") is the one the
    /// knowledge base names without them, when he holds an office at the article's date: initials tell
    /// namesakes apart ("John F. Kennedy" is not a later Senator John Kennedy), an office at the date
    /// says which one the article means.
    /// So is the one who held the office a title before the name gives ("President Viktor F. Yanukovych" in 2016).
    /// So is a name the knowledge base knows but for a generation's suffix, of an office holder at the date ("John G.
    /// Roberts Jr.", "Samuel A. Alito Jr.").
    mutating func resolveInitialledNames() {
        guard let matcher else { return }
        for (name, ranges) in unknownPeople where name.utf8.contains(UInt8(ascii: ".")) {
            var parts = name.spaceSeparatedWords
            if parts.count > 2, let last = parts.last, Self.generationSuffixes.contains(String(last)) {
                parts.removeLast()
                // (Only the holder of an office at the date: "Donald Trump Jr." is not his father, nor "Robert F.
                // Kennedy Jr." the senator of the 1960s.)
                if let actor = knownPerson(named: parts.joined(separator: " ")), base.actors[actor].role(on: day) != nil {
                    unknownPeople[name] = nil
                    for range in ranges { add(actor, range) }
                    continue
                }
            }
            // (Single initials only: "George H.W. Bush" is not George Bush.)
            let kept = parts.filter { !($0.utf8.count == 2 && $0.utf8.first.map({ $0 &- 0x41 < 26 }) == true && $0.utf8.last == UInt8(ascii: ".")) }
            guard kept.count >= 2, kept.count < parts.count else { continue }
            // Or one who held the office a title before the name gives, at any date: "President Viktor F. Yanukovych"
            // in 2016 is the president of 2010–2014.
            var titledOffice: ((String) -> Bool)?
            for range in ranges where titledOffice == nil && range.lowerBound > 0 {
                titledOffice = Self.offices(phrase: Offices.phrase(endingAt: range.lowerBound, in: lower)?.titles,
                                            courtesy: lower[range.lowerBound - 1])
            }
            let people = Set(matcher.names(writtenAs: kept.map(String.init)).map { base.names[$0].actor }.filter { actor in
                let person = base.actors[actor]
                return person.kind == .person
                    && (person.role(on: day) != nil || titledOffice.map { office in person.roles.contains { office($0.title) } } == true)
            })
            guard people.count == 1, let actor = people.first else { continue }
            unknownPeople[name] = nil
            for range in ranges { add(actor, range) }
        }
    }

    /// Suffixes that tell a father and a son apart.
    static let generationSuffixes: WordSet = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]
}
