import HeraldCore
import HeraldModels

/// People named by what an appositive says of them: "Jim Smith, a spokesman for the ministry,".
extension EntityResolution {
    /// "Sergei Ryabkov, Russia's deputy foreign minister,", "Jim Smith, a spokesman for the ministry,", "Jim
    /// Smith, 52,": two to four capitalised words before a comma and an appositive that names a person's
    /// office, trade or age are a person's name, though the knowledge base and the tagger miss it.
    mutating func findApposedPeople() {
        for comma in words.indices where comma >= 2 && words[comma] == "," && isPersonAppositive(after: comma) {
            var start = comma
            while start > 0, comma - start < 4, !covered[start - 1], sentenceOf[start - 1] == sentenceOf[comma],
                  words[start - 1].utf8.count > 1, capitalised[start - 1],
                  Truecaser.standard.usualCase(ofLowercased: lower[start - 1]) != false,
                  !Offices.honorifics.contains(lower[start - 1]), !Self.calendarWords.contains(lower[start - 1]),
                  !Self.institutionWords.contains(words[start - 1]), !Self.geographyWords.contains(words[start - 1])
            {
                start -= 1
            }
            // (A name whose first word begins the sentence or follows a word in lower case, or one usually so ("And"):
            // not the tail of a longer one, nor a father's name after "bin": "Mohammed bin Abdulrahman Al Thani".)
            guard comma - start >= 2, start == 0 || !capitalised[start - 1] || sentenceOf[start - 1] != sentenceOf[comma]
                    || Truecaser.standard.usualCase(ofLowercased: lower[start - 1]) == false,
                  start == 0 || !NameMatcher.fathersParticles.contains(lower[start - 1])
            else { continue }
            unknownPeople[words[start..<comma].joined(separator: " "), default: []].append(start..<comma)
        }
    }

    /// Whether the words after the comma at `comma` are an appositive that names a person's office or
    /// trade (opened by an article or a possessive, closed by a comma or a full stop, ended by such a
    /// word) or age ("52,").
    private func isPersonAppositive(after comma: Int) -> Bool {
        let open = comma + 1
        // An age between commas ("John Doe, 52, of Ohio"): a person's.
        if open + 1 < words.count, words[open + 1] == ",", let age = Int(words[open]), (1...110).contains(age) { return true }
        guard open + 2 < words.count, sentenceOf[open] == sentenceOf[comma],
              ["the", "a", "an", "another"].contains(lower[open]) || document.tokens[open + 1].kind == .clitic else { return false }
        if hasPersonNoun(after: open) { return true }
        var close = open + 1
        while close < words.count, close - open < 8, words[close] != ",", words[close] != ".", sentenceOf[close] == sentenceOf[open] {
            if Self.clauseWords.contains(lower[close]) { return false }
            close += 1
        }
        guard close < words.count, words[close] == "," || words[close] == "." else { return false }
        return Self.personTitleWords.contains(lower[close - 1]) || Offices.honorifics.contains(lower[close - 1])
    }

    /// Whether the words after `open` (an article) begin with a noun that names only people ("an Iranian-American
    /// businessman arrested in Tehran", "the son of", "another freed American,"), followed by the appositive's
    /// end or a word that qualifies it: a preposition, a relative pronoun or a participle, not a noun it qualifies.
    private func hasPersonNoun(after open: Int) -> Bool {
        var k = open + 1
        while k + 1 < words.count, k - open <= 4, sentenceOf[k] == sentenceOf[open], words[k] != ",", words[k] != "." {
            let next = lower[k + 1]
            let closes = next == "," || next == "." || sentenceOf[k + 1] != sentenceOf[k]
            if Self.personNouns.contains(lower[k]) || closes && isNationalityWord(k) && !lower[k].hasSuffix("s") {
                guard !closes else { return true }
                return document.tokens[k + 1].kind != .clitic && !capitalised[k + 1]
                    && (Self.qualifierWords.contains(next) || next.utf8.count > 4 && (next.hasSuffix("ed") || next.hasSuffix("ing")))
            }
            if Self.clauseWords.contains(lower[k]) { return false }
            k += 1
        }
        return false
    }

    /// Nouns that name only people, by trade, faith, kin or fate, whose appositive makes a name before it a person's.
    static let personNouns: WordSet = [
        "businessman", "businesswoman", "entrepreneur", "investor", "banker", "financier", "philanthropist", "billionaire",
        "millionaire", "pastor", "priest", "cleric", "preacher", "missionary", "journalist", "photographer", "writer", "novelist",
        "poet", "playwright", "filmmaker", "actor", "actress", "singer", "rapper", "musician", "comedian", "blogger", "surgeon",
        "dentist", "nurse", "soldier", "sergeant", "lieutenant", "mother", "father", "widow", "widower", "wife", "husband", "son",
        "daughter", "brother", "sister", "grandson", "granddaughter", "immigrant", "dissident", "hostage", "detainee", "defendant",
        "spokesperson", "spokesman", "spokeswoman", "man", "woman", "boy", "girl",
    ]

    /// Words that open what qualifies a noun after it ("a businessman from Ohio", "a pastor who").
    static let qualifierWords: WordSet = ["in", "from", "at", "of", "for", "with", "on", "who", "whose", "whom", "and", "or", "now", "born"]

    /// Words that end an appositive naming a person by office or trade ("a spokesman", "the company's chief executive").
    static let personTitleWords: WordSet = [
        "adviser", "advisor", "director", "official", "lawmaker", "legislator", "representative", "candidate", "nominee",
        "chief", "executive", "officer", "aide", "prosecutor", "attorney", "lawyer", "economist", "analyst", "leader",
        "commander", "envoy", "founder", "chairwoman", "head", "manager", "strategist", "consultant", "researcher",
        "author", "editor", "reporter", "correspondent", "columnist", "activist", "member", "owner", "coach", "deputy",
        "scientist", "physician", "doctor", "secretary-general", "director-general", "negotiator", "diplomat", "lobbyist",
        "pollster", "historian", "donor", "veteran", "student", "teacher", "resident", "officials", "ceo",
    ]

    /// Words that make what follows a comma a clause, not an appositive ("X, who met the minister,").
    static let clauseWords: WordSet = ["who", "whom", "whose", "which", "that", "said", "says", "and", "but", "when", "where"]
}
