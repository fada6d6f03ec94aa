import Foundation

/// Herald's knowledge of the world's news actors: who and what each name is.
///
/// Built from the sources in `../shared/kb` by `herald kb build` into a versioned text resource
/// (see ``KBFile``), loaded once, and extended by user files in the same format.
public struct KnowledgeBase: Sendable {
    /// A name and what it names.
    public struct Name: Sendable, Hashable {
        public var text: String
        public var actor: Int
        public var kind: NameKind
    }

    public internal(set) var actors: [Actor] = []
    public internal(set) var names: [Name] = []
    /// Agent words and their sector codes ("minister" → "GOV", "rebels" → "REB").
    public private(set) var agents: [String: String] = [:]
    /// The first words of agent phrases ("attorney" of "attorney general"), so that a phrase is looked up
    /// only where one may begin.
    public private(set) var agentPhraseStarts: Set<String> = []
    /// Where each actor id is in ``actors``.
    public internal(set) var index: [String: Int] = [:]
    /// How many first-level regions (actors with ids "a:…") each country has, by its ISO 3166 alpha-3 code.
    public private(set) var regionCounts: [String: Int] = [:]

    /// The small words of names, which news writes in lower case after a name's first word ("Bank of America",
    /// "Council of Europe") and the Phoenix dictionaries capitalise.
    public static let smallWords: Set<String> = ["of", "the", "and", "for", "in", "on", "at", "to", "by", "with", "against", "de", "des", "du", "la", "et"]

    /// An empty knowledge base.
    public init() {}

    /// Adds an actor, or replaces the one with the same id (its names stay).
    @discardableResult
    public mutating func add(_ actor: Actor) -> Int {
        func countRegion(_ actor: Actor, _ change: Int) {
            if actor.id.hasPrefix("a:"), let country = actor.country { regionCounts[country, default: 0] += change }
        }
        countRegion(actor, 1)
        if let existing = index[actor.id] {
            countRegion(actors[existing], -1)
            actors[existing] = actor
            return existing
        }
        index[actor.id] = actors.count
        actors.append(actor)
        return actors.count - 1
    }

    /// Adds a role to actor `id`.
    public mutating func addRole(_ role: Actor.Role, to id: String) {
        if let i = index[id] { addRole(role, at: i) }
    }

    /// Adds a role to actor `i`.
    mutating func addRole(_ role: Actor.Role, at i: Int) {
        if !actors[i].roles.contains(role) { actors[i].roles.append(role) }
    }

    /// Sets where actor `i` is.
    public mutating func setPlace(_ place: Actor.Place, at i: Int) { actors[i].place = place }

    /// Words that name regions in some countries but are ordinary words in news English.
    static let genericPlaceWords: Set<String> = [
        "north", "south", "east", "west", "central", "centre", "center", "northern", "southern", "eastern",
        "western", "islands", "island", "gulf", "bay", "coast", "capital", "upper", "lower", "middle", "interior",
        "border", "lake", "river", "valley", "mountain", "highlands", "lowlands", "plateau", "federal", "national",
    ]

    /// The length in bytes of the longest of ``genericPlaceWords``.
    static let longestGenericPlaceWord = genericPlaceWords.map(\.utf8.count).max() ?? 0

    /// Adds a name for actor `id`.
    public mutating func addName(_ text: String, to id: String, kind: NameKind = .alias) {
        if let i = index[id] { addName(text, at: i, kind: kind) }
    }

    /// Adds a name for actor `i`.
    mutating func addName(_ text: String, at i: Int, kind: NameKind) {
        // (Only a name as short as one of those words can be one: no lowercasing for the others, at every start-up.)
        guard !text.isEmpty, text.utf8.count > Self.longestGenericPlaceWord || !Self.genericPlaceWords.contains(text.lowercased())
        else { return }
        names.append(Name(text: text, actor: i, kind: kind))
    }

    /// Adds an agent word.
    public mutating func addAgent(_ word: String, sector: String) {
        let word = word.lowercased()
        agents[word] = sector
        if let space = word.firstIndex(of: " ") { agentPhraseStarts.insert(String(word[..<space])) }
    }

    /// People with roles, by country: where offices are looked up.
    public func officeHoldersByCountry() -> [String: [Int]] {
        var table: [String: [Int]] = [:]
        for (i, actor) in actors.enumerated() where actor.kind == .person && !actor.roles.isEmpty {
            if let country = actor.country { table[country, default: []].append(i) }
        }
        return table
    }

    /// People with roles, by the code of each role ("IGOUNO": the UN's secretaries-general): where a body's offices
    /// are looked up.
    public func officeHoldersByCode() -> [String: [Int]] {
        var table: [String: [Int]] = [:]
        for (i, actor) in actors.enumerated() where actor.kind == .person {
            for code in Set(actor.roles.map(\.code)) { table[code, default: []].append(i) }
        }
        return table
    }

    /// The people who held an office whose title `isOffice` accepts ("head of state"), by the last word of
    /// each of their names: "Clinton" → Bill Clinton.
    public func officeHoldersBySurname(where isOffice: (String) -> Bool) -> [String: [Int]] {
        var table: [String: [Int]] = [:]
        // (Each person's offices read once, however many names the person has.)
        var holds: [Int: Bool] = [:]
        for name in names where name.kind == .alias && actors[name.actor].kind == .person {
            let holding: Bool
            if let known = holds[name.actor] { holding = known } else {
                holding = actors[name.actor].roles.contains { isOffice($0.title) }
                holds[name.actor] = holding
            }
            guard holding, let last = name.text.spaceSeparatedWords.last.map(String.init) else { continue }
            if table[last]?.contains(name.actor) != true { table[last, default: []].append(name.actor) }
        }
        return table
    }

    /// The actor with id `id`.
    public subscript(id: String) -> Actor? { index[id].map { actors[$0] } }

    /// Takes the names of the actors in `ids` from the other bodies, groups and people that
    /// carry them too, so that a curated "U.N. Security Council" or "Ban Ki-moon" is the one the
    /// name means. Surnames are shared among people, not taken from them.
    public mutating func yieldNames(toActors ids: Set<String>) {
        let owners = Set(ids.compactMap { index[$0] })
        let claimed = Set(names.filter { owners.contains($0.actor) && $0.kind != .surname }.map { $0.text.lowercased() })
        // A person's surname is taken from the bodies and groups that carry it ("Nasrallah" for Hezbollah), not from people.
        let surnames = Set(names.filter { owners.contains($0.actor) && $0.kind == .surname }.map { $0.text.lowercased() })
        let yielding: Set<Actor.Kind> = [.organization, .group, .media, .person]
        names.removeAll { name in
            guard !owners.contains(name.actor), name.kind != .surname, yielding.contains(actors[name.actor].kind) else { return false }
            let text = name.text.lowercased()
            return claimed.contains(text) || actors[name.actor].kind != .person && surnames.contains(text)
        }
    }

    /// Adds the British or American spelling of names that have the other ("World Health
    /// Organisation" beside "Organization", "Defence" beside "Defense").
    public mutating func addSpellingVariants() {
        let pairs = [("Organization", "Organisation"), ("Defense", "Defence"), ("Center", "Centre")]
        for name in names where name.kind == .alias {
            for (american, british) in pairs {
                for (from, to) in [(american, british), (british, american)] where name.text.contains(from) {
                    names.append(Name(text: name.text.replacingOccurrences(of: from, with: to), actor: name.actor, kind: name.kind))
                }
            }
        }
    }

    /// Korean and Taiwanese people's given names both as the Factbook writes them and as the news does:
    /// "Kim Jong Un" is also "Kim Jong-un", "Park Geun-hye" also "Park Geun Hye".
    public mutating func addGivenNameForms() {
        for name in names where name.kind == .alias {
            let actor = actors[name.actor]
            guard actor.kind == .person, let country = actor.country, ["KOR", "PRK", "TWN"].contains(country) else { continue }
            let words = name.text.split(separator: " ")
            let capitalised = words.allSatisfy { $0.first?.isUppercase == true }
            if words.count == 3, capitalised, words[1].count <= 5, words[2].count <= 5, !words[1].contains("-"), !words[2].contains("-") {
                names.append(Name(text: "\(words[0]) \(words[1])-\(words[2].lowercased())", actor: name.actor, kind: name.kind))
            } else if words.count == 2, let hyphen = words[1].firstIndex(of: "-"), words[1].count <= 11 {
                let given = words[1]
                let second = given[given.index(after: hyphen)...]
                guard let first = second.first, first.isLowercase else { continue }
                names.append(Name(text: "\(words[0]) \(given[..<hyphen]) \(first.uppercased())\(second.dropFirst())", actor: name.actor, kind: name.kind))
            }
        }
    }

    /// Names deduplicated: the same text for the same actor and kind once.
    public mutating func deduplicate() {
        var seen = Set<Name>()
        names = names.filter { seen.insert($0).inserted }
    }
}
