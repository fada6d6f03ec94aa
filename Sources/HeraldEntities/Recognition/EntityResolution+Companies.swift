/// Companies named again without their legal form.
extension EntityResolution {
    /// The words of a company's name at `range` without its legal form ("ABN AMRO" of "ABN AMRO Holding NV",
    /// "Salomon Brothers" of "Salomon Brothers Inc"); nil where the name ends in none.
    func shortName(of range: Range<Int>) -> Range<Int>? {
        guard range.count > 1, Self.legalForms.contains(words[range.upperBound - 1]) else { return nil }
        var end = range.upperBound
        while end > range.lowerBound + 1, Self.legalForms.contains(words[end - 1]) || Self.holdingWords.contains(words[end - 1]) { end -= 1 }
        return range.lowerBound..<end
    }

    /// A name of two words or more the tagger read as a person's that is a company's short name in the same
    /// article is the company: "Salomon Brothers Inc", then "analysts at Salomon Brothers". (One word may be
    /// the founder's: "Michael R. Bloomberg" of "Bloomberg L.P.".)
    mutating func shortNamesReadAsPeople() {
        guard !unknownPeople.isEmpty else { return }
        for (key, other) in unknownOthers where other.kind == .organization {
            guard let longest = other.ranges.max(by: { $0.count < $1.count }), let short = shortName(of: longest), short.count > 1 else { continue }
            let shortWords = words[short]
            for (person, ranges) in unknownPeople where ranges.allSatisfy({ words[$0].elementsEqual(shortWords) }) {
                unknownOthers[key]?.ranges.append(contentsOf: ranges)
                unknownOthers[key]?.ranges.sort { $0.lowerBound < $1.lowerBound }
                unknownPeople[person] = nil
            }
        }
    }

    /// Words before a company's legal form that its short name leaves out ("ABN AMRO Holding NV").
    static let holdingWords: Set<String> = ["Holding", "Holdings", "Group"]
}
