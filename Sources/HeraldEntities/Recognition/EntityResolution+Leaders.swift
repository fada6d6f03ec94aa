import HeraldCore
import HeraldKnowledge

/// Titles that name a head of state or government before a surname: "President Clinton" in 2016
/// is Bill Clinton, not the Hillary Clinton the article names in full; "Prime Minister Blair" is Tony Blair.
/// So do the titles holders keep after office: "Secretary Clinton" in 2016 is Hillary Clinton.
extension EntityResolution {
    /// The offices of heads of state and government and of vice presidents: those a title before a
    /// surname looks up by its holders (see ``KnowledgeBase/officeHoldersBySurname(where:)``).
    static let leaderOffices: WordSet = ["head of state", "head of government", "vice president"]

    /// Whether a role of this title is looked up by a title before a surname: a leader's office, or one whose
    /// holders keep its title after they leave it (see ``courtesyOffice(_:)``).
    static func isTitledOffice(_ title: String) -> Bool {
        leaderOffices.contains(title) || keptTitles.contains { courtesyOffice($0)?(title) == true }
    }

    /// The roles a title kept after office names, as American news writes it ("Secretary Clinton" in 2016,
    /// "Governor Bush", "Speaker Gingrich", "Mayor Giuliani", "Justice Kennedy"); nil for other words.
    static func courtesyOffice(_ word: String) -> ((String) -> Bool)? {
        switch word {
        case "secretary": { $0.hasSuffix(" secretary") || $0.hasPrefix("secretary of ") }
        case "governor", "gov.", "gov": { $0 == "governor" }
        case "senator", "sen.", "sen": { $0 == "senator" }
        case "speaker": { $0 == "speaker of the house" }
        case "mayor": { $0 == "mayor" }
        case "justice": { $0 == "supreme court justice" || $0 == "chief justice" }
        default: nil
        }
    }

    private static let keptTitles = ["secretary", "governor", "senator", "speaker", "mayor", "justice"]

    /// The offices a title names, as a test of role titles: a leader's office phrase's ("President"), else the
    /// offices a title kept after office names (`courtesy`: "Secretary"); nil for neither.
    static func offices(phrase titles: [String]?, courtesy word: String?) -> ((String) -> Bool)? {
        if let offices = titles.flatMap(leaderOffices(of:)) { return { offices.contains($0) } }
        return word.flatMap(courtesyOffice)
    }

    /// The leaders' offices an office phrase names ("President": head of state; "Prime Minister",
    /// "Chancellor": head of government); nil for other phrases.
    static func leaderOffices(of titles: [String]) -> Set<String>? {
        let offices = Set(titles.filter(leaderOffices.contains))
        return offices.isEmpty ? nil : offices
    }

    /// Whether `actor` held one of `offices` at some time up to the article's date.
    func hasHeld(_ actor: Int, _ offices: Set<String>) -> Bool {
        hasHeld(actor) { offices.contains($0) }
    }

    /// Whether `actor` held an office `isOffice` accepts at some time up to the article's date.
    func hasHeld(_ actor: Int, _ isOffice: (String) -> Bool) -> Bool {
        base.actors[actor].roles.contains { isBegun($0, isOffice) }
    }

    /// Whether `role` is an office `isOffice` accepts, begun by the article's date.
    private func isBegun(_ role: Actor.Role, _ isOffice: (String) -> Bool) -> Bool {
        isOffice(role.title) && (day.map { (role.start ?? "") <= $0 } ?? true)
    }

    /// A surname after a leader's title ("President Clinton") whom the article has joined to someone who
    /// never held that office (Hillary Clinton) or to no one: the one who held it with that surname, at the
    /// date or most recently before it ("President Bush" in 2016: George W. Bush). So for the titles
    /// holders keep after office, where the article has joined the surname to no one ("Secretary Clinton"
    /// in 2016: Hillary Clinton; "Governor Bush": Jeb Bush).
    /// So for a surname between "the" and the word for a leader's time in office ("the Bush administration", "the
    /// Blair government" in 2016: George W. Bush, Tony Blair) that the article has joined to no one, whose holder names
    /// no other mention of the surname.
    mutating func titledLeaders() {
        var moves: [(range: Range<Int>, from: Int?, fromName: String?, to: Int, byTitle: Bool)] = []
        func consider(_ range: Range<Int>, from actor: Int?, name: String?) {
            guard range.count == 1, case let t = range.lowerBound else { return }
            // (After "the" only, "a Clinton administration" in 2016 being one to come; and only for a surname joined to no
            // one, "the Clinton administration" beside Hillary Clinton being hers as likely as her husband's.)
            let term = actor == nil && t > 0 && t + 1 < words.count && lower[t - 1] == "the" ? Self.termWords[lower[t + 1]] : nil
            guard let isOffice = Self.offices(phrase: Offices.phrase(endingAt: t, in: lower)?.titles
                                                  ?? (isAfterPresidents(t) ? ["head of state"] : nil) ?? term,
                                              courtesy: actor == nil && t > 0 ? lower[t - 1] : nil)
            else { return }
            if let actor, hasHeld(actor, isOffice) { return }
            guard let holders = leaders[words[range.lowerBound]] else { return }
            var best: (actor: Int, end: String)?
            var tied = false
            for holder in holders where holder != actor {
                // The latest day of the office held by the article's date ("9999" while held).
                var ends: [String] = []
                for role in base.actors[holder].roles where isBegun(role, isOffice) { ends.append(role.isHeld(on: day) ? "9999" : role.end ?? "9999") }
                guard let end = ends.max() else { continue }
                if best == nil || end > best!.end {
                    best = (holder, end)
                    tied = false
                } else if end == best!.end {
                    tied = true
                }
            }
            if let best, !tied { moves.append((range, actor, name, best.actor, term == nil || Offices.phrase(endingAt: t, in: lower) != nil)) }
        }
        for (actor, ranges) in mentions where base.actors[actor].kind == .person {
            for range in ranges { consider(range, from: actor, name: nil) }
        }
        for (name, ranges) in unknownPeople where !name.utf8.contains(0x20) {
            for range in ranges { consider(range, from: nil, name: name) }
        }
        var holderOf: [String: Int?] = [:]
        for move in moves {
            if let from = move.from { removeMention(from, move.range) }
            if let name = move.fromName {
                unknownPeople[name]?.removeAll { $0 == move.range }
                if unknownPeople[name]?.isEmpty == true { unknownPeople[name] = nil }
                if move.byTitle { holderOf[name] = holderOf[name].map { $0 == move.to ? $0 : nil } ?? move.to }
            }
            add(move.to, move.range)
        }
        // The surname alone elsewhere in the article is the one holder its titles named ("Speaker Ryan" … "Ryan").
        for case let (name, holder?) in holderOf {
            guard let ranges = unknownPeople[name] else { continue }
            unknownPeople[name] = nil
            for range in ranges { add(holder, range) }
        }
    }

    /// Words for a leader's time in office after the surname, and the offices they speak of.
    static let termWords: WordMap<[String]> = [
        "administration": ["head of state"], "presidency": ["head of state"], "government": ["head of government"],
    ]

    /// Whether token `t` is one of the surnames "Presidents" lists: "Presidents Reagan and Clinton", "Presidents
    /// Ford, Carter and Reagan" ("U.S. presidents" alone names no one).
    func isAfterPresidents(_ t: Int) -> Bool {
        var k = t
        while k >= 1 {
            if lower[k - 1] == "presidents" { return capitalised[k - 1] }
            guard k >= 3, lower[k - 1] == "and" || lower[k - 1] == ",", capitalised[k - 2],
                  sentenceOf[k - 2] == sentenceOf[t] else { return false }
            k -= 2
        }
        return false
    }

    /// Whether a title the article gives a person names an office he held before the date and holds no
    /// more ("President Clinton" of Bill Clinton in 2016, "Governor Bush" of Jeb Bush): a courtesy, which
    /// gives no sector or role.
    func isFormerLeaderTitle(_ title: String?, of actor: Int) -> Bool {
        guard let title, let isOffice = Self.offices(phrase: Offices.titlesByPhrase[title], courtesy: title) else { return false }
        return hasHeld(actor, isOffice) && !base.actors[actor].roles.contains { isOffice($0.title) && $0.isHeld(on: day) }
    }
}
