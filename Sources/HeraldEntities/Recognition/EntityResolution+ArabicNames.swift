import HeraldCore

/// Arabic names: one name across a father's particle, and the knowledge base's person whatever the spelling.
extension EntityResolution {
    /// A person's name goes on across a father's particle ("bin", "ibn", "bint") and a capitalised word after it, then
    /// across the capitalised words and the article ("Al Maktoum", "al-Sabah") that follow, whatever the tagger read
    /// there: "Mohammed bin Rashid Al Maktoum" is one name, not "Mohammed" and "Rashid Al Maktoum".
    static func patronymicNames(_ tagged: [(Range<Int>, String)], words: [String], sentenceOf: [Int]) -> [(Range<Int>, String)] {
        var result: [(Range<Int>, String)] = []
        var index = 0
        while index < tagged.count {
            var (range, type) = tagged[index]
            index += 1
            // The particle ends the name or follows it.
            var particle = range.upperBound
            if !range.isEmpty, NameMatcher.fathersParticles.contains(lowercase(words[particle - 1])) { particle -= 1 }
            guard type == "PER", particle > range.lowerBound, particle + 1 < words.count,
                  NameMatcher.fathersParticles.contains(lowercase(words[particle])), sentenceOf[particle + 1] == sentenceOf[range.lowerBound],
                  isCapitalised(words[particle + 1]) else {
                result.append((range, type))
                continue
            }
            var end = particle + 2
            while end < words.count, sentenceOf[end] == sentenceOf[particle] {
                let word = words[end]
                if isCapitalised(word) && !functionWords.contains(lowercase(word)) { end += 1; continue }
                // ("al" and "-" before a capitalised word: "al-Sabah", "Al Nahyan".)
                guard NameMatcher.arabicParticles.contains(lowercase(word)) || word == "-", end + 1 < words.count,
                      isCapitalised(words[end + 1]) || words[end + 1] == "-" && end + 2 < words.count && isCapitalised(words[end + 2])
                else { break }
                end += 1
            }
            range = range.lowerBound..<end
            // (The tagger's names the longer one covers go: "Rashid Al Maktoum" of it.)
            while index < tagged.count, tagged[index].0.lowerBound < end {
                range = range.lowerBound..<max(end, tagged[index].0.upperBound)
                index += 1
            }
            result.append((range, "PER"))
        }
        return result
    }

    /// A person the article names by an Arabic name that the knowledge base spells otherwise is its person, where only
    /// one of its people has a name spelt alike (see ``NameMatcher/transliterationKeys(_:)``): "Mohammed bin Rashid Al
    /// Maktoum" is its "Muhammad Bin Rashid Al Maktum", "Mohammed bin Zayed" its "Muhammad Bin Zayid Al-Nuhayyan".
    mutating func resolveTransliteratedNames() {
        guard let matcher else { return }
        for (name, ranges) in unknownPeople {
            guard let longest = ranges.max(by: { $0.count < $1.count }), longest.count >= 3 else { continue }
            let people = matcher.peopleTransliterated(Array(words[longest]))
            guard people.count == 1, let actor = people.first else { continue }
            unknownPeople[name] = nil
            for range in ranges { add(actor, range) }
        }
    }
}
