import HeraldCore
import HeraldModels

/// Word lists the resolution reads names against: diseases' heads, calendar words, a place's offices
/// written after its name, compass words, divisions, surnames, planets and space; and the tests of single words
/// against them (a month, a word in capitals, a common word, a nationality word).
extension EntityResolution {
    static let diseaseHeads: WordSet = [
        "virus", "viruses", "disease", "fever", "flu", "syndrome", "outbreak", "epidemic", "pandemic", "infection",
        "infections", "vaccine", "vaccines",
    ]

    static let monthNames: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Days and months, which name no one ("May" aside: a month or Theresa May).
    static let calendarWords: WordSet = monthNames.subtracting(["may"])
        .union(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

    /// Days as timetables shorten them ("Closed on Sun & Mon"), no towns of Myanmar.
    static let dayAbbreviations: WordSet = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// Words that end the names of a country's divisions ("Clark County", "Cherry Hill Township").
    static let divisionWords: WordSet = [
        "County", "Township", "Parish", "Borough", "City", "Town", "Village", "District", "Province", "Region", "State", "Municipality",
    ]

    /// The division words that end no person's name ("Town", "City" and "State" may: "Jessica Town").
    static let divisionNameEnds: WordSet = [
        "County", "Township", "Parish", "Borough", "Province", "Municipality", "District", "Village",
    ]

    /// Their plurals, which end lists of divisions' names ("Hamilton, Lake and Stark counties").
    static let divisionPlurals: WordSet = ["counties", "townships", "parishes", "boroughs", "provinces", "municipalities", "districts"]

    /// The 1990 US Census's most frequent surnames, which the entity tagger reads too, the most frequent first.
    private static let censusSurnamesByFrequency = EntityTagger.standardSurnamesByFrequency()

    static let censusSurnames = WordSet(censusSurnamesByFrequency)

    /// The census's 2,000 most frequent surnames (Smith to Reagan), which name too many people to name one alone.
    static let commonSurnames = WordSet(censusSurnamesByFrequency.prefix(2000))

    /// The census's hundred most frequent surnames (Smith to Howard).
    static let commonestSurnames = WordSet(censusSurnamesByFrequency.prefix(100))

    /// Planets, whose names towns bear too.
    static let planetNames: WordSet = ["Jupiter", "Mars", "Saturn", "Neptune", "Uranus", "Pluto", "Venus", "Mercury"]

    /// The planets and the moons the news names, places in a story about space whatever the tagger reads ("Jupiter's
    /// moon Europa" is no woman).
    static let celestialNames: WordSet = planetNames.union([
        "Earth", "Europa", "Titan", "Ganymede", "Callisto", "Io", "Enceladus", "Triton", "Phobos", "Deimos", "Charon", "Ceres",
    ])

    /// Words of stories about space.
    static let spaceWords: WordSet = [
        "planet", "planets", "moon", "moons", "orbit", "orbiter", "spacecraft", "rover", "nasa", "telescope", "astronaut",
        "astronauts", "astronomers", "solar", "probe", "asteroid", "galaxy",
    ]

    /// Calendar words and shortened days in one table, looked up once.
    static let dayWords = calendarWords.union(dayAbbreviations)

    /// Offices of a town or a state, written after its name, and what happened there ("the Orlando nightclub
    /// attack", "Orlando shooter Omar Mateen").
    static let localOffices: WordSet = stateOffices.union([
        "Mayor", "Police", "Sheriff", "Council", "Councilman", "Councilwoman", "Alderman", "Fire", "Schools", "Airport",
        "nightclub", "shooter", "gunman",
    ])

    /// Offices of a state, written after its name: "Virginia Sen. Tim Kaine", "former Virginia governor Jim
    /// Gilmore", "Virginia delegate Beau Correll". (Not "voters" or "state": "Clinton voters" are the
    /// candidate's, not the town's.)
    static let stateOffices: WordSet = [
        "Sen.", "Gov.", "Rep.", "Lt.", "Governor", "governor", "senator", "delegate", "legislature", "Legislature", "Attorney", "attorney",
    ]

    static let compassWords: WordSet = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central", "northern",
        "southern", "eastern", "western", "mid", "upper", "lower",
    ]

    /// Words of a title that follow the name of the body it serves ("White House Press Secretary", "Supreme Court Justice").
    static let titlesAfterBodies: WordSet = [
        "press", "secretary", "spokesman", "spokeswoman", "spokesperson", "justice", "judge", "chief", "director", "chairman",
        "chairwoman", "president", "minister", "ambassador", "commissioner", "adviser", "advisor",
    ]

    /// Words that are no names by themselves ("The", "To The").
    static let functionWords: WordSet = [
        "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "we", "they", "i", "you", "in", "on", "at",
        "of", "for", "and", "but", "or", "if", "when", "while", "as", "my", "our", "your", "his", "her", "their", "its",
        "there", "here", "what", "who", "how", "why", "where", "all", "some", "no", "not", "so", "then", "also", "please",
        "thanks", "thank", "hi", "hello", "yes", "ok", "dear", "mr", "mrs", "ms", "dr", "sir",
    ]

    /// "May" the month: before a number, or after "in", "since", "early", "mid-"…
    func isMonth(_ tokens: Range<Int>) -> Bool {
        guard tokens.count == 1, Self.monthNames.contains(lower[tokens.lowerBound]) else { return false }
        if tokens.upperBound < words.count, words[tokens.upperBound].utf8.first.map({ $0 &- 0x30 < 10 }) == true { return true }
        return tokens.lowerBound > 0 && Offices.monthBefore.contains(lower[tokens.lowerBound - 1])
    }

    /// "IS" and "WHO" in words written in capitals ("WHO IS TO BLAME"): a word, not Islamic State
    /// or the World Health Organization.
    func isShoutedWord(_ tokens: Range<Int>) -> Bool {
        guard tokens.count == 1, Self.functionWords.contains(lower[tokens.lowerBound]) || Self.shoutedWords.contains(lower[tokens.lowerBound])
        else { return false }
        func isCapitals(_ k: Int) -> Bool {
            k >= 0 && k < words.count && sentenceOf[k] == sentenceOf[tokens.lowerBound] && words[k].utf8.contains { $0 &- 0x41 < 26 }
                && !words[k].utf8.contains { $0 &- 0x61 < 26 }
        }
        return isCapitals(tokens.lowerBound - 1) || isCapitals(tokens.lowerBound + 1)
    }

    static let shoutedWords: WordSet = ["is", "am", "be", "do", "go", "up", "me", "oh", "ok", "was", "are", "has", "can", "one"]

    /// Whether `tokens` are one word usually written in lower case ("But", "One").
    func isCommonWord(_ tokens: Range<Int>) -> Bool {
        tokens.count == 1 && Truecaser.standard.usualCase(ofLowercased: lower[tokens.lowerBound]) == false
    }

    /// A word in lower case; a word without capitals or letters beyond ASCII is its own, and no new string is made.
    static func lowercase(_ word: String) -> String {
        word.utf8.contains { $0 &- 0x41 < 26 || $0 >= 0x80 } ? word.lowercased() : word
    }

    /// Whether a word begins with a capital letter: a byte test for ASCII, Unicode's for the rest.
    static func isCapitalised(_ word: String) -> Bool {
        guard let byte = word.utf8.first else { return false }
        if byte < 0x80 { return byte &- 0x41 < 26 }
        return word.first?.isUppercase == true
    }

    /// Whether the word before token `t` is a word of English written with a capital inside its sentence
    /// ("Central" of "Central Park"): `t` ends another name, and a surname there names no one alone. A title,
    /// a job's or a party's word is the person's ("President Park", "Republican Trump").
    func endsAName(_ t: Int) -> Bool {
        guard t > 1, sentenceOf[t - 2] == sentenceOf[t], !Self.opensAPhrase.contains(words[t - 2]), capitalised[t - 1],
              isCommonWord((t - 1)..<t) else { return false }
        return !Self.isTitleWord(lower[t - 1]) && !isNationalityWord(t - 1)
    }

    /// Whether a lower-case word is a title's, a job's or a party's, or a function word: no part of the name
    /// of a place that a person's would be ("President Park").
    /// (Plurals too: "Presidents Reagan and Bush".)
    static func isTitleWord(_ word: String) -> Bool {
        let single = word.hasSuffix("s") ? String(word.dropLast()) : word
        return [word, single].contains { Offices.honorifics.contains($0) || Offices.jobTitleWords.contains($0) || titleHeads.contains($0)
            || Offices.partyWords.contains($0) } || shortFunctionWords.contains(word)
    }

    private static let shortFunctionWords: WordSet = ["a", "an", "and", "at", "by", "if", "in", "no", "on", "or", "the", "to", "with"]

    /// Marks after which a word is written with a capital as at a sentence's start: "(See Trump".
    static let opensAPhrase: WordSet = ["(", "[", "“", "\"", "‘", ":", "—", "–", "-"]

    /// Whether token `token` is a nationality word ("Russian", "Africans").
    func isNationalityWord(_ token: Int) -> Bool {
        nationalityWords.contains { $0.contains(token) }
    }
}
