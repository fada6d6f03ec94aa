import HeraldCore
import HeraldKnowledge
import HeraldModels

/// People the knowledge base lacks by part of their names: a first name alone, a surname alone, a
/// surname of two words joined by a hyphen or a particle ("Holtz-Eakin", "de Blasio").
extension EntityResolution {
    /// Particles of surnames, written in lower case before the capitalised rest ("de Blasio", "van der Bellen").
    static let surnameParticles: WordSet = ["de", "du", "des", "la", "le", "al", "bin", "ibn", "von", "van", "der", "den", "da", "di", "dos"]

    /// A person named by one word ("Sanders", "Rubio") is the person the article names in full
    /// with that last word ("Bernie Sanders", "Marco Rubio"), whichever way each was found; of
    /// two such people ("Hillary Clinton", then "Bill Clinton"), the one named first.
    mutating func joinSurnames() {
        var fullNames: [String: [(key: String?, actor: Int?)]] = [:]
        for actor in mentions.keys where base.actors[actor].kind == .person {
            if let last = base.actors[actor].name.spaceSeparatedWords.last, base.actors[actor].name.utf8.contains(0x20) {
                fullNames[last.lowercased(), default: []].append((nil, actor))
            }
        }
        // (Each key's surname once: a key of one word is a surname, and has none.)
        var surnames: [String: String] = [:]
        for key in unknownPeople.keys where key.utf8.contains(0x20) {
            if let surname = Self.surname(ofKey: key) { surnames[key] = surname }
        }
        for (key, surname) in surnames {
            fullNames[surname.lowercased(), default: []].append((key, nil))
            // (A double surname's first part too, as Spanish names a person: "Sada" of "Carlos Manuel Sada Solana".)
            if let first = Self.firstOfDoubleSurname(key.spaceSeparatedWords, firstNames: firstNames) {
                fullNames[first.lowercased(), default: []].append((key, nil))
            }
        }
        func first(_ person: (key: String?, actor: Int?)) -> Int {
            if let actor = person.actor { return firstMention(actor) }
            return person.key.flatMap { unknownPeople[$0]?.map(\.lowerBound).min() } ?? Int.max
        }
        // (A surname of two a hyphen joins is one: "Holtz - Eakin" after "Douglas Holtz - Eakin".)
        for key in unknownPeople.keys.sorted() where surnames[key] == nil {
            func name(_ person: (key: String?, actor: Int?)) -> String { person.key ?? person.actor.map { base.actors[$0].name } ?? "" }
            guard let person = fullNames[key.lowercased()]?.min(by: { a, b in
                      let (fa, fb) = (first(a), first(b))
                      return fa != fb ? fa < fb : name(a) < name(b)
                  }),
                  let ranges = unknownPeople[key] else { continue }
            unknownPeople[key] = nil
            if let actor = person.actor {
                for range in ranges { add(actor, range) }
            } else if let full = person.key {
                unknownPeople[full, default: []].append(contentsOf: ranges)
            }
        }
        joinDoubleSurnames()
        joinMiddleNames()
        joinEpithets()
    }

    /// A word of English that is no given name or surname before a first name is an epithet, and the first name the one
    /// person of that first name the article names in full: "Crooked Hillary" is Hillary Clinton, "Lyin Ted" Ted Cruz.
    mutating func joinEpithets() {
        var people: [Substring: [(actor: Int?, key: String?)]]?
        for key in unknownPeople.keys.sorted() {
            let parts = key.spaceSeparatedWords
            // (A word of English text, which the casing lexicon knows, whichever way it writes it: it learnt "Crooked" from
            // "Crooked Hillary". Not a surname, an initial, a word with a capital inside, "LeBron James", nor a name the
            // lexicon does not know, "Saqlain Mushtaq".)
            guard parts.count == 2, !givenNames.contains(String(parts[0])), givenNames.contains(String(parts[1])),
                  !Self.censusSurnames.contains(String(parts[0])), parts[0].utf8.count >= 3,
                  parts[0].utf8.dropFirst().allSatisfy({ $0 &- 0x61 < 26 }),
                  Truecaser.standard.usualCase(ofLowercased: parts[0].lowercased()) != nil
            else { continue }
            if people == nil { people = peopleByFirstName() }
            guard let named = people?[parts[1]], named.count == 1, named[0].key != key, let ranges = unknownPeople.removeValue(forKey: key) else { continue }
            give(ranges.map { ($0.upperBound - 1)..<$0.upperBound }, to: named[0])
        }
    }

    /// Generational suffixes, which make a name another person's ("Donald Trump Jr.").
    static let generations: WordSet = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]

    /// A name of three words or more is the person the article names by its first and last words alone, with a middle
    /// name or initial ("Alan Mark Grayson" is Alan Grayson, "Blair W. Effron" Blair Effron), unless a generation
    /// ends it ("Donald Trump Jr.").
    mutating func joinMiddleNames() {
        for key in unknownPeople.keys.sorted() {
            let parts = key.spaceSeparatedWords
            guard parts.count >= 3, let first = parts.first, let last = parts.last, !Self.generations.contains(String(last)),
                  !parts.contains("-"), !Self.surnameParticles.contains(parts[parts.count - 2].lowercased()) else { continue }
            let short = String(first + " " + last)
            let people = mentions.keys.filter { base.actors[$0].kind == .person && base.actors[$0].name == short }
            let unknown = unknownPeople[short] != nil
            guard people.count + (unknown ? 1 : 0) == 1, let ranges = unknownPeople.removeValue(forKey: key) else { continue }
            give(ranges, to: (people.first, people.isEmpty ? short : nil))
            // So are the words before the last alone, a maiden or middle name after the first: "Nancy Davis" of "Nancy
            // Davis Reagan".
            if let heads = unknownPeople.removeValue(forKey: parts.dropLast().joined(separator: " ")) {
                give(heads, to: (people.first, people.isEmpty ? short : nil))
            }
        }
    }

    /// A name of two words or more whose first is no given name ("Eskelsen García", "Vander Plaats") is the one
    /// person the article names in full with those words after a given name ("Lily Eskelsen García", "Bob Vander Plaats").
    mutating func joinDoubleSurnames() {
        func isGiven(_ word: Substring) -> Bool { givenNames.contains(String(word)) || firstNames.contains(String(word)) }
        for key in unknownPeople.keys.sorted() where key.utf8.contains(0x20) {
            guard let first = key.spaceSeparatedWords.first, !isGiven(first) else { continue }
            let suffix = " " + key
            let people = mentions.keys.filter { actor in
                base.actors[actor].kind == .person && base.actors[actor].name.hasSuffix(suffix)
                    && base.actors[actor].name.spaceSeparatedWords.first.map(isGiven) == true
            }
            let unknown = unknownPeople.keys.filter { $0.hasSuffix(suffix) && $0.spaceSeparatedWords.first.map(isGiven) == true }
            guard people.count + unknown.count == 1, let ranges = unknownPeople.removeValue(forKey: key) else { continue }
            give(ranges, to: (people.first, unknown.first))
        }
    }

    /// Adds mentions to a person: the knowledge base's `actor`, else the unknown person `key`.
    mutating func give(_ ranges: [Range<Int>], to person: (actor: Int?, key: String?)) {
        if let actor = person.actor {
            for range in ranges { add(actor, range) }
        } else if let key = person.key {
            unknownPeople[key, default: []].append(contentsOf: ranges)
        }
    }

    /// Names the tagger read as places' that are people's: a first name, then a surname of the census, and
    /// no word that names places ("Alicia Machado", though Machado is a Brazilian town; "Ron Johnson"; not
    /// "Jackson Park", "Clark County", "Glen Ellyn" or "Dallas Fort Worth").
    /// The other way, a name the tagger read as a person's that begins or follows a place's word is a place's
    /// ("St. Lucie", "Fort Hood", "Lake Tahoe"; not "San", "Santa" or "Saint": Santa Claus, Saint Peter).
    static func peopleReadAsPlaces(_ tagged: [(Range<Int>, String)], words: [String], firstNames: WordSet) -> [(Range<Int>, String)] {
        tagged.map { range, type in
            if type == "PER", range.count > 1 && placeWordsBeforeNames.contains(words[range.lowerBound])
                || range.lowerBound > 0 && placeWordsBeforeNames.contains(words[range.lowerBound - 1]) {
                var start = range.lowerBound
                while start > 0, placeWordsBeforeNames.contains(words[start - 1]) { start -= 1 }  // "Port St. Lucie"
                return (start..<range.upperBound, "LOC")
            }
            guard type == "LOC", (2...3).contains(range.count), firstNames.contains(words[range.lowerBound]),
                  censusSurnames.contains(words[range.upperBound - 1]),
                  !range.contains(where: { geographyWords.contains(words[$0]) || divisionWords.contains(words[$0]) || placeNamePrefixes.contains(words[$0]) })
            else { return (range, type) }
            return (range, "PER")
        }
    }

    /// Words that begin places' names and no person's: the prefixes of places' names but those of saints, Santa
    /// Claus and Glens.
    static let placeWordsBeforeNames = placeNamePrefixes.subtracting(["Saint", "San", "Santa", "Glen"])

    /// A word the tagger read alone as a place the knowledge base does not know, which is the first name or
    /// the surname of someone the article names in full, is a person's ("their daughter, Chelsea" beside
    /// "Chelsea Clinton"; "Machado" beside "Alicia Machado"), unless it stands plainly as a town ("in Chelsea").
    mutating func peopleReadAsPlacesAlone() {
        var parts = Set<Substring>()
        func addParts(_ name: String) {
            let words = name.spaceSeparatedWords
            guard words.count > 1, let first = words.first, let last = words.last else { return }
            parts.insert(first)
            parts.insert(last)
        }
        for key in unknownPeople.keys { addParts(key) }
        for actor in mentions.keys where base.actors[actor].kind == .person { addParts(base.actors[actor].name) }
        let places = unknownOthers.filter { key, other in
            other.kind == .location && !key.utf8.contains(0x20) && parts.contains(Substring(key))
        }
        for (key, place) in places where !place.ranges.contains(where: { isPlainlyTown($0) }) {
            unknownOthers[key] = nil
            unknownPeople[key, default: []].append(contentsOf: place.ranges)
        }
    }

    /// The first part of a double surname, as Spanish and Portuguese name people ("Sada" of "Carlos Manuel Sada
    /// Solana", "López" of "Andrés Manuel López Obrador"): the word before the last of a name of three words or
    /// more that is no first name, initial or particle; nil for other names.
    static func firstOfDoubleSurname<S: StringProtocol>(_ words: [S], firstNames: WordSet) -> String? {
        guard words.count >= 3, case let word = String(words[words.count - 2]), word.first?.isUppercase == true, word.utf8.count > 2,
              !firstNames.contains(word), !isInitials(word), !surnameParticles.contains(word.lowercased())
        else { return nil }
        return word
    }

    /// The surname of an unknown person's key (words joined by spaces): its last word with the words a
    /// hyphen joins to it ("Douglas Holtz - Eakin": "Holtz - Eakin"); nil if the key is a surname alone.
    /// Its particles are the surname's too ("Bill de Blasio": "de Blasio"; "Marine Le Pen": "Le Pen"), and a
    /// key that begins with one is a surname ("De Blasio", "Van Dyke"; not "Al Sharpton").
    static func surname(ofKey key: String) -> String? {
        guard key.utf8.contains(0x20) else { return nil }
        let words = key.spaceSeparatedWords
        if words.count > 1, let first = words.first, first != "Al", first != "Bin", first != "Ibn",
           first.first?.isUppercase == true, surnameParticles.contains(first.lowercased()) { return nil }
        var start = words.count - 1
        while start >= 2, words[start - 1] == "-" { start -= 2 }
        while start >= 2, surnameParticles.contains(words[start - 1].lowercased()) { start -= 1 }
        guard start > 0 else { return nil }
        return words[start...].joined(separator: " ")
    }

    /// The full name of the first name at token `t` that "and" joins to a person's full name, whose surname
    /// it shares: "Bill" of "Bill and Hillary Clinton" is Bill Clinton, "Bill" of "Bill and Melinda Gates" Bill
    /// Gates. Nil unless both are first names and a full name follows ("Trump and Hillary Clinton", "Bill and
    /// Hillary" stay as they are), where the first is the surname of someone the article names ("Carson and
    /// Donald Trump" after "Ben Carson") or the full name a street's ("Allen and Stanton Streets").
    func nameSharingSurname(_ t: Int) -> String? {
        guard t + 3 < words.count, lower[t + 1] == "and", firstNames.contains(words[t]), firstNames.contains(words[t + 2]),
              sentenceOf[t + 3] == sentenceOf[t], taggedSurnames[words[t]] == nil,
              !mentions.keys.contains(where: { base.actors[$0].kind == .person && base.actors[$0].name.hasSuffix(" " + words[t]) })
        else { return nil }
        // The full name after "and": the tagger's, or a person the knowledge base names.
        var end: Int?
        if let index = taggedAt[t + 2], tagged[index].1 == "PER", tagged[index].0.lowerBound == t + 2 { end = tagged[index].0.upperBound }
        if let index = matchAt[t + 2], matches[index].names.contains(where: { base.actors[base.names[$0].actor].kind == .person }) {
            end = max(end ?? 0, matches[index].tokens.upperBound)
        }
        guard let end, end - (t + 2) >= 2, case let last = words[end - 1],
              !Self.geographyWords.contains(last), !(last.hasSuffix("s") && Self.geographyWords.contains(String(last.dropLast()))),
              let surname = Self.surname(ofKey: words[(t + 2)..<end].joined(separator: " ")) else { return nil }
        return words[t] + " " + surname
    }

    /// Adds `range` as a mention of the person named `full`: the knowledge base's, else an unknown person of that name.
    mutating func addPerson(named full: String, _ range: Range<Int>) {
        if let actor = knownPerson(named: full) { add(actor, range) } else { unknownPeople[full, default: []].append(range) }
    }

    /// The one person the knowledge base names exactly so, if there is one.
    func knownPerson(named name: String) -> Int? {
        guard let matcher else { return nil }
        let people = Set(matcher.names(writtenAs: name.spaceSeparatedWords.map(String.init)).map { base.names[$0].actor }.filter {
            base.actors[$0].kind == .person
        })
        return people.count == 1 ? people.first : nil
    }

    /// A surname the article gives a person alone ("Mr. Hannity", "Hannity said"), after a first name the
    /// tagger did not read as part of it ("That person is Sean Hannity"), names that person in full: the first
    /// name joins it. A first name is a census one, or a capitalised word English does not write in lower case
    /// ("Huma Abedin", "Ingvar Kamprad"), and no acronym, title, party or nationality ("RJR", "Mr.", "Democrat", "Iraqi").
    mutating func firstNamesBeforeSurnames(taken: [Bool]) {
        // (Only surnames named more than once, one of them after a capitalised word: most articles have none.)
        var keys: [String] = []
        for (key, ranges) in unknownPeople where ranges.count > 1 && !key.utf8.contains(0x20)
            && ranges.contains(where: { $0.lowerBound > 0 && capitalised[$0.lowerBound - 1] }) {
            keys.append(key)
        }
        for key in keys.sorted() {
            guard let ranges = unknownPeople[key] else { continue }
            var full: [String: [Range<Int>]] = [:]
            var rest: [Range<Int>] = []
            for range in ranges {
                let f = range.lowerBound - 1
                guard range.count == 1, f >= 0, sentenceOf[f] == sentenceOf[range.lowerBound], !taken[f] || isLoneName(f),
                      capitalised[f], words[f].utf8.count > 2, words[f].utf8.contains(where: { $0 &- 0x61 < 26 }),
                      !words[f].utf8.contains(where: { $0 == 0x2E }),
                      case let usual = Truecaser.standard.usualCase(ofLowercased: lower[f]), firstNames.contains(words[f]) || usual == nil,
                      // (A sentence's first word that is a word too begins it: "Will Warren continue …?")
                      usual != false || f > 0 && sentenceOf[f - 1] == sentenceOf[f],
                      !Offices.honorifics.contains(lower[f]), !Offices.jobTitleWords.contains(lower[f]), Self.partyStems[lower[f]] == nil,
                      !isNationalityWord(f), !(f > 0 && sentenceOf[f - 1] == sentenceOf[f] && capitalised[f - 1])
                else {
                    rest.append(range)
                    continue
                }
                full[words[f] + " " + key, default: []].append(f..<range.upperBound)
            }
            guard !full.isEmpty else { continue }
            for (name, named) in full {
                for range in named { removeLoneName(range.lowerBound) }
                unknownPeople[name, default: []].append(contentsOf: named)
            }
            unknownPeople[key] = rest
        }
    }

    /// Whether token `t` is a one-word unknown person's whole mention (the tagger's "Sean" of "Sean Hannity").
    private func isLoneName(_ t: Int) -> Bool { unknownPeople[words[t]]?.contains(t..<(t + 1)) == true }

    /// Takes token `t` from the one-word unknown person of its word, whose mention it was.
    mutating func removeLoneName(_ t: Int) {
        guard var ranges = unknownPeople[words[t]], let index = ranges.firstIndex(of: t..<(t + 1)) else { return }
        ranges.remove(at: index)
        unknownPeople[words[t]] = ranges.isEmpty ? nil : ranges
    }

    /// A first name the tagger read alone before the article named its person in full ("the couple's
    /// daughter, Chelsea" … "Chelsea Clinton"; "his wife, Melania" … "Melania Trump") is that person, the one of
    /// that first name.
    /// (Not a surname of someone named in full, "says Joseph" after "Justin Renel Joseph", "President Carter"
    /// after "Jimmy Carter"; nor a name after a title, "Mayor Bill de Blasio" read as "Bill".)
    mutating func joinFirstNamesNamedBefore() {
        // (A census first name, or a word that is neither a census surname nor a word of English: "Melania".)
        let keys = unknownPeople.keys.filter { key in
            !key.utf8.contains(0x20) && (firstNames.contains(key) || !Self.censusSurnames.contains(key)
                && Truecaser.standard.usualCase(ofLowercased: key.lowercased()) != false)
        }.sorted()
        // (Only where someone is named in full with one of those words first: no index is built for nothing.)
        guard keys.contains(where: { key in
            unknownPeople.keys.contains { $0.hasPrefix(key + " ") }
                || mentions.keys.contains { base.actors[$0].kind == .person && base.actors[$0].name.hasPrefix(key + " ") }
        }) else { return }
        let people = peopleByFirstName()
        guard !people.isEmpty else { return }
        var surnames = Set<Substring>()
        for key in unknownPeople.keys { if key.utf8.contains(0x20), let last = key.spaceSeparatedWords.last { surnames.insert(last) } }
        for actor in mentions.keys where base.actors[actor].kind == .person {
            if let last = base.actors[actor].name.spaceSeparatedWords.last { surnames.insert(last) }
        }
        for key in keys where !surnames.contains(Substring(key)) {
            guard let named = people[Substring(key)], named.count == 1, let ranges = unknownPeople[key],
                  !ranges.contains(where: { isAfterTitle($0.lowerBound) || $0.lowerBound > 0 && Offices.jobTitleWords.contains(lower[$0.lowerBound - 1]) })
            else { continue }
            unknownPeople[key] = nil
            if let actor = named[0].actor { for range in ranges { add(actor, range) } }
            if let full = named[0].key { unknownPeople[full, default: []].append(contentsOf: ranges) }
        }
    }

    /// A surname of two joined by a hyphen ("Lopez-Cantera"), which the tagger reads as two names, is the
    /// person the article names in full with it ("Lt. Gov. Carlos Lopez-Cantera", "Douglas Holtz-Eakin").
    mutating func addHyphenatedSurnames(taken: inout [Bool]) {
        guard words.contains("-") else { return }
        var people: [String: String] = [:]
        for key in unknownPeople.keys {
            if let surname = Self.surname(ofKey: key), surname.utf8.contains(UInt8(ascii: "-")) { people[surname] = people[surname].map { min($0, key) } ?? key }
        }
        for (range, type) in tagged where type == "PER" && range.count >= 4 {
            let key = words[range].joined(separator: " ")
            if let surname = Self.surname(ofKey: key), surname.utf8.contains(UInt8(ascii: "-")), people[surname] == nil { people[surname] = key }
        }
        guard !people.isEmpty else { return }
        // (The surname alone: not within a longer name, "Douglas Holtz-Eakin" itself or "Ghassan Abu-Laban".)
        var withinName = [Bool](repeating: false, count: words.count)
        for (range, type) in tagged where type == "PER" && range.count > 3 { for k in range { withinName[k] = true } }
        var t = 0
        while t + 2 < words.count {
            defer { t += 1 }
            guard words[t + 1] == "-", !taken[t], !taken[t + 2], !withinName[t], sentenceOf[t] == sentenceOf[t + 2],
                  t == 0 || sentenceOf[t - 1] != sentenceOf[t] || !capitalised[t - 1],
                  let key = people[words[t] + " - " + words[t + 2]] else { continue }
            unknownPeople[key, default: []].append(t..<(t + 3))
            for k in t..<(t + 3) { taken[k] = true }
        }
    }

    /// A first name alone, within a sentence and before no other name, is the one person of that first
    /// name the article names in full ("Hillary" after "Hillary Clinton"), however the tagger read it.
    mutating func addFirstNames(taken: inout [Bool]) {
        let people = peopleByFirstName()
        guard !people.isEmpty else { return }
        // (A capital first, a cheap test, before any look-up.)
        for t in 1..<max(words.count, 1) where !taken[t] && capitalised[t] && words[t].utf8.first.map({ $0 &- 0x41 < 26 }) == true && sentenceOf[t - 1] == sentenceOf[t] {
            guard t + 1 >= words.count || !capitalised[t + 1], people[Substring(words[t])] != nil,
                  firstNames.contains(words[t]), join(firstName: t, to: people) else { continue }
            taken[t] = true
        }
    }

    /// The people the article names in full, by first name: knowledge-base actors and the keys of
    /// unknown people.
    func peopleByFirstName() -> [Substring: [(actor: Int?, key: String?)]] {
        var people: [Substring: [(actor: Int?, key: String?)]] = [:]
        for actor in mentions.keys where base.actors[actor].kind == .person {
            if let first = base.actors[actor].name.spaceSeparatedWords.first { people[first, default: []].append((actor, nil)) }
        }
        for key in unknownPeople.keys {
            if let first = key.spaceSeparatedWords.first, key.utf8.contains(0x20) { people[first, default: []].append((nil, key)) }
        }
        return people
    }

    /// Adds token `t` as a mention of the one person `people` has by that first name; false if none or several.
    mutating func join(firstName t: Int, to people: [Substring: [(actor: Int?, key: String?)]]) -> Bool {
        guard let named = people[Substring(words[t])], named.count == 1 else { return false }
        give([t..<(t + 1)], to: named[0])
        return true
    }
}
