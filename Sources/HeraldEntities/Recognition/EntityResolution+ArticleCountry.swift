import HeraldKnowledge

/// Which countries the article is about, as the names it has read so far tell.
extension EntityResolution {
    /// The population of `country`, by its code; 0 if unknown.
    func countryPopulation(_ country: String?) -> Double {
        country.flatMap { base["c:" + $0]?.place?.population }.map(Double.init) ?? 0
    }

    /// Whether the article already names something of `country` (the country, its places or people) besides actor `besides`;
    /// not a company or an outlet, which the news of every country names ("Uber" and "Associated Press" make no story American).
    func isArticleCountry(_ country: String?, besides: Int? = nil) -> Bool {
        guard let country else { return false }
        return mentions.keys.contains { $0 != besides && base.actors[$0].country == country && tellsCountry($0) }
    }

    /// How much nearer the article has brought `country`'s places: 20 for the country whose actors it has named most
    /// (ties all count), 5 for another it has named, 1 for the rest; `counts` from ``countryMentionCounts()``.
    func nearness(of country: String?, in counts: [String: Int]) -> Double {
        guard let country, let own = counts[country] else { return 1 }
        return own >= counts.values.max() ?? 0 ? 20 : 5
    }

    /// The mentions so far of each country's actors, less companies and outlets (see ``tellsCountry(_:)``).
    func countryMentionCounts() -> [String: Int] {
        var counts: [String: Int] = [:]
        for (index, ranges) in mentions where tellsCountry(index) {
            if let country = base.actors[index].country { counts[country, default: 0] += ranges.count }
        }
        return counts
    }

    /// Whether naming actor `index` says where the story is: not a company's or an outlet's name.
    func tellsCountry(_ index: Int) -> Bool {
        base.actors[index].kind != .media && base.actors[index].code?.hasPrefix("MNC") != true
    }
}
