import HeraldCore
import HeraldKnowledge

/// Chambers named by a common word: "the House", "Assembly", "Chamber", and "Senate" (see ``keepChambers(_:at:)``).
extension EntityResolution {
    /// Whether token `t` is "House", "Assembly", "Chamber" or "Senate".
    func isChamberWord(_ t: Int) -> Bool {
        guard let b = words[t].utf8.first, b == 0x48 || b == 0x41 || b == 0x43 || b == 0x53 else { return false }
        return words[t] == "House" || words[t] == "Assembly" || words[t] == "Chamber" || words[t] == "Senate"
    }

    /// Of the candidates for a chamber's common word at `t`, the chambers that stand. "House", "Assembly" or
    /// "Chamber" is a chamber only after "the", beside the other chamber ("House and Senate") or before its
    /// members, leaders or committees ("House members", "House Intelligence Committee"), in an article about its
    /// country; "House" before its parties' members or its leaders' titles ("House Republicans", "House Speaker
    /// Paul Ryan", "House Majority Leader") is the American chamber wherever the article has got to. "Senate", no
    /// common word, is its country's unless the article has named another country and not that one ("the Senate
    /// President Bukola Saraki" in a Nigerian story).
    func keepChambers(_ candidates: inout [KnowledgeBase.Name], at t: Int) {
        let senate = words[t] == "Senate"
        let next = t + 1 < words.count ? words[t + 1] : ""
        let beforeParty = words[t] == "House" && Self.chamberPartyWords.contains(next)
        let beside = t > 0 && lower[t - 1] == "the" || Self.chamberMemberWords.contains(next)
            || next == "and" && t + 2 < words.count && words[t + 2] == "Senate"
            || t > 1 && lower[t - 1] == "and" && words[t - 2] == "Senate"
        let namesACountry = senate && mentions.keys.contains { base.actors[$0].country != nil && tellsCountry($0) }
        candidates.removeAll { name in
            guard let code = base.actors[name.actor].code, code.hasSuffix("LEG") else { return false }
            let home = isArticleCountry(base.actors[name.actor].country)
            return senate ? !home && namesACountry : !beforeParty && (!beside || !home)
        }
    }

    /// Words after a chamber's name that only its own members and officers are called by ("House Republicans", "House Speaker").
    static let chamberPartyWords: WordSet = [
        "Republicans", "Democrats", "Republican", "Democrat", "Democratic", "GOP", "Speaker", "Majority", "Minority",
    ]

    /// Words after a chamber's name that name its members, leaders, seats or committees ("House members", "House Judiciary").
    static let chamberMemberWords: WordSet = [
        "majority", "minority", "members", "member", "leaders", "leadership", "seat", "seats", "race",
        "races", "candidate", "candidates", "floor", "Intelligence", "Judiciary", "Oversight", "Ways", "Freedom", "Armed",
        "Foreign", "Homeland", "Budget", "Appropriations", "Rules", "Ethics", "Energy", "Financial", "Select", "Benghazi",
    ]
}
