import HeraldCore
import HeraldKnowledge

/// Offices of bodies named by their titles: "the NATO Secretary General" is Jens Stoltenberg in 2016.
extension EntityResolution {
    /// The words a body's office title ends in.
    static let bodyOfficeHeads: WordSet = [
        "general", "director", "president", "chief", "head", "boss", "chair", "chairman", "chairwoman", "chairperson", "governor",
    ]

    /// Words of bodies' office titles, read after a body's name ("IMF Managing Director") or before "of" and its name
    /// ("the president of the European Commission"): their heads and the words before them.
    static let bodyOfficeWords = bodyOfficeHeads.union(["secretary", "managing", "foreign", "policy"])

    /// Words after a head that make it part of a longer title ("chief economist", "director of communications").
    static let titleGoesOn: WordSet = [
        "of", "economist", "executive", "negotiator", "spokesman", "spokeswoman", "spokesperson", "prosecutor", "scientist",
        "officer", "strategist", "inspector", "investigator", "adviser", "advisor", "counsel", "correspondent", "analyst",
        "operating", "financial", "technology", "medical", "engineer", "editor", "emeritus",
    ]

    /// Heads that name a body's leader whatever the title ("IMF chief", "the head of the World Bank").
    static let genericHeads: WordSet = ["chief", "head", "boss"]

    /// Words of rank in role titles, which a generic head stands for.
    static let rankWords: WordSet = ["secretary", "general", "director", "managing", "president", "chairperson", "governor"]

    /// Words that make a role's title an office's: not a sector's alone ("intelligence", as older sources title a
    /// director of the CIA).
    static let officeWords = rankWords.union(genericHeads)

    /// "the NATO Secretary General", "IMF chief", "the president of the European Commission", "Bank of England governor":
    /// a body's office, not followed by a name, names its holder at the article's date, as a country's does (see
    /// ``findOffices()``); the body's name in it is no mention of the body.
    mutating func findBodyOffices() {
        guard !holdersByCode.isEmpty else { return }
        for match in matches {
            let tokens = match.tokens
            // The body the resolver took the name for, with a code some office holders have.
            guard let body = match.names.map({ base.names[$0].actor }).first(where: { actor in
                base.actors[actor].kind == .organization && mentions[actor]?.contains(tokens) == true
                    && base.actors[actor].code.flatMap { holdersByCode[$0] } != nil
            }), let code = base.actors[body].code else { continue }
            guard let (title, office) = titleAfter(tokens) ?? titleBefore(tokens), !followedByName(office.upperBound),
                  !namesAnotherHolder(office.lowerBound, office.upperBound) else { continue }
            let bodyWords = Self.titleWords(base.actors[body].name + " " + lower[tokens].joined(separator: " "))
            guard let holder = bodyHolder(code: code, title: title, bodyWords: bodyWords) else { continue }
            removeMention(body, tokens)
            add(holder, office)
        }
    }

    /// Whether a name begins at token `t`, the knowledge base's or the tagger's: the office before it describes it.
    private func followedByName(_ t: Int) -> Bool { t < words.count && (covered[t] || taggedAt[t] != nil) }

    /// A title after the body's name at `tokens` ("NATO Secretary-General", "the EU's foreign policy chief"): its words and
    /// the tokens of the whole office, name and title.
    private func titleAfter(_ tokens: Range<Int>) -> ([String], Range<Int>)? {
        var k = tokens.upperBound
        if k < lower.count, lower[k] == "'s" || lower[k] == "’s" { k += 1 }
        var title: [String] = [], end = k
        while k < lower.count, k - tokens.upperBound < 6, lower[k] == "-" || Self.bodyOfficeWords.contains(lower[k]) {
            if lower[k] != "-" { title.append(lower[k]) }
            k += 1
            if Self.bodyOfficeHeads.contains(title.last ?? "") { end = k }
        }
        // (Up to its last head word: "General" of "UN General Assembly" ends no title that an office has.)
        while let last = title.last, !Self.bodyOfficeHeads.contains(last) { title.removeLast() }
        // A title that goes on is another's: "IMF chief economist", "the FBI director of public affairs".
        if end < lower.count, Self.titleGoesOn.contains(lower[end]) { return nil }
        // (Without the article the body's name may open with: "the Fed chair" is mentioned as "Fed chair", as "the US
        // President" is as "US President".)
        let start = lower[tokens.lowerBound] == "the" ? tokens.lowerBound + 1 : tokens.lowerBound
        return title.isEmpty ? nil : (title, start..<end)
    }

    /// Words that head another body's name after a body's ("agency" of "the UN refugee agency", "watchdog" of "the UN
    /// nuclear watchdog"), beside the bodies' words descriptions read (see ``bodyTitleWords``).
    static let subsidiaryHeads: WordSet = [
        "watchdog", "mission", "body", "programme", "program", "panel", "tribunal", "force", "organization", "organisation",
        "operation", "fund", "envoy",
    ]

    /// A title before "of" and the body's name at `tokens` ("the head of the IMF"): its words and the office's tokens.
    private func titleBefore(_ tokens: Range<Int>) -> ([String], Range<Int>)? {
        var k = tokens.lowerBound - 1
        if k >= 0, lower[k] == "the" { k -= 1 }
        guard k >= 1, lower[k] == "of", Self.bodyOfficeHeads.contains(lower[k - 1]) else { return nil }
        // (Not where the name goes on to another body's: "the head of the UN refugee agency".)
        for t in tokens.upperBound..<min(tokens.upperBound + 3, lower.count) {
            if Self.bodyTitleWords.contains(lower[t]) || Self.subsidiaryHeads.contains(lower[t]) { return nil }
            if lower[t].utf8.first.map({ $0 &- 0x61 < 26 }) != true || Offices.actingVerbs.contains(lower[t])
                || ["the", "a", "an"].contains(lower[t]) { break }
        }
        var start = k
        while start > 0, tokens.lowerBound - start < 8, lower[start - 1] == "-" || Self.bodyOfficeWords.contains(lower[start - 1]) {
            start -= 1
        }
        return (lower[start..<k].filter { $0 != "-" }, start..<tokens.upperBound)
    }

    /// The words of a title or a name in lower case, split at spaces and hyphens, without "of" and "the", chairs as one.
    static func titleWords(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap { word -> String? in
            if word == "of" || word == "the" { return nil }
            return ["chair", "chairman", "chairwoman"].contains(word) ? "chairperson" : String(word)
        })
    }

    /// Who held an office of the body with code `code` on the article's date whose title the words of `title` and
    /// the body's name `bodyWords` spell ("secretary general" of NATO), or which a generic head stands for ("IMF chief"),
    /// when exactly one did or the article names one. The role's title must name an office (see ``officeWords``); a
    /// national body's must name the body too ("Fed chair", "Bank of England governor"), not a rank alone: the body's
    /// code is its country's government's, which governors of states share.
    private func bodyHolder(code: String, title: [String], bodyWords: Set<String>) -> Int? {
        var spelt = bodyWords.union(Self.titleWords(title.joined(separator: " ")))
        if let head = title.last, Self.genericHeads.contains(head) { spelt.formUnion(Self.rankWords) }
        let isBodyOfNations = code.hasPrefix("IGO")
        return holder(among: holdersByCode[code] ?? [], where: { role in
            guard role.code == code else { return false }
            let words = Self.titleWords(role.title)
            return words.isSubset(of: spelt) && !words.isDisjoint(with: Self.officeWords)
                && (isBodyOfNations || !words.isSubset(of: Self.rankWords))
        })
    }
}
