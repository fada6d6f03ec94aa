import Foundation
import HeraldIO

extension KBBuilder {
    /// Titles that open a Factbook leader entry, longest first.
    static let leaderTitles: [String] = [
        "French Co-prince", "Episcopal Co-prince", "Prime Minister-Designate", "Acting Prime Minister",
        "Interim Prime Minister", "Transitional Prime Minister", "Chairman of the Presidential Council", "Chairman of the Presidency", "Chairman of the State Affairs Commission",
        "Supreme Leader Ayatollah", "Supreme Leader", "Governor General", "Federal Chancellor", "Federal President",
        "Prime Minister", "Vice President", "State Counselor", "Chief Executive", "Chief Adviser", "Interim President",
        "Transitional President", "Acting President", "Executive President", "Grand Duke", "Co-prince", "Captain Regent",
        "President", "Chancellor", "Premier", "King", "Queen", "Emperor", "Emir", "Amir", "Sultan", "Prince",
        "Chairman", "Chairperson", "General", "Lieutenant General", "Colonel", "Sheikh", "Shaykh", "Pope", "Taoiseach",
    ].sorted { $0.count > $1.count }

    /// One leader as a Factbook row names them.
    struct Leader: Hashable {
        var title: String
        var given: [String]
        var surname: [String]
        var since: String?
        var surnameFirst: Bool

        /// "Barack Obama", "Xi Jinping": given names without initials, then the surname.
        var name: String {
            let givenNames = given.filter { !($0.count <= 2 && $0.hasSuffix(".")) }
            let family = surname.map { String($0).titleCasedName }
            return (surnameFirst ? family + givenNames : givenNames + family).joined(separator: " ")
        }
        var key: String { surname.joined(separator: " ").lowercased() }
        /// A monarch or pope named by one name and perhaps a number ("Pope FRANCIS", "King FELIPE VI").
        var isMonarch: Bool {
            given.isEmpty && !surnameFirst && ["Pope", "King", "Queen", "Emperor", "Emir", "Amir", "Sultan", "Grand Duke", "Prince"].contains(title)
                && (surname.count == 1 || surname.count == 2 && surname[1].allSatisfy { "IVXL".contains($0) })
        }
    }

    /// Heads of state and of government with terms, from the Factbook's history since 2015.
    func addFactbookLeaders(to base: inout KnowledgeBase, countries: CountryCodes) throws {
        struct Row { var iso2, first, last, chief, government: String }
        var rows: [Row] = []
        var newest = ""
        for line in try lines("factbook-derived/factbook_leaders_history.tsv").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 7 else { continue }
            rows.append(Row(iso2: f[1], first: f[3], last: f[4], chief: f[5], government: f[6]))
            newest = max(newest, f[4])
        }
        // Existing people by country and surname, to merge with what Phoenix knows.
        var people: [String: String] = [:]
        for actor in base.actors where actor.kind == .person {
            if let country = actor.country, let surname = actor.name.split(separator: " ").last {
                people["\(country)|\(surname.lowercased())|\(Self.givenName(actor.name.split(separator: " ").first!))"] = actor.id
            }
        }
        // The words of countries' names and demonyms, which a title's "of Australia" leaves before a name.
        let placeWords = Set(base.names.filter { base.actors[$0.actor].kind == .country }.flatMap { $0.text.lowercased().split(separator: " ").map(String.init) })
        let fields: [(KeyPath<Row, String>, String)] = [(\Row.chief, "head of state"), (\Row.government, "head of government")]
        for (field, title) in fields {
            // Per country, each leader's term: its first and last row. A leader who returns, in office since a
            // day after his last row ("since 20 January 2025" after rows to 2021), begins another term, which ends
            // his successor's (Joe Biden's).
            var spans: [String: [(leader: Leader, first: String, last: String)]] = [:]
            for row in rows {
                guard let leader = Self.leader(row[keyPath: field].replacingOccurrences(of: "\"\"", with: "\""), placeWords: placeWords) else { continue }
                var list = spans[row.iso2, default: []]
                if let index = list.lastIndex(where: { span in
                    span.leader.key == leader.key && !(leader.since.map { since in since > span.last } ?? false)
                }) {
                    list[index].last = max(list[index].last, row.last)
                } else {
                    list.append((leader, row.first, row.last))
                }
                spans[row.iso2] = list
            }
            // Monarchs known by one name, by how many countries list them ("King CHARLES III" reigns in fifteen).
            var realms: [String: Set<String>] = [:]
            for (iso2, list) in spans {
                for span in list where span.leader.isMonarch { realms[span.leader.name, default: []].insert(iso2) }
            }
            for (iso2, list) in spans {
                // Dependencies list their sovereign's head of state: only independent countries count.
                guard let country = countries.alpha3ByAlpha2[iso2], base["c:\(country)"] != nil,
                      countries.independent.contains(country)
                else { continue }
                for (position, span) in list.enumerated() {
                    let leader = span.leader
                    guard let id = addLeader(leader, of: country, realms: realms, people: &people, to: &base) else { continue }
                    // The term ends when the next leader appears, unless this one is still listed.
                    // (The Factbook lags: the successor's "since" day is a better end than the row dates.)
                    let next = list[(position + 1)...].first { $0.first > span.first }
                    let start = leader.since ?? span.first
                    var end = span.last >= newest ? nil : next?.leader.since ?? next?.first ?? span.last
                    // (A successor's "since" written wrong, before this term began: the term's last row instead.)
                    if let day = end, day < start { end = span.last }
                    base.addRole(Actor.Role(code: country + "GOV", title: title, start: start, end: end), to: id)
                }
            }
        }
    }

    /// The person a Factbook leader is, added with their names if new: its id, or nil for a name that
    /// names no one in particular. `people` holds the ids by country, surname and given name.
    private func addLeader(_ leader: Leader, of country: String, realms: [String: Set<String>], people: inout [String: String],
                           to base: inout KnowledgeBase) -> String? {
        if leader.isMonarch {
            // By title and name ("Pope Francis", "Emperor Naruhito", "King Felipe VI"), and by a name with its
            // regnal number alone; a monarch whom several realms share is left out.
            guard realms[leader.name]?.count == 1 else { return nil }
            let titled = "\(leader.title) \(leader.name)"
            let id = base["p:\(country):\(leader.name.slug)"] != nil ? "p:\(country):\(leader.name.slug)" : "p:\(country):\(titled.slug)"
            if base[id] == nil { base.add(Actor(id: id, kind: .person, name: titled, country: country)) }
            base.addName(titled, to: id)
            if leader.surname.count > 1 { base.addName(leader.name, to: id) }
            return id
        }
        let name = leader.name
        // (A leader whose whole name is in capitals has no given name: "MIN AUNG HLAING", "HUN SEN"; not a
        // monarch, whom the realms share ("CHARLES III"), nor one word of a name cut short.)
        let wholeName = leader.given.isEmpty && leader.surname.count >= 2
            && leader.surname.last.map { !$0.allSatisfy { "IVXL".contains($0) } } == true
        // (A name written family first keys on its given name too: "LEE Ju Ho" and "LEE Jae-myung" are two people.)
        guard !name.isEmpty, let given = leader.given.first ?? (wholeName ? leader.surname.first : nil) else { return nil }
        let key = "\(country)|\(leader.surname.last!.lowercased())|\(Self.givenName(given))"
        let id = people[key] ?? "p:\(country):\(name.slug)"
        if base[id] == nil {
            base.add(Actor(id: id, kind: .person, name: name, country: country))
            people[key] = id
        }
        base.addName(name, to: id)
        let full = (leader.given + leader.surname.map { String($0).titleCasedName }).joined(separator: " ")
        if full != name { base.addName(full, to: id) }
        base.addName(leader.surname.map { String($0).titleCasedName }.joined(separator: " "), to: id, kind: .surname)
        return id
    }

    /// A given name in lower case, its everyday form for the formal one ("Joseph" → "joe"), so that
    /// the Factbook's "Joseph R. BIDEN" is the Phoenix dictionary's "Joe Biden".
    static func givenName(_ name: some StringProtocol) -> String {
        let lower = name.lowercased()
        return givenNameForms[lower] ?? lower
    }

    private static let givenNameForms: [String: String] = [
        "joseph": "joe", "william": "bill", "robert": "bob", "james": "jim", "thomas": "tom", "michael": "mike",
        "richard": "dick", "edward": "ed", "anthony": "tony", "nicholas": "nick", "alexander": "alex",
        "binyamin": "benjamin",
    ]

    /// The given names among the words before a surname, less what is left of a longer title: "President
    /// of the Swiss Confederation Alain BERSET" leaves "Alain", "Chairman of the Council of Ministers Gen.
    /// Raul CASTRO" leaves "Raul", "Queen of Australia ELIZABETH II" leaves nothing. `placeWords` are
    /// the words of countries' names and of their peoples' (lowercased).
    static func givenNames(before words: ArraySlice<String>, placeWords: Set<String>) -> [String] {
        // Nothing up to the last small word ("of", "the", "and") is a given name.
        let cut = words.lastIndex { $0.first?.isLowercase == true }
        var given = Array(words[(cut.map { $0 + 1 } ?? words.startIndex)...])
        while let first = given.first?.lowercased(), titleWords.contains(first) || cut != nil && placeWords.contains(first) {
            given.removeFirst()
        }
        return given
    }

    /// Small words inside Arabic, Portuguese and Dutch names.
    private static let nameParticles: Set<String> = ["bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "van", "von", "der"]

    /// Words of titles and of the bodies they name that may stand before the given names once the
    /// leading title is cut ("Prime Minister", "Council of Ministers", "Sr. Gen.").
    private static let titleWords: Set<String> = [
        "president", "vice", "prime", "minister", "ministers", "foreign", "interior", "chief", "head", "acting", "speaker",
        "commander", "leader", "overall", "supreme", "first", "deputy", "chairman", "captain", "captains", "regent", "co-chiefs",
        "presidents", "political", "people's", "assembly", "archbishop",
        "general", "sir", "gen.", "brig.", "sr.", "lt.", "col.", "maj.", "dr.", "republic", "confederation", "federation",
        "council", "presidency", "state", "affairs", "commission", "government", "kingdom", "principality",
        "representatives", "homeland", "islamic", "taliban",
    ]

    /// Parses "President Barack H. OBAMA (since 20 January 2009); Vice President …".
    static func leader(_ text: String, placeWords: Set<String> = []) -> Leader? {
        let text = text.replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "&nbsp;", with: " ")
        guard let first = text.split(separator: ";").first else { return nil }
        var part = String(first)
        var since: String?
        if let open = part.range(of: "(since ") {
            let rest = part[open.upperBound...]
            if let close = rest.firstIndex(of: ")") { since = PublicationDate.normalize(String(rest[..<close])) }
            part = String(part[..<open.lowerBound])
        }
        // Drop nicknames in quotes and what brackets hold ("(Prime Minister)", "(KP)", "(Ret.)").
        var cleaned = ""
        var quoted = false
        var bracketed = 0
        for character in part {
            if character == "\"" { quoted.toggle(); continue }
            if character == "(" { bracketed += 1; continue }
            if character == ")" { bracketed = max(0, bracketed - 1); continue }
            if !quoted && bracketed == 0 { cleaned.append(character) }
        }
        // What follows a comma is no part of the name: "Joseph R. BIDEN, Jr.", "WACHIRALONGKON, also spelled …".
        var rest = String(cleaned.prefix { $0 != "," }).trimmingCharacters(in: .whitespaces)
        var title = ""
        for candidate in leaderTitles where rest.lowercased().hasPrefix(candidate.lowercased() + " ") {
            title = candidate
            rest = String(rest.dropFirst(candidate.count + 1))
            break
        }
        let words = rest.split(separator: " ").map(String.init).filter { !$0.isEmpty }
        func isCaps(_ word: String) -> Bool {
            let letters = word.filter(\.isLetter)
            return letters.count >= 2 && letters == letters.uppercased()
        }
        guard let firstCaps = words.firstIndex(where: isCaps) else { return nil }
        var lastCaps = firstCaps
        while lastCaps + 1 < words.count, isCaps(words[lastCaps + 1]) { lastCaps += 1 }
        let surname = Array(words[firstCaps...lastCaps])
        let surnameFirst = firstCaps == 0 && lastCaps + 1 < words.count
        // Given names after the surname ("XI Jinping", "TAMIM bin Hamad Al Thani"), not what a note goes on to say
        // ("HAN Duck-soo became Acting President …").
        let given = surnameFirst ? Array(words[(lastCaps + 1)...].prefix { $0.first?.isLowercase != true || nameParticles.contains($0) || $0.hasPrefix("al-") })
            : Self.givenNames(before: words[..<firstCaps], placeWords: placeWords)
        return Leader(title: title, given: given, surname: surname, since: since, surnameFirst: surnameFirst)
    }
}
