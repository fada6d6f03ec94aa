import Foundation

extension KBBuilder {
    /// Herald's table of senior officials (`Curated/officials.tsv`): one row a term in office,
    /// `country  code  title  start  end  name  surname  other-names`, `#` starting comments.
    /// Each person gets the id the other sources use (`p:ISO3:slug`), so terms add up.
    ///
    /// Returns the ids of the people the table names.
    func addOfficials(to base: inout KnowledgeBase, from path: String) throws -> Set<String> {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var ids = Set<String>()
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 8, f[0].count == 3, !f[1].isEmpty, !f[5].isEmpty else {
                throw BuildError(description: "\(path):\(number + 1): expected 8 tab-separated fields: country, code, title, start, end, name, surname, other names")
            }
            func value(_ s: String) -> String? { s == "-" || s.isEmpty ? nil : s }
            let (country, name) = (f[0], f[5])
            let id = "p:\(country):\(name.slug)"
            let existing = base[id]
            base.add(Actor(id: id, kind: .person, name: name, country: country, roles: existing?.roles ?? []))
            let role = Actor.Role(code: f[1], title: f[2], start: value(f[3]), end: value(f[4]))
            base.addRole(role, to: id)
            Self.endTerms(overlapping: role, of: id, in: &base)
            base.addName(name, to: id)
            for other in value(f[7])?.split(separator: ";") ?? [] { base.addName(String(other), to: id) }
            if let surname = value(f[6]) { base.addName(surname, to: id, kind: .surname) }
            ids.insert(id)
        }
        return ids
    }

    /// Offices one person holds at a time, whose terms in the sources the table's terms end (see ``endTerms(overlapping:of:in:)``).
    static let singleHolderTitles: Set<String> = ["head of state", "head of government"]

    /// Ends the term of another holder of a single-holder office that the table's term begins within, begins at the
    /// table's end another's term that begins within it and runs past it, and ends the same holder's term that runs past
    /// the table's end: the Factbook's archive lags, and for some countries stood still from March 2017 to November 2020
    /// (Enda Kenny Taoiseach to 2020, before Leo Varadkar's first term, which the archive never shows; Binali Yıldırım
    /// Turkey's prime minister after the office ended).
    static func endTerms(overlapping role: Actor.Role, of id: String, in base: inout KnowledgeBase) {
        guard singleHolderTitles.contains(role.title), let start = role.start else { return }
        for i in base.actors.indices {
            let sameHolder = base.actors[i].id == id
            for r in base.actors[i].roles.indices {
                let other = base.actors[i].roles[r]
                guard other.code == role.code, other.title == role.title, let otherStart = other.start else { continue }
                if !sameHolder, otherStart < start, other.end.map({ $0 > start }) ?? true {
                    base.actors[i].roles[r].end = start
                } else if !sameHolder, let end = role.end, otherStart >= start, otherStart < end, other.end.map({ $0 > end }) ?? true {
                    // (A successor the archive dates from within the table's term took office at its end: Zuzana Čaputová
                    // after Andrej Kiska.)
                    base.actors[i].roles[r].start = end
                } else if sameHolder, let end = role.end, otherStart < end, other.end.map({ $0 > end }) ?? true {
                    base.actors[i].roles[r].end = end
                }
            }
        }
    }
}
