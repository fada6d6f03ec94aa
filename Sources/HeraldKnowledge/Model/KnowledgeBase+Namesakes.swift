extension KnowledgeBase {
    /// Bodies that the sources list once per name, made one actor: organisations, groups and media of the
    /// same code whose names are the same but for case, full stops and a leading "The" ("The United
    /// Nations", "United Nations"; "U.N.", "UN"), or of which one is the other's initials ("UN", "OPEC",
    /// "ASEAN"). Companies, whose codes many share, only by their own names written alike ("Blackrock",
    /// "BlackRock"): "CA Inc" is not Continental Airlines, nor "Citizens Inc" Citizens Holding Company.
    /// The one kept is named in full, without "The", in the most words; of equals, the later source's.
    public mutating func mergeNamesakes() {
        let kinds: Set<Actor.Kind> = [.organization, .group, .media]
        var namesOf: [Int: [String]] = [:]
        for name in names where kinds.contains(actors[name.actor].kind) && actors[name.actor].code != nil {
            namesOf[name.actor, default: []].append(name.text)
        }
        var byCode: [String: [Int]] = [:]
        for (i, actor) in actors.enumerated() where kinds.contains(actor.kind) {
            if let code = actor.code { byCode[code, default: []].append(i) }
        }
        var parent = Array(actors.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }
            return i
        }
        for (code, members) in byCode.sorted(by: { $0.key < $1.key }) where members.count > 1 {
            var byForm: [String: Int] = [:]
            var acronyms: [String: Int] = [:]
            var initialled: [(initials: String, actor: Int)] = []
            for actor in members {
                // (A company by its own name only: two companies' short names may be one, "Citizens".)
                for text in [actors[actor].name] + (code.hasPrefix("MNC") ? [] : namesOf[actor] ?? []) {
                    let form = Self.plainForm(text)
                    if let other = byForm[form] { parent[root(actor)] = root(other) } else { byForm[form] = actor }
                    guard !code.hasPrefix("MNC") else { continue }
                    if Self.isAcronym(form) { acronyms[form] = acronyms[form] ?? actor }
                    if let initials = Self.initials(form) { initialled.append((initials, actor)) }
                }
            }
            for (initials, actor) in initialled {
                if let other = acronyms[initials] { parent[root(actor)] = root(other) }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in actors.indices { groups[root(i), default: []].append(i) }
        var into = [Int](actors.indices)
        for members in groups.values where members.count > 1 {
            let own = members.max { a, b in
                let (ra, rb) = (Self.fullNameRank(actors[a].name), Self.fullNameRank(actors[b].name))
                return ra != rb ? ra < rb : a < b
            }!
            for member in members where member != own {
                into[member] = own
                for role in actors[member].roles where !actors[own].roles.contains(role) { actors[own].roles.append(role) }
            }
        }
        guard into.indices.contains(where: { into[$0] != $0 }) else { return }
        // The actors kept, in their order, and every name moved to its actor's new place.
        var newIndex = [Int](repeating: -1, count: actors.count)
        var remaining: [Actor] = []
        for i in actors.indices where into[i] == i {
            newIndex[i] = remaining.count
            remaining.append(actors[i])
        }
        actors = remaining
        index = Dictionary(uniqueKeysWithValues: actors.enumerated().map { ($1.id, $0) })
        names = names.map { Name(text: $0.text, actor: newIndex[into[$0.actor]], kind: $0.kind) }
        deduplicate()
    }

    /// A name in lower case without full stops or a leading "the ": "U.N." → "un".
    static func plainForm(_ text: String) -> String {
        var form = text.lowercased().filter { $0 != "." }
        if form.hasPrefix("the ") { form.removeFirst(4) }
        return form
    }

    /// Whether a plain form is one word of two letters or more and nothing else: "un", "opec".
    static func isAcronym(_ form: String) -> Bool {
        form.count >= 2 && form.allSatisfy { $0.isLetter }
    }

    /// The initials of a name of two words or more, less "of", "the", "and" and "for": "united nations" → "un".
    static func initials(_ form: String) -> String? {
        let words = form.split(whereSeparator: { $0 == " " || $0 == "-" }).filter { !["of", "the", "and", "for"].contains($0) }
        guard words.count >= 2 else { return nil }
        return String(words.compactMap(\.first))
    }

    /// How well a name serves as a body's own: in full before acronyms, without "The", in more words.
    static func fullNameRank(_ name: String) -> Int {
        let form = plainForm(name)
        let words = form.split(separator: " ").count
        return (name.lowercased().hasPrefix("the ") ? 0 : 100) + (isAcronym(form) && words == 1 && name == name.uppercased() ? 0 : 50) + words
    }
}
