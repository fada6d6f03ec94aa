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
            while end < words.count, end - k < 5, capitalised[end],
                  !Self.departmentWords.contains(words[end]), !covered[end]
            {
                end += 1
            }
            guard end < words.count, Self.departmentWords.contains(words[end]) else { continue }
            var subject = Array(words[k..<end])
            var last = end + 1
            if subject.isEmpty, last + 1 < words.count, words[last] == "of", capitalised[last + 1] {
                last += 1
                while last < words.count, capitalised[last] || (words[last] == "and" && last + 1 < words.count
                    && capitalised[last + 1]) { last += 1 }
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

    /// A ministry named without its country ("a Defence Ministry source", "the Ministry of Finance") is the
    /// government's of the story's main country (see ``mainCountry(_:)``), where it has one, unless that is the
    /// United States, whose government has departments (a "Foreign Ministry" in an American story is another
    /// country's).
    mutating func findMinistriesOfTheStory() {
        guard words.contains("Ministry"), let code = Self.mainCountry(mentionsByCountry()), code != "USA",
              let country = base.index["c:" + code] else { return }
        func isPortfolio(_ k: Int) -> Bool { Self.portfolios.contains(words[k]) || words[k] == "Foreign" }
        for t in words.indices where words[t] == "Ministry" && !covered[t] {
            var start = t
            while start > 0, t - start < 3, !covered[start - 1], isPortfolio(start - 1) { start -= 1 }
            var end = t + 1
            if start == t, end + 1 < words.count, words[end] == "of", isPortfolio(end + 1) {
                end += 2
                while end < words.count, end - t < 5, isPortfolio(end) { end += 1 }
            }
            guard start < t || end > t + 1, !(start..<end).contains(where: { covered[$0] }) else { continue }
            let topic = start < t ? words[start..<t].joined(separator: " ") : words[(t + 2)..<end].joined(separator: " ")
            let sector = Self.departmentSectors.first { topic.lowercased().contains($0.key) }?.value ?? "GOV"
            ministries["\(topic) Ministry (\(base.actors[country].name))", default: (code, code + sector, [])].ranges.append(start..<end)
            for k in start..<end { covered[k] = true }
        }
    }

    /// The US federal departments by the names news gives them without their country: "the Defense
    /// Department", "the Justice Department" (American usage, which writes "Ministry of Defence"
    /// elsewhere); and, in a story about the United States, "Justice Department officials", "the
    /// Department of Homeland Security", "Homeland Security", "DHS", "the VA".
    mutating func findUSDepartments() {
        guard let usa = base.index["c:USA"] else { return }
        let american = isArticleCountry("USA")
        func add(_ topic: String, _ range: Range<Int>) {
            let sector = Self.departmentSectors.first { topic.lowercased().contains($0.key) }?.value ?? "GOV"
            ministries["\(topic) Department (\(base.actors[usa].name))", default: ("USA", "USA" + sector, [])].ranges.append(range)
            for k in range { covered[k] = true }
        }
        // (The words below begin with D, H, U or V: a cheap test before the look-ups.)
        for t in words.indices where capitalised[t] && words[t].utf8.first.map({ $0 == 0x44 || $0 == 0x48 || $0 == 0x55 || $0 == 0x56 }) == true && !covered[t] {
            if words[t] == "Department" {
                // "the Justice Department" (or, in an American story, "Justice Department officials").
                if let k = ((max(t - 4, 0))..<t).first(where: { k in
                    (american || k > 0 && lower[k - 1] == "the") && !covered[k] && Self.usDepartments.contains(words[k..<t].joined(separator: " "))
                }) {
                    add(words[k..<t].joined(separator: " "), k..<(t + 1))
                } else if american, t + 2 < words.count, words[t + 1] == "of", let topic = Self.usDepartments.first(where: { topic in
                    let parts = topic.spaceSeparatedWords
                    return t + 2 + parts.count <= words.count && words[(t + 2)..<(t + 2 + parts.count)].elementsEqual(parts.map(String.init))
                }) {
                    add(topic, t..<(t + 2 + topic.spaceSeparatedWords.count))
                }
            } else if american, let topic = Self.usDepartmentShortNames[words[t]], words[t] != "VA" || t > 0 && lower[t - 1] == "the" {
                add(topic, t..<(t + 1))
            } else if american, words[t] == "Homeland", t + 1 < words.count, words[t + 1] == "Security", !covered[t + 1] {
                add("Homeland Security", t..<(t + 2))
            }
        }
    }

    /// US departments by their initials ("the VA" only after "the").
    static let usDepartmentShortNames: WordMap<String> = [
        "DHS": "Homeland Security", "DOJ": "Justice", "DoD": "Defense", "DOD": "Defense", "HHS": "Health and Human Services",
        "HUD": "Housing and Urban Development", "USDA": "Agriculture", "VA": "Veterans Affairs",
    ]

    static let usDepartments: WordSet = [
        "Defense", "Justice", "Treasury", "Homeland Security", "Energy", "Commerce", "Labor", "Agriculture", "Interior",
        "Education", "Transportation", "Veterans Affairs", "Health and Human Services", "Housing and Urban Development",
    ]

    static let departmentWords: WordSet = ["Ministry", "Department"]

    /// Subjects of departments whose sector is not GOV, the first that a department's subject holds deciding.
    static let departmentSectors: KeyValuePairs<String, String> = [
        "defence": "MIL", "defense": "MIL", "armed forces": "MIL", "war": "MIL", "justice": "JUD", "intelligence": "SPY",
        "state security": "SPY", "police": "COP",
    ]
}
