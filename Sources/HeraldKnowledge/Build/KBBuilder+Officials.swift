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
            base.addRole(Actor.Role(code: f[1], title: f[2], start: value(f[3]), end: value(f[4])), to: id)
            base.addName(name, to: id)
            for other in value(f[7])?.split(separator: ";") ?? [] { base.addName(String(other), to: id) }
            if let surname = value(f[6]) { base.addName(surname, to: id, kind: .surname) }
            ids.insert(id)
        }
        return ids
    }
}
