import HeraldCore

/// Names that are neither people, organisations nor places (see ``OtherNames``).
extension EntityResolution {
    /// The document's words of affiliation and languages, its treaties and laws (``laws``), and its named events:
    /// a capitalised name before an event's or a law's head word ("World Cup", "Asian Games", "Japanese
    /// Grand Prix", "Cold War", "Nobel Peace Prize", "Patriot Act", "Second Amendment"), an event's own
    /// name ("Olympics", "Ramadan"), the Bill of Rights and court cases ("Roe v. Wade").
    var otherNames: [OtherName] {
        var found: [OtherName] = []
        var t = 0
        var nextLaw = 0
        while t < words.count {
            let word = words[t]
            defer { t += 1 }
            if nextLaw < laws.count, laws[nextLaw].lowerBound == t {
                let law = laws[nextLaw]
                nextLaw += 1
                found.removeAll { $0.tokens.overlaps(law) }
                found.append(OtherName(tokens: law, kind: .agreement))
                t = law.upperBound - 1
                continue
            }
            guard capitalised[t], word.utf8.first.map({ $0 &- 0x41 < 26 }) == true, let category = Self.otherWords[word] else { continue }
            if category == .dayModifier {
                if isDayEvent(t) {
                    found.append(OtherName(tokens: t..<(t + 2), kind: .event))
                    t += 1
                }
            } else if category == .head(.event), let name = name(before: t) {
                found.removeAll { $0.tokens.overlaps(name) }
                found.append(OtherName(tokens: name, kind: .event))
            } else if case let .name(kind) = category, kind == .event || (!covered[t] && !nationalityWords.contains { $0.contains(t) }) {
                found.append(OtherName(tokens: t..<(t + 1), kind: kind))
            }
        }
        return found
    }

    /// The laws and court cases of the document: the Bill of Rights, court cases ("Roe v. Wade") and names before a
    /// law's head word ("Patriot Act", "Second Amendment").
    func lawNames() -> [Range<Int>] {
        var laws: [Range<Int>] = []
        let text = document.text, tokens = document.tokens
        var t = 0
        while t < tokens.count {
            // (Most words begin with none of the letters these do: one comparison for them.)
            let b = text[Int(tokens[t].start)]
            if b == 0x76 || b == 0x41 || b == 0x42 || b == 0x44 || b == 0x54, let law = law(at: t, beginning: b) {
                laws.append(law)
                t = law.upperBound
            } else {
                t += 1
            }
        }
        return laws
    }

    /// The law or court case at token `t`, whose first byte is `b`: the Bill of Rights there, a court case whose
    /// "v." it is, or the name before a law's head word it is ("Patriot Act", "Second Amendment").
    private func law(at t: Int, beginning b: UInt8) -> Range<Int>? {
        if b == 0x76 { return courtCase(at: t) }
        if words[t] == "Bill" { return bill(at: t) }
        return Self.lawHeads.contains(words[t]) ? name(before: t) : nil
    }

    /// The bill whose word "Bill" is token `t`: the Bill of Rights, a chamber's numbered bill ("House Bill 1523",
    /// "Senate Bill 5", "Assembly Bill 1"), or a bill's number ("Bill C-51"); nil for a person's name ("Bill
    /// Clinton", "Buffalo Bill").
    private func bill(at t: Int) -> Range<Int>? {
        if t + 2 < words.count, words[t + 1] == "of", words[t + 2] == "Rights" { return t..<(t + 3) }
        let numbered = t + 1 < words.count && sentenceOf[t + 1] == sentenceOf[t] && words[t + 1].utf8.contains { $0 &- 0x30 < 10 }
        let end = numbered ? t + 2 : t + 1
        if t > 0, sentenceOf[t - 1] == sentenceOf[t], ["House", "Senate", "Assembly"].contains(words[t - 1]) { return (t - 1)..<end }
        return numbered ? t..<end : nil
    }

    /// The name whose head word is token `t`: the capitalised words before it in its sentence, and it ("Nobel Peace
    /// Prize"); nil when there are none, or only a sentence's first word.
    private func name(before t: Int) -> Range<Int>? {
        var start = t
        while start > 0, sentenceOf[start - 1] == sentenceOf[t], capitalised[start - 1],
              !Self.eventHeads.contains(words[start - 1]), !Self.lawHeads.contains(words[start - 1])
        {
            start -= 1
        }
        // (A sentence's "The" is no part of the name: "The Davis Cup final".)
        if start < t - 1, lower[start] == "the" { start += 1 }
        guard start < t, !(start == t - 1 && (start == 0 || sentenceOf[start - 1] != sentenceOf[start])) else { return nil }
        return start..<(t + 1)
    }

    /// Names within a law's name are no mentions of what they name ("Hyde" of "Hyde Amendment" is no English
    /// town, "Dodd-Frank Act" no senator); within a court case's, a person is a party's name, a body a party
    /// ("Friedrichs v. California Teachers Association").
    mutating func dropNamesInLaws() {
        guard !laws.isEmpty else { return }
        for (actor, ranges) in mentions {
            let person = base.actors[actor].kind == .person
            removeMentions(actor, ranges.filter { isInLaw($0, person: person) })
        }
    }

    /// Whether the name at `range` lies within a longer law's name, or, a person's (`person`), within a court
    /// case's (a body there is a party).
    func isInLaw(_ range: Range<Int>, person: Bool) -> Bool {
        laws.contains { law in
            law.count > range.count && law.contains(range.lowerBound) && law.contains(range.upperBound - 1)
                && (person || !law.contains(where: { courtCase(at: $0) != nil }))
        }
    }

    /// The tokens of a court case whose "v." is token `t`: a capitalised name on each side, in one sentence
    /// ("Roe v. Wade", "Citizens United v. FEC"), up to four words a side; "Clinton vs. Trump" is a contest.
    func courtCase(at t: Int) -> Range<Int>? {
        guard t > 0, t + 1 < words.count, words[t] == "v." || words[t] == "v",
              sentenceOf[t - 1] == sentenceOf[t], sentenceOf[t + 1] == sentenceOf[t],
              capitalised[t - 1], capitalised[t + 1] else { return nil }
        var start = t - 1, end = t + 2
        while start > 0, t - start < 4, sentenceOf[start - 1] == sentenceOf[t], capitalised[start - 1] { start -= 1 }
        while end < words.count, end - t <= 4, sentenceOf[end] == sentenceOf[t], capitalised[end] { end += 1 }
        return start..<end
    }

    /// Whether token `t` and the day after it are a day's event: "Super Tuesday", "Black Friday".
    func isDayEvent(_ t: Int) -> Bool {
        t + 1 < words.count && Self.otherWords[words[t]] == .dayModifier && capitalised[t + 1]
            && Self.calendarWords.contains(lower[t + 1])
    }

    /// What a capitalised word may begin or be: an event's head word, or a name of one kind.
    enum OtherWord: Equatable {
        /// The head word of an event's name ("Cup") or a law's ("Act").
        case head(OtherName.Kind)
        /// A word that makes a day an event ("Super" of "Super Tuesday").
        case dayModifier
        case name(OtherName.Kind)
    }

    /// All the words above in one table, so that a word is looked up once.
    static let otherWords: WordMap<OtherWord> = {
        var table = WordMap<OtherWord>()
        for word in affiliations { table[word] = .name(.affiliation) }
        for word in languages { table[word] = .name(.language) }
        for word in eventNames { table[word] = .name(.event) }
        for word in agreements { table[word] = .name(.agreement) }
        for word in eventHeads { table[word] = .head(.event) }
        for word in lawHeads { table[word] = .head(.agreement) }
        for word in dayEventWords where table[word] == nil { table[word] = .dayModifier }
        return table
    }()

    static let affiliations: WordSet = [
        "Muslim", "Muslims", "Islamic", "Islamist", "Islamists", "Christian", "Christians", "Jewish", "Jew", "Jews",
        "Catholic", "Catholics", "Protestant", "Protestants", "Orthodox", "Evangelical", "Evangelicals", "Sunni",
        "Sunnis", "Shia", "Shiite", "Shiites", "Shi'ite", "Shi'ites", "Alawite", "Alawites", "Druze", "Hindu", "Hindus",
        "Buddhist", "Buddhists", "Sikh", "Sikhs", "Arab", "Arabs", "Kurdish", "Pashtun", "Pashtuns", "Tamil", "Tamils",
        "Hutu", "Hutus", "Tutsi", "Tutsis", "Uighur", "Uighurs", "Uyghur", "Uyghurs", "Rohingya", "Yazidi", "Yazidis",
        "Berber", "Berbers", "Baloch", "Copt", "Coptic", "Copts", "Maronite", "Zionist", "Latino", "Latinos", "Latina", "Latinas",
        "Hispanic", "Hispanics",
    ]

    /// Languages whose names are not also a nationality's.
    static let languages: WordSet = [
        "Arabic", "Mandarin", "Cantonese", "Hindi", "Urdu", "Farsi", "Swahili", "Hebrew", "Latin", "Bengali", "Punjabi",
        "Pashto", "Dari", "Catalan", "Basque", "Gaelic", "Yiddish", "Esperanto", "Tagalog", "Amharic", "Hausa", "Yoruba",
    ]

    /// Head words of named events, after capitalised names.
    static let eventHeads: WordSet = [
        "Cup", "Games", "Open", "Championship", "Championships", "Trophy", "Prix", "Prize", "Awards",
        "War", "Festival", "Summit", "Expo", "Marathon", "Series", "Bowl", "Show",
    ]

    /// Head words of laws and treaties, after capitalised names ("Patriot Act", "Paris Accord", "First Amendment").
    static let lawHeads: WordSet = ["Act", "Treaty", "Accord", "Accords", "Amendment", "Doctrine"]

    /// Events known by a one-word name.
    static let eventNames: WordSet = [
        "Olympics", "Paralympics", "Ramadan", "Christmas", "Easter", "Eid", "Hanukkah", "Diwali", "Thanksgiving",
        "Holocaust", "Brexit", "Wimbledon", "Oscars", "Grammys", "Bundesliga", "Eredivisie", "Olympiad", "Superbowl",
    ]

    /// Words that make a day an event: "Super Tuesday", "Black Friday", "Good Friday", "Bloody Sunday".
    static let dayEventWords: WordSet = ["Super", "Black", "Cyber", "Good", "Ash", "Bloody", "Holy", "Maundy", "Shrove", "Palm"]

    /// Treaties and laws known by a one-word name.
    static let agreements: WordSet = [
        "Nafta", "NAFTA", "USMCA", "TPP", "TTIP", "CETA", "Obamacare", "Dodd-Frank",
    ]
}
