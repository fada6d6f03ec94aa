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

    public private(set) var actors: [Actor] = []
    public private(set) var names: [Name] = []
    /// Agent words and their sector codes ("minister" → "GOV", "rebels" → "REB").
    public private(set) var agents: [String: String] = [:]
    /// Where each actor id is in ``actors``.
    public private(set) var index: [String: Int] = [:]

    /// An empty knowledge base.
    public init() {}

    /// Adds an actor, or replaces the one with the same id (its names stay).
    @discardableResult
    public mutating func add(_ actor: Actor) -> Int {
        if let existing = index[actor.id] {
            actors[existing] = actor
            return existing
        }
        index[actor.id] = actors.count
        actors.append(actor)
        return actors.count - 1
    }

    /// Adds a role to actor `id`.
    public mutating func addRole(_ role: Actor.Role, to id: String) {
        guard let i = index[id] else { return }
        if !actors[i].roles.contains(role) { actors[i].roles.append(role) }
    }

    /// Sets where actor `i` is.
    public mutating func setPlace(_ place: Actor.Place, at i: Int) { actors[i].place = place }

    /// Adds a name for actor `id`.
    public mutating func addName(_ text: String, to id: String, kind: NameKind = .alias) {
        guard let i = index[id], !text.isEmpty else { return }
        names.append(Name(text: text, actor: i, kind: kind))
    }

    /// Adds an agent word.
    public mutating func addAgent(_ word: String, sector: String) {
        agents[word.lowercased()] = sector
    }

    /// The actor with id `id`.
    public subscript(id: String) -> Actor? { index[id].map { actors[$0] } }

    /// Names deduplicated: the same text for the same actor and kind once.
    public mutating func deduplicate() {
        var seen = Set<Name>()
        names = names.filter { seen.insert($0).inserted }
    }
}
