import HeraldCore
import HeraldKnowledge
import HeraldModels

extension EntityResolution {
    /// Organisations named after a place or person: "El Paso" + "Energy", "Washington" + "Post",
    /// "Georgia" + "Tech". A town or person's name directly before a name the tagger reads as an
    /// organisation, or before words that name institutions, is part of the organisation's name.
    static func joiningOrganisations(_ tagged: [(Range<Int>, String)], matches: [NameMatcher.Match], words: [String],
                                     base: KnowledgeBase) -> [(Range<Int>, String)] {
        // Names of towns and people, by the token after them.
        var nameBefore: [Int: Range<Int>] = [:]
        for match in matches where isTownOrPerson(match, base) { nameBefore[match.tokens.upperBound] = match.tokens }
        for (range, type) in tagged where type != "ORG" && !range.allSatisfy({ institutionWords.contains(words[$0]) }) {
            nameBefore[range.upperBound] = range
        }
        // A name that ends in an institution's word is an organisation's ("Washington Post"), and so is one that
        // begins with a bank's or group's word in another language ("Banco Itau"); an organisation's name goes on
        // over institutions' words after it ("Herald" + "Wire").
        let starts = Set(tagged.map(\.0.lowerBound))
        var result = tagged.map { range, type -> (Range<Int>, String) in
            guard type == "ORG" || institutionWords.contains(words[range.upperBound - 1])
                    || leadingInstitutionWords.contains(words[range.lowerBound]) else { return (range, type) }
            var end = range.upperBound
            while end < words.count, !starts.contains(end), isInstitutionWord(end, words) { end += 1 }
            return (range.lowerBound..<end, "ORG")
        }
        var absorbed = Set<Range<Int>>()
        for (index, (range, type)) in result.enumerated() where type == "ORG" {
            guard let before = nameBefore[range.lowerBound] else { continue }
            result[index] = (before.lowerBound..<range.upperBound, "ORG")
            absorbed.insert(before)
        }
        // Nationality words too name institutions with these words ("British Library", "German Football Association").
        var namesBefore = nameBefore
        for match in matches where match.names.allSatisfy({ base.names[$0].kind == .demonym }) {
            namesBefore[match.tokens.upperBound] = namesBefore[match.tokens.upperBound] ?? match.tokens
        }
        let taggedStarts = Set(result.map(\.0.lowerBound))
        for (end, before) in namesBefore where !absorbed.contains(before) && !taggedStarts.contains(end) {
            var k = end
            while k < words.count, isInstitutionWord(k, words) { k += 1 }
            guard k > end else { continue }
            result.append((before.lowerBound..<k, "ORG"))
            absorbed.insert(before)
        }
        return result.filter { !($0.1 != "ORG" && absorbed.contains($0.0)) }.sorted { $0.0.lowerBound < $1.0.lowerBound }
    }

    /// Whether word `k` names institutions, as "Bank" does, or as "Stock" does before "Exchange" ("Warsaw Stock Exchange").
    static func isInstitutionWord(_ k: Int, _ words: [String]) -> Bool {
        institutionWords.contains(words[k]) || words[k] == "Stock" && k + 1 < words.count && words[k + 1] == "Exchange"
    }

    /// Words that begin banks' and groups' names in other languages ("Banco Santander", "Grupo Televisa").
    static let leadingInstitutionWords: WordSet = ["Banco", "Banca", "Banque", "Grupo", "Groupe", "Compagnie", "Compañía"]

    /// Whether every name of `match` is a town's or a person's (not a nationality word).
    static func isTownOrPerson(_ match: NameMatcher.Match, _ base: KnowledgeBase) -> Bool {
        match.names.allSatisfy { name in
            let kind = base.actors[base.names[name].actor].kind
            return (kind == .place || kind == .person) && base.names[name].kind != .demonym
        }
    }

    /// Institutions named "Head of Name": "University of Texas", "Department of Housing and Urban
    /// Development", "Bank of England". The head word (and capitalised words before it in the same
    /// name), "of", and the capitalised words after it, "and" between them, make one organisation.
    static func institutionsOf(_ tagged: [(Range<Int>, String)], words: [String], sentenceOf: [Int]) -> [(Range<Int>, String)] {
        func capitalised(_ t: Int) -> Bool { Self.isCapitalised(words[t]) }
        // A second institution after "and" ("… and National Association of Hispanic Journalists") is a name of its own.
        func startsInstitution(_ t: Int) -> Bool {
            var k = t
            while k + 1 < words.count, k < t + 4, capitalised(k) {
                if (words[k + 1] == "of" || words[k + 1] == "for") && (institutionHeads.contains(words[k]) || forHeads.contains(words[k])) { return true }
                k += 1
            }
            return false
        }
        var found: [Range<Int>] = []
        var t = 0
        while t + 2 < words.count {
            // ("… for Name" too: "Club for Growth", "Center for American Progress", "Office for National Statistics".)
            guard words[t + 1] == "of" && institutionHeads.contains(words[t]) || words[t + 1] == "for" && forHeads.contains(words[t]),
                  capitalised(t + 2), sentenceOf[t] == sentenceOf[t + 2] else { t += 1; continue }
            var start = t
            while start > 0, capitalised(start - 1), sentenceOf[start - 1] == sentenceOf[t],
                  words[start - 1].count > 1 || words[start - 1].last == ".", !["The", "A", "An"].contains(words[start - 1])
            {
                start -= 1
            }
            var end = t + 3
            while end < words.count, sentenceOf[end] == sentenceOf[t] {
                if capitalised(end) { end += 1 }
                else if words[end] == "and" || words[end] == "of", end + 1 < words.count, capitalised(end + 1),
                        !(words[end] == "and" && startsInstitution(end + 1)) { end += 2 }
                else { break }
            }
            found.append(start..<end)
            t = end
        }
        return replacing(tagged, withOrganisations: found)
    }

    /// A name the tagger read with the title before it ("Senate Minority Leader Chuck Schumer"): the
    /// capitalised words after the last word of the title are a person's name ("Chuck Schumer").
    /// So too the name read with the end of a title of the form "Speaker of the House": "Speaker of the
    /// [House Newt Gingrich]" is Newt Gingrich; and a title or a party's word alone before a given name and a
    /// surname ("Superintendent Jennifer McCormick", "Democrat Ryan Greene"; not "Dean Baker").
    static func namesAfterTitles(_ tagged: [(Range<Int>, String)], words: [String], givenNames: WordSet) -> [(Range<Int>, String)] {
        func isTitle(_ t: Int) -> Bool { isCapitalised(words[t]) && titleHeads.contains(words[t].lowercased()) }
        return tagged.map { range, type in
            let start = range.lowerBound
            if type == "PER", range.count >= 3, isTitle(start) || Offices.partyWords.contains(words[start].lowercased()),
               !givenNames.contains(words[start]), givenNames.contains(words[start + 1]) {
                return ((start + 1)..<range.upperBound, type)
            }
            // "Senate Majority" and "Senate Minority Leader" of "Senate Majority Leader Mitch McConnell" are the Senate.
            let leader = range.count >= 3 && isTitle(range.upperBound - 1) ? range.upperBound - 2 : range.upperBound - 1
            if range.count >= 2, leader > range.lowerBound, words[leader] == "Majority" || words[leader] == "Minority",
               leader < range.upperBound - 1 || range.upperBound < words.count && isTitle(range.upperBound)
            {
                return (range.lowerBound..<leader, type)
            }
            if range.count >= 3, let title = range.dropLast().last(where: isTitle), title > range.lowerBound,
               (title + 1..<range.upperBound).allSatisfy({ isCapitalised(words[$0]) })
            {
                return ((title + 1)..<range.upperBound, "PER")
            }
            var k = range.lowerBound - 1
            if k >= 0, words[k] == "the" { k -= 1 }
            guard range.count >= 2, k >= 1, words[k] == "of", isTitle(k - 1),
                  let body = range.dropLast().last(where: { titleBodies.contains(words[$0]) || institutionHeads.contains(words[$0]) || portfolios.contains(words[$0]) }),
                  (body + 1..<range.upperBound).allSatisfy({ isCapitalised(words[$0]) })
            else { return (range, type) }
            return ((body + 1)..<range.upperBound, "PER")
        }
    }

    /// Bodies named at the end of a title ("Speaker of the House", "Chairman of the Joint Chiefs of Staff").
    static let titleBodies: WordSet = [
        "House", "Senate", "Commons", "Lords", "Assembly", "Congress", "Parliament", "Committee", "Commission",
        "Staff", "Fed", "Reserve", "Opposition", "Nations", "Army", "Navy", "Treasury", "State", "Cabinet",
    ]

    /// A ministry's portfolio at the end of a title: "Minister of Defense Hazem Shaalan", "Minister of Foreign Affairs Sergey Lavrov".
    static let portfolios: WordSet = [
        "Defense", "Defence", "Interior", "Finance", "Justice", "Health", "Education", "Agriculture", "Commerce",
        "Energy", "Labor", "Labour", "Transport", "Trade", "Economy", "Affairs", "Information", "Culture", "Environment",
        "Security", "Industry", "Oil", "Petroleum", "Communications", "Tourism", "Housing",
    ]

    /// The words that end a title before a name.
    static let titleHeads: WordSet = [
        "leader", "minister", "president", "secretary", "senator", "governor", "mayor", "chairman", "chairwoman", "chair",
        "director", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "commander", "premier", "chancellor",
        "adviser", "advisor", "officer", "whip", "speaker", "judge", "justice", "general", "admiral", "ceo", "principal",
        "superintendent", "commissioner", "sheriff", "coach", "attorney", "dean",
    ]

    /// `tagged` with `found` as organisations in place of the names they overlap.
    private static func replacing(_ tagged: [(Range<Int>, String)], withOrganisations found: [Range<Int>]) -> [(Range<Int>, String)] {
        guard !found.isEmpty else { return tagged }
        // (The organisations' tokens marked once: a name overlaps one where it has a marked token.)
        var isFound = [Bool](repeating: false, count: found.lazy.map(\.upperBound).max()!)
        for range in found { for t in range { isFound[t] = true } }
        let kept = tagged.filter { range, _ in !range.contains { $0 < isFound.count && isFound[$0] } }
        return (kept + found.map { ($0, "ORG") }).sorted { $0.0.lowerBound < $1.0.lowerBound }
    }

    /// Companies by their legal form: "Toyota Motor Corp", "Salomon Brothers Inc", "Broken Hill
    /// Proprietary Co Ltd". The capitalised words before a legal form ("&" and "and" between them)
    /// make one organisation's name, whatever the tagger or the knowledge base read in it.
    static func companies(_ tagged: [(Range<Int>, String)], words: [String], sentenceOf: [Int]) -> [(Range<Int>, String)] {
        var found: [Range<Int>] = []
        var t = 1
        while t < words.count {
            // (A legal form is short and begins with a capital: a byte test before the set's.)
            guard words[t].utf8.count <= 12, words[t].utf8.first.map({ $0 &- 0x41 < 26 || $0 == 0x70 }) == true,
                  legalForms.contains(words[t]), sentenceOf[t - 1] == sentenceOf[t], isCapitalised(words[t - 1]) else { t += 1; continue }
            var end = t + 1
            while end < words.count, legalForms.contains(words[end]), sentenceOf[end] == sentenceOf[t] { end += 1 }
            var start = t
            while start > 0, sentenceOf[start - 1] == sentenceOf[t] {
                let word = words[start - 1]
                // ("And Ford Motor Co." at a sentence's head: "And" is no part of the name.)
                if functionWords.contains(word.lowercased()) { break }
                if isCapitalised(word) || word.first?.isNumber == true && start < t { start -= 1 }
                else if (word == "&" || word == "and"), start - 2 >= 0, isCapitalised(words[start - 2]), start < t { start -= 1 }
                else { break }
            }
            while start < t, ["The", "A", "An", "&", "and"].contains(words[start]) { start += 1 }
            if start < t { found.append(start..<end) }
            t = end
        }
        return replacing(tagged, withOrganisations: found)
    }

    /// Institutions by the word that heads their name: "the National Hurricane Center", "the Kennedy
    /// Institute". Two capitalised words or more before the head (or one, within a sentence) make an
    /// organisation's name with it, whatever the tagger read.
    static func institutions(_ tagged: [(Range<Int>, String)], words: [String], sentenceOf: [Int], givenNames: WordSet) -> [(Range<Int>, String)] {
        var found: [Range<Int>] = []
        for t in 1..<max(words.count, 1) where words[t].utf8.first.map({ $0 &- 0x41 < 26 }) == true
            && (finalHeads.contains(words[t]) || companyHeads.contains(words[t]) || isCourt(t, words)) {
            // (A head before "of" and a name does not end it: "Federal Bureau of Prisons"; nor one before another head:
            // "Avenue Capital Group"; nor a firm's word before another capitalised word: "RBC Capital Markets".)
            if t + 2 < words.count, words[t + 1] == "of", isCapitalised(words[t + 2]) { continue }
            if t + 1 < words.count, finalHeads.contains(words[t + 1]) || companyHeads.contains(words[t + 1])
                || companyHeads.contains(words[t]) && isCapitalised(words[t + 1]) { continue }
            var start = t
            while start > 0, t - start < 5, sentenceOf[start - 1] == sentenceOf[t], isCapitalised(words[start - 1]),
                  !functionWords.contains(words[start - 1].lowercased()) { start -= 1 }
            let sentenceHead = start == 0 || sentenceOf[start - 1] != sentenceOf[start]
            // (Not over one found before; as they end in order, over the last if any.)
            guard t - start >= (sentenceHead ? 2 : 1), (found.last?.upperBound ?? 0) <= start else { continue }
            // (So are a word and "and" before it, of two common nouns or a couple's first names: "Ways and Means Committee",
            // "the Tom and Jane Ashby Foundation"; not "Trump, Ryan and Republican National Committee Chairman Reince Priebus".)
            if start >= 2, words[start - 1] == "and", sentenceOf[start - 2] == sentenceOf[t], isCapitalised(words[start - 2]),
               start == 2 || !isCapitalised(words[start - 3]) || functionWords.contains(words[start - 3].lowercased()) {
                func isCommonNoun(_ word: String) -> Bool {
                    let lower = word.lowercased()
                    return !functionWords.contains(lower) && Truecaser.standard.usualCase(ofLowercased: lower) == false
                }
                let (before, after) = (words[start - 2], words[start])
                if isCommonNoun(before) && isCommonNoun(after) || givenNames.contains(before) && givenNames.contains(after) { start -= 2 }
            }
            // (A firm's word after an institution's "of" ends the institution's name: "Bureau of Land Management".)
            if companyHeads.contains(words[t]), start > 1, words[start - 1] == "of", institutionHeads.contains(words[start - 2]) { continue }
            found.append(start..<(t + 1))
        }
        return replacing(tagged, withOrganisations: found)
    }

    /// Words that end institutions' names.
    static let finalHeads: WordSet = [
        "Center", "Centre", "Institute", "Foundation", "Association", "Council", "Agency", "Authority", "Commission",
        "Committee", "Hospital", "Museum", "Federation", "Society", "Corporation", "Organization", "Organisation", "Party",
        "Front", "Movement", "Brigade", "Brigades", "Alliance", "Coalition", "Union", "Caucus", "Bureau", "Army", "Navy",
    ]

    /// Words that end firms' names ("Centerview Partners", "Perry Capital", "Neal Street Productions", "Elliott Management",
    /// "Fidelity Investments"), which no person's name ends in.
    static let companyHeads: WordSet = [
        "Partners", "Capital", "Group", "Holdings", "Associates", "Productions", "Ventures", "Management", "Investments",
        "Advisors", "Advisers",
    ]

    /// Whether word `t` is "Court" that ends a court of law's name ("the National Court"), not a place's
    /// ("Earls Court") or a judge's title ("Appeals Court Judge JoAnne Kloppenburg": the title tells the
    /// judge's country and sector). The knowledge base has supreme courts.
    static func isCourt(_ t: Int, _ words: [String]) -> Bool {
        words[t] == "Court" && courtKinds.contains(words[t - 1])
            && !(t + 1 < words.count && ["Judge", "Justice", "judge", "justice", "Chief"].contains(words[t + 1]))
    }

    /// Words before "Court" that make it a court of law.
    static let courtKinds: WordSet = [
        "High", "National", "Constitutional", "District", "Federal", "Appeals", "Appeal", "Criminal", "Military",
        "Administrative", "Superior", "Circuit", "Crown", "Magistrates", "County", "Family", "Bankruptcy", "Tax", "Juvenile",
        "Security", "Revolutionary", "Islamic", "Labour", "Labor", "Arbitration", "Justice",
    ]

    /// Legal forms of companies, as news writes them after the name.
    static let legalForms: WordSet = [
        "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Incorporated", "Ltd", "Ltd.", "Limited", "Plc", "PLC", "plc", "Co",
        "Co.", "AG", "SA", "S.A.", "NV", "N.V.", "BV", "GmbH", "LLC", "LP", "L.P.", "SpA", "S.p.A.", "ASA", "Oyj", "KK",
        "Bhd", "Berhad", "Pty", "Proprietary", "Tbk",
    ]

    /// Words that head an institution's name before "of".
    static let institutionHeads: WordSet = [
        "University", "College", "Institute", "School", "Academy", "Bank", "Department", "Ministry", "Office", "Offices",
        "Council", "Authority", "Board", "Commission", "Agency", "Federation", "Association", "Church", "Court",
        "Museum", "Society", "Organization", "Organisation", "League", "Union", "Chamber", "Bureau", "Party",
    ]

    /// Head words of institutions named "Head for Name".
    static let forHeads: WordSet = [
        "Club", "Center", "Centre", "Institute", "Campaign", "Coalition", "Alliance", "Committee", "Council", "Foundation",
        "Fund", "Office", "Commission", "Agency", "Association", "Society", "League", "Network", "Project", "Partnership",
        "Americans", "Citizens", "Physicians", "Doctors", "Veterans", "Families", "Students",
    ]

    /// Capitalised words that make a place's or person's name an institution's.
    static let institutionWords: WordSet = [
        "University", "College", "Tech", "Institute", "School", "Academy", "Post", "Times", "Herald", "Tribune",
        "Journal", "Gazette", "Chronicle", "Monthly", "Daily", "Bank", "Energy", "Airlines", "Airways", "Corporation",
        "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Company", "Co.", "Group", "Council", "Authority", "Foundation",
        "Association", "Club", "United", "Rovers", "Hospital", "Infirmary", "Clinic", "Museum", "Police", "Records", "Motors", "Holdings",
        "Library", "Gallery", "Theatre", "Theater", "Orchestra", "Opera", "Church", "Federation", "Union", "Society",
        "Wire", "News", "Press", "Agency", "Network", "Radio", "Television", "Music", "Pictures", "Studios",
        "Entertainment", "Media", "Pharmaceuticals", "Technologies", "Industries", "Partners", "Investments", "Brands",
        "Capital", "Markets", "Associates", "Productions", "Ventures", "Management", "Advisors", "Advisers",
        "Communications", "Telecom", "Petroleum", "Insurance", "Securities", "Bancorp", "Center", "Centre", "Exchange",
    ]
}

extension EntityResolution {
    /// A knowledge-base body's name that is the end of a longer name the knowledge base lacks ("All Progressives"
    /// of "All Progressives Congress" is no "Congress"; "People's" of "People's Democratic Party" no "Democratic
    /// Party"): a party's, congress's, front's or other body's name after capitalised words that no other name, title
    /// or nationality claims, in running text (after a word in lower case, a possessive or "The", not at a sentence's or
    /// a title-cased headline's start). The longer name's tokens, or nil.
    func longerBodyName(_ tokens: Range<Int>, _ candidates: [KnowledgeBase.Name]) -> Range<Int>? {
        guard Self.bodyHeadWords.contains(words[tokens.upperBound - 1]),
              candidates.allSatisfy({ [.organization, .group].contains(base.actors[$0.actor].kind) }) else { return nil }
        let sentence = sentenceOf[tokens.lowerBound]
        func isNameWord(_ k: Int) -> Bool {
            // (A word the tagger read as an organisation's may be the longer name's: "National" of "National Democratic Party".)
            guard k > 0, sentenceOf[k - 1] == sentence, capitalised[k], matchAt[k] == nil, !covered[k],
                  taggedAt[k].map({ tagged[$0].1 == "ORG" }) ?? true, !isNationalityWord(k) else { return false }
            let word = lower[k]
            return (!Offices.jobTitleWords.contains(word) || word == "national") && !Offices.honorifics.contains(word) && !Offices.partyWords.contains(word)
                && !Self.monthNames.contains(word) && !Self.dayWords.contains(word) && Self.otherWords[words[k]] == nil
        }
        var start = tokens.lowerBound
        while true {
            // ("People's", a possessive no one's: the word of parties' and armies' names.)
            if start >= 2, document.tokens[start - 1].kind == .clitic, lower[start - 2] == "people", isNameWord(start - 2) {
                start -= 2
            } else if isNameWord(start - 1), document.tokens[start - 1].kind != .clitic {
                start -= 1
            } else {
                break
            }
        }
        guard start < tokens.lowerBound, start > 0, sentenceOf[start - 1] == sentence,
              document.tokens[start - 1].kind == .clitic || words[start - 1].utf8.first.map({ $0 &- 0x61 < 26 }) == true
                || words[start - 1] == "The"
        else { return nil }
        // (With "of" and the country it belongs to, where that is not the knowledge base's body's: "National Democratic
        // Party of Germany".)
        var end = tokens.upperBound
        if end + 1 < words.count, words[end] == "of", let m = matchAt[end + 1], sentenceOf[end + 1] == sentence,
           case let countries = matches[m].names.filter({ base.actors[base.names[$0].actor].kind == .country }), !countries.isEmpty,
           !countries.contains(where: { name in candidates.contains { base.actors[$0.actor].country == base.actors[base.names[name].actor].country } }) {
            end = matches[m].tokens.upperBound
        }
        return start..<end
    }

    /// The last words of bodies' names that may end a longer name: institutions' (``finalHeads``), and legislatures' and
    /// armed forces' ("Congress", "Assembly", "Forces").
    static let bodyHeadWords = finalHeads.union(["Congress", "League", "Assembly", "Forces"])
}
