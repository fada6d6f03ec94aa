import Foundation

extension KBBuilder {
    /// Herald's table of sports teams (`Curated/teams.tsv`): one row a team,
    /// `country  sport  name  other-names` (other names `|`-separated), `#` starting comments.
    /// Each team is an actor of kind `team`, id `t:ISO3:slug`, with no code.
    func addTeams(to base: inout KnowledgeBase, from path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 4, f[0].count == 3, !f[1].isEmpty, !f[2].isEmpty else {
                throw BuildError(description: "\(path):\(number + 1): expected 4 tab-separated fields: country, sport, name, other names")
            }
            let (country, name) = (f[0], f[2])
            let id = "t:\(country):\(name.slug)"
            guard base[id] == nil else { throw BuildError(description: "\(path):\(number + 1): '\(name)' is in the table twice") }
            base.add(Actor(id: id, kind: .team, name: name, country: country))
            base.addName(name, to: id)
            for other in f[3] == "-" ? [] : f[3].split(separator: "|") { base.addName(String(other), to: id) }
        }
    }
}
