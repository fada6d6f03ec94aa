import HeraldKnowledge

/// Sports teams in an article's resolution: "Leeds beat Chelsea 2-1" names two clubs, not two
/// towns, and a result is no political event.
extension EntityResolution {
    /// Words that only sports pages use often.
    static let sportsWords: Set<String> = [
        "soccer", "football", "cricket", "rugby", "tennis", "golf", "baseball", "basketball", "hockey", "athletics",
        "league", "cup", "championship", "tournament", "match", "matches", "goal", "goals", "scored", "scorer", "striker",
        "midfielder", "defender", "goalkeeper", "coach", "innings", "wicket", "wickets", "batsman", "bowler", "half-time",
        "halftime", "penalty", "standings", "playoff", "playoffs", "quarter-final", "quarterfinal", "semi-final",
        "semifinal", "fixtures", "stadium", "squad", "inning", "homer", "touchdown", "quarterback", "pitcher", "seeded",
        "drew", "beat", "unbeaten", "relegated", "referee", "champions", "olympic", "medal", "prix",
    ]

    /// Whether the article reports on sport: sports words are one word in a hundred (three at
    /// least), or there are two of them and two results ("2-1", "6-4").
    static func isSportsArticle(_ lower: [String]) -> Bool {
        var words = 0, scores = 0
        for word in lower {
            if sportsWords.contains(word) { words += 1 } else if isScore(word) { scores += 1 }
        }
        return (words >= 3 && words * 100 >= lower.count) || (words >= 2 && scores >= 2)
    }

    /// "2-1", "6-4", "10-3": two small numbers joined by a hyphen.
    static func isScore(_ word: String) -> Bool {
        let parts = word.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy { $0 &- 0x30 < 10 } }
    }

    /// Of the senses of a name that a sports team bears too, the ones this article means: on a
    /// sports page the team, unless the name follows "in", "at" or "from" (a town); elsewhere
    /// the others, or the team when its name is long ("Manchester United") or the tagger read an
    /// organisation there.
    func teamsOrOthers(_ candidates: [KnowledgeBase.Name], _ tokens: Range<Int>) -> [KnowledgeBase.Name] {
        let teams = candidates.filter { base.actors[$0.actor].kind == .team }
        let others = candidates.filter { base.actors[$0.actor].kind != .team }
        let afterPlaceWord = tokens.lowerBound > 0 && Self.placePrepositions.contains(lower[tokens.lowerBound - 1])
        if isSports { return afterPlaceWord && !others.isEmpty ? others : teams }
        guard others.isEmpty else { return others }
        let taggedOrganisation = tokens.contains { taggedAt[$0].map { tagged[$0].1 == "ORG" } ?? false }
        return tokens.count > 1 || taggedOrganisation ? teams : []
    }

    static let placePrepositions: Set<String> = ["in", "at", "from", "near", "to", "into", "outside", "around"]
}
