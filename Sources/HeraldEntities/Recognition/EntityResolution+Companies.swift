import HeraldCore
/// Companies named again without their legal form.
extension EntityResolution {
    /// The words of a company's name at `range` without its legal form ("ABN AMRO" of "ABN AMRO Holding NV",
    /// "Salomon Brothers" of "Salomon Brothers Inc", "SoftBank" of "SoftBank Group"); nil where the name ends in none.
    func shortName(of range: Range<Int>) -> Range<Int>? {
        guard range.count > 1, Self.legalForms.contains(words[range.upperBound - 1]) || Self.holdingWords.contains(words[range.upperBound - 1])
        else { return nil }
        var end = range.upperBound
        while end > range.lowerBound + 1, Self.legalForms.contains(words[end - 1]) || Self.holdingWords.contains(words[end - 1]) { end -= 1 }
        return range.lowerBound..<end
    }

    /// A name of two words or more the tagger read as a person's that is a company's short name in the same
    /// article is the company: "Salomon Brothers Inc", then "analysts at Salomon Brothers". (One word may be
    /// the founder's: "Michael R. Bloomberg" of "Bloomberg L.P.".) A firm's first word alone that the tagger read as a
    /// person's is the firm too ("Alden" of "Alden Capital"), where no one of that surname is named in full.
    mutating func shortNamesReadAsPeople() {
        guard !unknownPeople.isEmpty else { return }
        for (key, other) in unknownOthers where other.kind == .organization {
            guard let longest = other.ranges.max(by: { $0.count < $1.count }) else { continue }
            let short: Range<Int>
            if let name = shortName(of: longest), name.count > 1 {
                short = name
            } else if longest.count == 2, Self.companyHeads.contains(words[longest.upperBound - 1]),
                      case let first = words[longest.lowerBound], !unknownPeople.keys.contains(where: { $0.hasSuffix(" " + first) }) {
                short = longest.lowerBound..<(longest.lowerBound + 1)
            } else {
                continue
            }
            let shortWords = words[short]
            for (person, ranges) in unknownPeople where ranges.allSatisfy({ words[$0].elementsEqual(shortWords) }) {
                unknownOthers[key]?.ranges.append(contentsOf: ranges)
                unknownOthers[key]?.ranges.sort { $0.lowerBound < $1.lowerBound }
                unknownPeople[person] = nil
            }
        }
    }

    /// A company's name with its legal form, which the knowledge base knows without it (and without a word of
    /// its trade), is the knowledge base's company: "BMW AG", "Ford Motor Co.", "Honda Motor Co. Ltd.".
    mutating func companiesByTheirLegalNames() {
        guard let matcher else { return }
        for (key, other) in unknownOthers where other.kind == .organization {
            guard let longest = other.ranges.max(by: { $0.count < $1.count }), var short = shortName(of: longest) else { continue }
            while true {
                let companies = Set(matcher.names(writtenAs: Array(words[short])).map { base.names[$0].actor }.filter { actor in
                    base.actors[actor].kind == .organization && base.actors[actor].code?.hasPrefix("MNC") == true
                })
                if companies.count == 1, let company = companies.first {
                    for range in other.ranges { add(company, range) }
                    unknownOthers[key] = nil
                    break
                }
                guard short.count > 1, Self.tradeWords.contains(words[short.upperBound - 1]) else { break }
                short = short.lowerBound..<(short.upperBound - 1)
            }
        }
    }

    /// An organisation's name of two words or more that ends the one longer name the article gave an organisation first
    /// is that organisation's short name: "Black Caucus" after "Congressional Black Caucus", "Tax Policy Center" after
    /// "Brookings Tax Policy Center" (not "Liberation Front" after two fronts).
    mutating func joinShortBodyNames() {
        // (The names by each of their endings after a space, "Industries" and "Acme Industries" of "Big Acme Industries",
        // so that a short name looks only at the names it may end: the loop takes names away and adds none. Looking
        // through all of them for each name took a list of thousands of companies as many times.)
        var byEnding: [String: [String]] = [:]
        for key in unknownOthers.keys {
            var start = key.utf8.startIndex
            while let space = key.utf8[start...].firstIndex(of: 0x20) {
                start = key.utf8.index(after: space)
                byEnding[String(key[start...]), default: []].append(key)
            }
        }
        for key in unknownOthers.keys.sorted() where key.utf8.contains(0x20) {
            guard let short = unknownOthers[key], short.kind == .organization, let first = short.ranges.map(\.lowerBound).min() else { continue }
            let suffix = " " + key
            let longer = (byEnding[key] ?? []).filter { unknownOthers[$0]?.kind == .organization && $0.hasSuffix(suffix) }
            assert(Set(longer) == Set(unknownOthers.filter { $0.key.hasSuffix(suffix) && $0.value.kind == .organization }.keys))
            guard longer.count == 1, let name = longer.first, let body = unknownOthers[name], body.ranges.contains(where: { $0.lowerBound < first })
            else { continue }
            unknownOthers[key] = nil
            unknownOthers[name]?.ranges.append(contentsOf: short.ranges)
        }
    }

    /// Words of a trade that end a company's name before its legal form ("Honda Motor Co.").
    static let tradeWords: WordSet = ["Motor", "Motors", "Automotive", "International"]

    /// Words before a company's legal form that its short name leaves out ("ABN AMRO Holding NV").
    static let holdingWords: WordSet = ["Holding", "Holdings", "Group"]
}
