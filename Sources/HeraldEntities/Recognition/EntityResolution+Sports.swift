import HeraldCore
import HeraldKnowledge
import HeraldModels

/// Sports teams in an article's resolution: "Leeds beat Chelsea 2-1" names two clubs, not two
/// towns, and a result is no political event.
extension EntityResolution {
    /// Words that only sports pages use often.
    static let sportsWords: WordSet = [
        "soccer", "football", "cricket", "rugby", "tennis", "golf", "baseball", "basketball", "hockey", "athletics",
        "league", "cup", "championship", "tournament", "match", "matches", "goal", "goals", "scored", "scorer", "striker",
        "midfielder", "defender", "goalkeeper", "coach", "innings", "wicket", "wickets", "batsman", "bowler", "half-time",
        "halftime", "penalty", "standings", "playoff", "playoffs", "quarter-final", "quarterfinal", "semi-final",
        "semifinal", "fixtures", "stadium", "squad", "inning", "homer", "touchdown", "quarterback", "pitcher", "seeded",
        "drew", "beat", "unbeaten", "relegated", "referee", "champions", "olympic", "medal", "prix", "skiing", "slalom",
        "downhill", "badminton", "marathon", "cycling", "boxing", "snooker", "volleyball", "handball", "swimming",
        "motor-racing", "sprint", "javelin", "freestyle", "formula",
    ]

    /// The sports words by hash, for a look-up that makes no `String` hash.
    private static let sportsWordTable = FeatureTable(Dictionary(uniqueKeysWithValues: sportsWords.map { (FeatureHash.of($0.utf8), Int32(0)) }))

    /// Whether the article reports on sport: sports words are one word in a hundred (three at
    /// least), or there are two of them and two results ("2-1", "6-4").
    static func isSportsArticle(_ lower: [String]) -> Bool {
        var words = 0, scores = 0
        for word in lower {
            // Cheap tests first: the words are 3 to 13 letters long, a score 3 to 5 bytes that start with a digit.
            let count = word.utf8.count, first = word.utf8.first ?? 0
            if first &- 0x30 < 10 {
                if count <= 5, isScore(word) { scores += 1 }
            } else if count >= 3, count <= 13, sportsWordTable.row(FeatureHash.of(word.utf8)) >= 0 {
                words += 1
            }
        }
        return (words >= 3 && words * 100 >= lower.count) || (words >= 2 && scores >= 2)
    }

    /// "2-1", "6-4", "10-3": two small numbers joined by a hyphen.
    static func isScore(_ word: String) -> Bool {
        var digits = 0, parts = 1
        for byte in word.utf8 {
            if byte &- 0x30 < 10 {
                digits += 1
                if digits > 2 { return false }
            } else if byte == UInt8(ascii: "-"), digits > 0, parts == 1 {
                parts = 2
                digits = 0
            } else {
                return false
            }
        }
        return parts == 2 && digits > 0
    }

    /// Of the senses of a name that a sports team bears too, the ones this article means: on a
    /// sports page the team, unless the name follows "in", "at" or "from" or comes before a country
    /// (a town); elsewhere the others, or the team when its name is long ("Manchester United"), or its own full name
    /// where the tagger read an organisation ("Arsenal"; "Forest" alone is no club off the sports pages).
    func teamsOrOthers(_ candidates: [KnowledgeBase.Name], _ tokens: Range<Int>) -> [KnowledgeBase.Name] {
        let teams = candidates.filter { base.actors[$0.actor].kind == .team }
        let others = candidates.filter { base.actors[$0.actor].kind != .team }
        let afterPlaceWord = tokens.lowerBound > 0 && Self.placePrepositions.contains(lower[tokens.lowerBound - 1])
        // (Nor before a comma and a country, as a dateline gives a town: "HANOVER, Germany".)
        let beforeCountry = tokens.upperBound + 1 < words.count && words[tokens.upperBound] == ","
            && matchAt[tokens.upperBound + 1].map { matches[$0].names.contains { base.actors[base.names[$0].actor].kind == .country } } == true
        if isSports { return (afterPlaceWord || beforeCountry) && !others.isEmpty ? others : teams }
        guard others.isEmpty else { return others }
        if tokens.count > 1 { return teams }
        let taggedOrganisation = tokens.contains { taggedAt[$0].map { tagged[$0].1 == "ORG" } ?? false }
        return taggedOrganisation ? teams.filter { base.actors[$0.actor].name == words[tokens.lowerBound] } : []
    }

    static let placePrepositions: WordSet = ["in", "at", "from", "near", "to", "into", "outside", "around"]

    /// On a sports page, a club named in full is named again by the last word of its name ("Manchester United" …
    /// "United led"; "Nottingham Forest" … "Forest"), where no other club the article names ends in that word and
    /// the word stands alone: no day ("Sheffield Wednesday" … "on Wednesday"), nor the start of a longer name.
    mutating func teamsByTheirLastWord() {
        guard isSports else { return }
        var owner: [String: Int] = [:]
        var shared = Set<String>()
        for (actor, ranges) in mentions where base.actors[actor].kind == .team {
            for range in ranges where range.count >= 2 {
                let last = words[range.upperBound - 1]
                guard Self.isCapitalised(last), last.utf8.count >= 3, !Self.dayWords.contains(lower[range.upperBound - 1]) else { continue }
                if let other = owner[last], other != actor { shared.insert(last) } else { owner[last] = actor }
            }
        }
        guard !owner.isEmpty else { return }
        for t in words.indices where !covered[t] {
            guard let actor = owner[words[t]], !shared.contains(words[t]) else { continue }
            if t + 1 < words.count, capitalised[t + 1] || words[t + 1] == "-" { continue }
            add(actor, t..<(t + 1))
            covered[t] = true
        }
    }
}

extension EntityResolution {
    /// Results on a sports page: a town next to a score is its team ("Boston 5 Toronto 3"), and
    /// the capitalised words before a country, region or club in brackets are a competitor ("Colin
    /// Montgomerie ( Scotland ) 69", "Batistuta ( Fiorentina ) 9").
    mutating func findResults() {
        var countryRanges: [Int: Range<Int>] = [:]
        for (actor, ranges) in mentions {
            let kind = base.actors[actor].kind
            // Countries and first-level regions ("Scotland", "Texas") say where competitors come from; on a
            // sports page, so do clubs ("Batistuta ( Fiorentina ) 9").
            if kind == .country || kind == .place && base.actors[actor].id.hasPrefix("a:") || isSports && kind == .team {
                for range in ranges { countryRanges[range.lowerBound] = range }
            }
            guard isSports, kind == .place else { continue }
            let scores = ranges.filter(isBeforeScore)
            removeMentions(actor, scores)
            for range in scores { unknownOthers[range.map { words[$0] }.joined(separator: " "), default: (.organization, [])].ranges.append(range) }
        }
        // A list of competitors: on a sports page, or where the article has two of them.
        let bracketed = countryRanges.filter { start, range in
            start >= 2 && words[start - 1] == "(" && range.upperBound < words.count && words[range.upperBound] == ")"
        }
        guard isSports || bracketed.count >= 2 else { return }
        for start in bracketed.keys.sorted() {
            var first = start - 1
            while first > 0, start - 1 - first < 4, !covered[first - 1], sentenceOf[first - 1] == sentenceOf[start],
                  capitalised[first - 1] || Self.nameConnectors.contains(lower[first - 1]) && first - 1 > 0
            {
                first -= 1
            }
            while first < start - 1, !capitalised[first] { first += 1 }
            let name = first..<(start - 1)
            guard !name.isEmpty, !name.allSatisfy({ Self.functionWords.contains(lower[$0]) }) else { continue }
            unknownPeople[name.map { words[$0] }.joined(separator: " "), default: []].append(name)
            for t in name { covered[t] = true }
        }
    }

    /// A name followed by a small number ("Leeds 2", not "Sydney 2000") and not after "in" or "at".
    private func isBeforeScore(_ range: Range<Int>) -> Bool {
        guard range.upperBound < words.count else { return false }
        let next = words[range.upperBound].utf8
        guard (1...3).contains(next.count), next.allSatisfy({ $0 &- 0x30 < 10 }) else { return false }
        return range.lowerBound == 0 || !Self.placePrepositions.contains(lower[range.lowerBound - 1])
    }
}
