import HeraldCore
import HeraldKnowledge
import HeraldModels

/// Where the statistical tagger's reading stands over the knowledge base's.
extension EntityResolution {
    /// Whether the tagger's reading of these tokens stands over the knowledge base's: it read a
    /// longer name around them ("Gulf of Mexico", "Tampa Bay"); or the base knows only places
    /// (or companies and NGOs) by this name and the tagger read another type there, or, for a
    /// one-word name, nothing at all ("Nice", "Bush", "Store" are towns too; "Shell" a company).
    func taggerOverrules(_ tokens: Range<Int>, _ candidates: [KnowledgeBase.Name]) -> Bool {
        // A possessive the knowledge base knows as a company's, after someone of that surname, is that person's
        // ("Ash Carter" … "Carter's aides" is no Carter's Inc).
        if tokens.count == 2, document.tokens[tokens.upperBound - 1].kind == .clitic,
           (taggedSurnames[words[tokens.lowerBound]] ?? Int.max) < tokens.lowerBound { return true }
        // A people's or a faith's word is no town of that name ("Latina" is not the Italian town).
        if tokens.count == 1, Self.otherWords[words[tokens.lowerBound]] == .name(.affiliation) {
            var towns = true
            for candidate in candidates where base.actors[candidate.actor].kind != .place { towns = false; break }
            if towns { return true }
        }
        // A party's word for its members is the party, whatever the tagger read around it ("Virginia Democrats"
        // read as a person).
        if tokens.count == 1, Offices.partyWords.contains(lower[tokens.lowerBound]),
           candidates.contains(where: { base.actors[$0.actor].code?.hasSuffix("PTY") == true }) {
            return false
        }
        var overlapping: [(Range<Int>, String)] = []
        for t in tokens {
            if let index = taggedAt[t], !overlapping.contains(where: { $0.0 == tagged[index].0 }) { overlapping.append(tagged[index]) }
        }
        // The longer name's other words are its own, not a title, a nationality, a possessive or
        // another name ("President Obama", "Russia’s TASS").
        // (Except a country before a department of its government: "U.S. Department of Defense".)
        // (Of the tagged span, the name within it: "Tampa , Fla." is two.)
        // (Loops, not nested closures: a closure within a closure that reads `self` copies the whole state.)
        // (A name's "The" the tagger leaves out: "The Independent" of "The Independent National Electoral Commission";
        // not where the name goes by its words without it: "The UN" of "The UN Security Council" is the UN's.)
        var core = tokens
        if tokens.count > 1, words[tokens.lowerBound] == "The", let matcher {
            let actors = Set(candidates.map(\.actor))
            if !matcher.names(writtenAs: Array(words[tokens.dropFirst()])).contains(where: { actors.contains(base.names[$0].actor) }) {
                core = tokens.dropFirst()
            }
        }
        for (tagged, type) in overlapping {
            guard let span = Self.nameParts(tagged, words).first(where: { $0.contains(core.lowerBound) }),
                  span.count > core.count, span.lowerBound <= core.lowerBound, span.upperBound >= core.upperBound,
                  span.lowerBound < tokens.lowerBound || span.upperBound > tokens.upperBound
            else { continue }
            // (Words of a title before the name are no part of it: "State" of "Secretary of State John Kerry"; nor, around a
            // title, its body and its holder: "White House" and "Josh Earnest" of "White House Press Secretary Josh Earnest".)
            if span.lowerBound < tokens.lowerBound, (span.lowerBound..<tokens.lowerBound).allSatisfy({ Offices.jobTitleWords.contains(lower[$0]) }) { continue }
            if span.lowerBound < tokens.lowerBound, Offices.jobTitleWords.contains(lower[tokens.lowerBound - 1]),
               candidates.contains(where: { base.actors[$0.actor].kind == .person }) { continue }
            if span.upperBound > tokens.upperBound, Self.titlesAfterBodies.contains(lower[tokens.upperBound]) { continue }
            // (Nor a person's name run on after a body's: "The Canadian Press Anne Marie Cerato", a photo's credit before
            // its caption.)
            if span.upperBound > tokens.upperBound, firstNames.contains(words[tokens.upperBound]), matchAt[tokens.upperBound] == nil,
               candidates.allSatisfy({ [.organization, .media].contains(base.actors[$0.actor].kind) }) { continue }
            if span.lowerBound == tokens.lowerBound, candidates.contains(where: { base.actors[$0.actor].kind == .country }),
               span.contains(where: { Self.departmentWords.contains(words[$0]) }) { continue }
            // (Nor are words before a person's full name that are no given name or initial: "Crooked Hillary Clinton",
            // "Vermonter Bernie Sanders", "Floridians Jeb Bush"; not "Anna" of "Anna Mary Smith".)
            if type == "PER", tokens.count > 1, span.upperBound == tokens.upperBound,
               candidates.contains(where: { base.actors[$0.actor].kind == .person }),
               (span.lowerBound..<tokens.lowerBound).allSatisfy({ words[$0].utf8.count > 2 && words[$0].utf8.last != UInt8(ascii: ".")
                   && !givenNames.contains(words[$0]) && !firstNames.contains(words[$0]) }) { continue }
            var ownWords = true
            for t in span where !core.contains(t) {
                if Offices.honorifics.contains(lower[t]) || Offices.partyWords.contains(lower[t]) || isNationalityWord(t) || covered[t]
                    || document.tokens[t].kind == .clitic { ownWords = false; break }
            }
            if ownWords { return true }
        }
        // The surname of a person the tagger found in full earlier is the person's, not a company's of that name
        // ("Eric Nordstrom" … "Nordstrom said"; where the knowledge base knows the word as organisations' names
        // alone, no one's surname) nor a town's or a capital's ("Norton" after "Joshua Abraham Norton", below).
        let surnameNamedBefore = tokens.count == 1 && (taggedSurnames[words[tokens.lowerBound]] ?? Int.max) < tokens.lowerBound
        if surnameNamedBefore, !candidates.isEmpty {
            var companies = true
            for candidate in candidates {
                let kind = base.actors[candidate.actor].kind
                if candidate.kind == .surname || kind != .organization && kind != .media { companies = false; break }
            }
            if companies { return true }
        }
        // On a sports page a team's name is the team's, whatever the tagger, trained on towns, read there.
        if isSports, candidates.allSatisfy({ base.actors[$0.actor].kind == .team }) { return false }
        // Towns, companies and NGOs: names that are often words or other things ("Shell", "Nice").
        // (A company or NGO by a name of one word, unless the word is no English one, no first name and no
        // initials: "Apple", "Shell", "Ford" and "RPM" need support; "Facebook", "Siemens" and "Gazprom" do not.)
        let ambiguousWord = tokens.count == 1 && (Truecaser.standard.usualCase(ofLowercased: lower[tokens.lowerBound]) == false
            || words[tokens.lowerBound].utf8.allSatisfy({ $0 &- 0x61 >= 26 })
            || firstNames.contains(words[tokens.lowerBound]) || taggedAt[tokens.lowerBound].map { tagged[$0].0.count > 1 } == true)
        guard candidates.allSatisfy({ candidate in
                  guard candidate.kind != .surname else { return true }
                  let actor = base.actors[candidate.actor]
                  // (A capital's name, its country's for the government, too, after such a surname: "Hamilton said" after
                  // "Ian Hamilton" is no Bermuda.)
                  return actor.kind == .place || actor.kind == .team || surnameNamedBefore && candidate.kind == .capital
                      || (actor.kind == .organization && ["MNC", "NGO"].contains(actor.code?.prefix(3) ?? "") && ambiguousWord)
              }),
              let sense = candidates.first(where: { $0.kind != .surname }) else { return false }
        if surnameNamedBefore { return true }
        let expected = base.actors[sense.actor].kind == .place ? "LOC" : "ORG"
        // A town with its state or country or its own offices after it is the town, however the tagger read
        // it ("from Sydney, Australia", "Charlotte Mayor Jennifer Roberts"); so is a state before its party's
        // members ("Virginia Democrats").
        // (Not a common word that names a town too: "One Republican hopeful".) So is a state before "state" ("Trump's
        // Virginia state director"), though its name is a first name too.
        if expected == "LOC", placeFollows(tokens) || tokens.upperBound < words.count && Offices.partyWords.contains(lower[tokens.upperBound])
            && !isCommonWord(tokens)
            || tokens.upperBound < words.count && words[tokens.upperBound] == "state" && candidates.contains(where: { base.actors[$0.actor].id.hasPrefix("a:") })
        {
            return false
        }
        // So is a dateline's town in capitals before its dash ("BOSTON —Standing in front of …").
        if expected == "LOC", !isSports, isDateline(tokens) { return false }
        // A state or province read by itself as a person or (off the sports pages) an organisation
        // stays the place ("Cruz's Iowa win"), unless it is a first name too ("Isabel", "Georgia").
        let region = candidates.contains { base.actors[$0.actor].id.hasPrefix("a:") }
            && !(tokens.count == 1 && firstNames.contains(words[tokens.lowerBound]))
        // So does a city read by itself as a person ("the mayor of Baltimore", "Clinton's Brooklyn headquarters"): a
        // great one, or a large one of a country the article names; unless it is a first name or the surname of
        // someone (of the knowledge base, or named in full before), or a title goes before it.
        // (Of a longer name, only a reading of all of it: "Chicago" read as a place leaves "Chicago Cubs" alone.)
        for (span, type) in overlapping where type != expected && !(region && span == tokens && (type == "PER" || type == "ORG" && !isSports))
            && (tokens.count == 1 || span.lowerBound <= tokens.lowerBound && span.upperBound >= tokens.upperBound) {
            if tokens.count == 1, span == tokens, type == "PER", isCityNotPerson(tokens.lowerBound, candidates) { continue }
            return true
        }
        guard tokens.count == 1, overlapping.isEmpty else { return false }
        // A state or province of a country the article already names needs no support ("Iowa" after "Ted Cruz"),
        // nor one whose name is usually written with a capital ("Scotland", unlike "Nice" or "Reading").
        if region, candidates.contains(where: { base.actors[$0.actor].id.hasPrefix("a:") && isArticleCountry(base.actors[$0.actor].country) })
            || Truecaser.standard.isUsuallyCapitalised(words[tokens.lowerBound])
        {
            return false
        }
        // A dateline's town ("HANGZHOU, China"), a town after "in", "at" or "from", or a town with its
        // state or country after it stands.
        let t = tokens.lowerBound
        let word = words[t]
        if t > 0, sentenceOf[t - 1] == sentenceOf[t], Self.placePrepositions.contains(lower[t - 1]) { return false }
        // So does a city of a hundred thousand whose name is no English word, first name or common surname, alone
        // among words in lower case ("Rebels shelled Grozny"; not "Reading", "Marion", "Jackson" or the "Pest" of
        // "Organic Pest Control").
        func isCapitalisedNeighbour(_ k: Int) -> Bool { k >= 0 && k < words.count && sentenceOf[k] == sentenceOf[t] && capitalised[k] }
        if Truecaser.standard.usualCase(ofLowercased: lower[t]) == nil, !firstNames.contains(word), !Self.commonSurnames.contains(word),
           !isCapitalisedNeighbour(t - 1), !isCapitalisedNeighbour(t + 1),
           candidates.contains(where: { !base.actors[$0.actor].id.hasPrefix("a:") && (base.actors[$0.actor].place?.population ?? 0) >= 100_000 }) {
            return false
        }
        if word.count >= 3, word.allSatisfy({ !$0.isLowercase }), t == 0 || sentenceOf[t - 1] != sentenceOf[t] { return false }
        return !placeFollows(tokens)
    }

    /// Whether `tokens` open a sentence in capitals and a dash follows them: a dateline's town ("BOSTON —", "PARIS -").
    func isDateline(_ tokens: Range<Int>) -> Bool {
        let t = tokens.lowerBound
        guard t == 0 || sentenceOf[t - 1] != sentenceOf[t], tokens.upperBound < words.count,
              Self.dashes.contains(words[tokens.upperBound]) || words[tokens.upperBound].hasPrefix("—")
        else { return false }
        return tokens.allSatisfy { words[$0].count >= 2 && !words[$0].contains(where: \.isLowercase) }
    }

    static let dashes: WordSet = ["—", "–", "-", "--"]
}
