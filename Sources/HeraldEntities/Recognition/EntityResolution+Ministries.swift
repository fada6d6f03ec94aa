import HeraldCore

extension EntityResolution {
    /// Government departments named after their country: "the Russian Defence Ministry", "Russia's
    /// Foreign Ministry", "the Chinese Ministry of Commerce", "the U.S. Department of Defense". Each
    /// is one organisation of that country, with the sector its subject names (defence: MIL).
    mutating func findMinistries() {
        var next = 0
        for k in countryAt.keys.sorted() where k >= next && k < words.count {
            guard let country = countryAt[k], let code = base.actors[country.actor].country, !covered[k] else { continue }
            // Capitalised words up to "Ministry" or "Department", or "Ministry of …" after them.
            var end = k
            while end < words.count, end - k < 5, Self.isCapitalised(words[end]),
                  !Self.departmentWords.contains(words[end]), !covered[end]
            {
                end += 1
            }
            guard end < words.count, Self.departmentWords.contains(words[end]) else { continue }
            var subject = Array(words[k..<end])
            var last = end + 1
            if subject.isEmpty, last + 1 < words.count, words[last] == "of", Self.isCapitalised(words[last + 1]) {
                last += 1
                while last < words.count, Self.isCapitalised(words[last]) || (words[last] == "and" && last + 1 < words.count
                    && Self.isCapitalised(words[last + 1])) { last += 1 }
                subject = Array(words[(end + 2)..<last])
            }
            guard !subject.isEmpty else { continue }
            let topic = subject.joined(separator: " ")
            let name = "\(topic) \(words[end]) (\(base.actors[country.actor].name))"
            let sector = Self.departmentSectors.first { topic.lowercased().contains($0.key) }?.value ?? "GOV"
            // The country written just before is part of the name ("U.S. Department of Defense");
            // a possessive one stays a mention of its own ("Russia's Foreign Ministry").
            let adjacent = country.tokens.upperBound == k
            if adjacent, country.isMention { removeMention(country.actor, country.tokens) }
            if adjacent { nationalityWords.removeAll { $0 == country.tokens } }
            let range = (adjacent ? country.tokens.lowerBound : k)..<last
            ministries[name, default: (code, code + sector, [])].ranges.append(range)
            for t in country.tokens where adjacent { covered[t] = true }
            for t in k..<last { covered[t] = true }
            next = last
        }
    }

    static let departmentWords: Set<String> = ["Ministry", "Department"]

    /// Subjects of departments whose sector is not GOV.
    static let departmentSectors: [String: String] = [
        "defence": "MIL", "defense": "MIL", "armed forces": "MIL", "war": "MIL", "justice": "JUD", "intelligence": "SPY",
        "state security": "SPY", "police": "COP",
    ]
}
