import HeraldKnowledge

/// Titles that name a head of state or government before a surname: "President Clinton" in 2016
/// is Bill Clinton, not the Hillary Clinton the article names in full; "Prime Minister Blair" is Tony Blair.
extension EntityResolution {
    /// The offices of heads of state and government and of vice presidents: those a title before a
    /// surname looks up by its holders (see ``KnowledgeBase/officeHoldersBySurname(titles:)``).
    static let leaderOffices: Set<String> = ["head of state", "head of government", "vice president"]

    /// The leaders' offices an office phrase names ("President": head of state; "Prime Minister",
    /// "Chancellor": head of government); nil for other phrases.
    static func leaderOffices(of titles: [String]) -> Set<String>? {
        let offices = leaderOffices.intersection(titles)
        return offices.isEmpty ? nil : offices
    }

    /// Whether `actor` held one of `offices` at some time up to the article's date.
    func hasHeld(_ actor: Int, _ offices: Set<String>) -> Bool {
        base.actors[actor].roles.contains { isBegun($0, of: offices) }
    }

    /// Whether `role` is one of `offices`, begun by the article's date.
    private func isBegun(_ role: Actor.Role, of offices: Set<String>) -> Bool {
        offices.contains(role.title) && (day.map { (role.start ?? "") <= $0 } ?? true)
    }

    /// A surname after a leader's title ("President Clinton") whom the article has joined to someone who
    /// never held that office (Hillary Clinton) or to no one: the one who held it with that surname, at the
    /// date or most recently before it ("President Bush" in 2016: George W. Bush).
    mutating func titledLeaders() {
        var moves: [(range: Range<Int>, from: Int?, fromName: String?, to: Int)] = []
        func consider(_ range: Range<Int>, from actor: Int?, name: String?) {
            guard range.count == 1, let phrase = Offices.phrase(endingAt: range.lowerBound, in: lower),
                  let offices = Self.leaderOffices(of: phrase.titles) else { return }
            if let actor, hasHeld(actor, offices) { return }
            guard let holders = leaders[words[range.lowerBound]] else { return }
            var best: (actor: Int, end: String)?
            var tied = false
            for holder in holders where holder != actor {
                // The latest day of the office held by the article's date ("9999" while held).
                var ends: [String] = []
                for role in base.actors[holder].roles where isBegun(role, of: offices) { ends.append(role.isHeld(on: day) ? "9999" : role.end ?? "9999") }
                guard let end = ends.max() else { continue }
                if best == nil || end > best!.end {
                    best = (holder, end)
                    tied = false
                } else if end == best!.end {
                    tied = true
                }
            }
            if let best, !tied { moves.append((range, actor, name, best.actor)) }
        }
        for (actor, ranges) in mentions where base.actors[actor].kind == .person {
            for range in ranges { consider(range, from: actor, name: nil) }
        }
        for (name, ranges) in unknownPeople where !name.utf8.contains(0x20) {
            for range in ranges { consider(range, from: nil, name: name) }
        }
        for move in moves {
            if let from = move.from { removeMention(from, move.range) }
            if let name = move.fromName {
                unknownPeople[name]?.removeAll { $0 == move.range }
                if unknownPeople[name]?.isEmpty == true { unknownPeople[name] = nil }
            }
            add(move.to, move.range)
        }
    }

    /// Whether a title the article gives a person names an office he held before the date and holds no
    /// more ("President Clinton" of Bill Clinton in 2016): a courtesy, which gives no sector or role.
    func isFormerLeaderTitle(_ title: String?, of actor: Int) -> Bool {
        guard let title, let offices = Offices.titlesByPhrase[title].flatMap(Self.leaderOffices(of:)) else { return false }
        return hasHeld(actor, offices) && !base.actors[actor].roles.contains { offices.contains($0.title) && $0.isHeld(on: day) }
    }
}
