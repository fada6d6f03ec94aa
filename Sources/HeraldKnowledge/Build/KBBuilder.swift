import Foundation

/// Builds the knowledge base from the sources in `../shared/kb` and Herald's own curated table.
///
/// The result is deterministic for the same sources: `herald kb build` writes it to the
/// resource Herald loads, and a rebuild after the sources change is a diff to review.
public struct KBBuilder {
    /// The folder holding the sources (`../shared/kb`).
    public let sources: String
    /// The folder of Herald's curated tables (`curated.kb`, `officials.tsv`, `teams.tsv`), merged last so
    /// that they correct the sources.
    public let curated: String
    /// Smallest population of a city kept as a place.
    public var minimumCityPopulation = 15_000
    /// Whether a word is an ordinary word of English text, usually written in lower case: a city's
    /// alternate name that is one is not kept ("Rim" of Rome, New York; "Veto", "Dawn", "Media").
    public var isCommonWord: (String) -> Bool = { _ in false }
    /// Whether a word is one of English text at all, in either case ("central", "Park").
    public var isEnglishWord: (String) -> Bool = { _ in false }

    public init(sources: String, curated: String) {
        self.sources = sources
        self.curated = curated
    }

    /// What went wrong reading a source.
    public struct BuildError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Builds the knowledge base and a summary of what each source gave.
    public func build() throws -> (base: KnowledgeBase, summary: [String]) {
        var base = KnowledgeBase()
        var summary: [String] = []
        func count(_ label: String, _ before: (Int, Int)) {
            summary.append("\(label): +\(base.actors.count - before.0) actors, +\(base.names.count - before.1) names")
        }
        var mark = (0, 0)
        let countries = try addCountries(to: &base)
        count("countries (iso-codes, mledoze, ngec, cliff, factbook names)", mark)
        mark = (base.actors.count, base.names.count)
        try addPhoenixActors(to: &base, countries: countries)
        count("Phoenix country actors, international bodies, armed groups, agents", mark)
        mark = (base.actors.count, base.names.count)
        try addFactbookLeaders(to: &base, countries: countries)
        count("Factbook heads of state and government", mark)
        mark = (base.actors.count, base.names.count)
        try addPlaces(to: &base, countries: countries)
        count("GeoNames cities of \(minimumCityPopulation)+ and first-level regions", mark)
        mark = (base.actors.count, base.names.count)
        let before = Set(base.actors.map(\.id))
        let officials = try addOfficials(to: &base, from: curated + "/officials.tsv")
        count("Herald's officials table", mark)
        mark = (base.actors.count, base.names.count)
        let table = curated + "/curated.kb"
        try KBFile.read(try String(contentsOfFile: table, encoding: .utf8), source: table, into: &base)
        base.yieldNames(toActors: Set(base.actors.map(\.id)).subtracting(before).union(officials))
        count("Herald's curated table", mark)
        mark = (base.actors.count, base.names.count)
        try addTeams(to: &base, from: curated + "/teams.tsv")
        count("Herald's sports teams", mark)
        base.addSpellingVariants()
        base.addGivenNameForms()
        base.addGivenNameRomanisations()
        base.deduplicate()
        let actorsBefore = base.actors.count
        base.mergeNamesakes()
        summary.append("bodies listed once per name, made one: -\(actorsBefore - base.actors.count) actors")
        return (base, summary)
    }

    func read(_ relative: String) throws -> Data {
        let path = sources + "/" + relative
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BuildError(description: "cannot read \(path)")
        }
        return data
    }

    func json(_ relative: String) throws -> Any {
        try JSONSerialization.jsonObject(with: read(relative))
    }

    func lines(_ relative: String) throws -> [Substring] {
        String(decoding: try read(relative), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }
}

/// Countries known to the build: ISO codes in both lengths.
struct CountryCodes {
    var alpha3ByAlpha2: [String: String] = [:]
    var names: [String: String] = [:]
    /// Independent states (mledoze's `independent`).
    var independent: Set<String> = []

    func id(_ alpha3: String) -> String { "c:" + alpha3 }
}

extension String {
    /// "VLADIMIR_V._PUTIN_" → "Vladimir V. Putin"; "AL-ASSAD" → "Al-Assad"; "McCAIN" stays mixed.
    var titleCasedName: String { titleCased(keepingInitialisms: false) }

    /// A body's name title-cased, its two-letter initialisms kept ("UN General Assembly").
    var titleCasedBodyName: String { titleCased(keepingInitialisms: true) }

    private func titleCased(keepingInitialisms: Bool) -> String {
        split(whereSeparator: { $0 == " " || $0 == "_" }).map { word -> String in
            let w = String(word)
            guard w == w.uppercased(), !(w.contains(".") && w.count <= 6) else { return w }
            // Regnal numbers stay in capitals ("Elizabeth II"); "XI" is more often Xi Jinping.
            if ["II", "III", "IV", "VI", "VII", "VIII", "IX", "XII", "XIII", "XIV", "XV", "XVI"].contains(w) { return w }
            // Two-letter initialisms stay in capitals ("UN General Assembly"), particles do not.
            if keepingInitialisms, w.count == 2, !Self.particles.contains(w) { return w }
            return w.split(separator: "-", omittingEmptySubsequences: false).map { part in
                let cased = part.prefix(1).uppercased() + part.dropFirst().lowercased()
                // "MCCAIN" is McCain and "O'NEILL" O'Neill.
                if cased.count > 3, cased.hasPrefix("Mc") || cased.hasPrefix("O'") {
                    return cased.prefix(2) + cased.dropFirst(2).prefix(1).uppercased() + cased.dropFirst(3)
                }
                return cased
            }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// Two-letter words of names that are not initialisms.
    static let particles: Set<String> = ["OF", "DE", "LA", "LE", "EL", "AL", "BY", "IN", "ON", "TO", "AT", "DU", "DA", "DI", "DO", "AN", "OR", "IS", "ST", "AS", "UP", "NO", "SO"]

    /// A lowercase identifier: "Barack Obama" → "barack-obama".
    var slug: String {
        let folded = folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        var dash = false
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII {
                out.unicodeScalars.append(scalar)
                dash = false
            } else if !dash && !out.isEmpty {
                out.append("-")
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
