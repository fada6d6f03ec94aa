import HeraldCore
import HeraldKnowledge
import HeraldModels

/// Family named by a first name after a person's possessive: "Trump's wife, Melania" is Melania Trump.
extension EntityResolution {
    /// Words for a person's family.
    static let kinWords: WordSet = [
        "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "widow", "widower", "stepson",
        "stepdaughter", "granddaughter", "grandson", "niece", "nephew",
    ]

    /// A first name after a named person's possessive and a word for family ("Trump's wife, Melania", "Clinton's
    /// daughter Chelsea") names one of that family: the first name and the person's surname, whom the knowledge
    /// base may know. Not the person's own name again ("Trump's son, Donald"), nor the first word of a longer name
    /// ("Trump's daughter Ivanka Trump" is named already).
    mutating func familyByFirstName() {
        // (The clitic first, a cheap test, before the word's look-up; most articles name no family so.)
        let kin = (2..<max(words.count, 2)).filter { document.tokens[$0 - 1].kind == .clitic && Self.kinWords.contains(lower[$0]) }
        guard !kin.isEmpty else { return }
        var ownerEnding: [Int: String] = [:]
        for (actor, ranges) in mentions where base.actors[actor].kind == .person && base.actors[actor].name.utf8.contains(0x20) {
            for range in ranges { ownerEnding[range.upperBound] = base.actors[actor].name }
        }
        for (key, ranges) in unknownPeople where key.utf8.contains(0x20) {
            for range in ranges { ownerEnding[range.upperBound] = key }
        }
        guard !ownerEnding.isEmpty else { return }
        for t in kin {
            guard let owner = ownerEnding[t - 1], let surname = Self.surname(ofKey: owner) else { continue }
            var k = t + 1
            if k < words.count, words[k] == "," { k += 1 }
            guard k < words.count, sentenceOf[k] == sentenceOf[t], capitalised[k], words[k].utf8.count > 2,
                  k + 1 == words.count || !capitalised[k + 1] || sentenceOf[k + 1] != sentenceOf[k],
                  !covered[k] || unknownPeople[words[k]]?.contains(k..<(k + 1)) == true,
                  case let full = words[k] + " " + surname, full != owner,
                  Truecaser.standard.usualCase(ofLowercased: lower[k]) != false || firstNames.contains(words[k])
            else { continue }
            let range = k..<(k + 1)
            // (Whatever the tagger read the first name as: "Melania" a place.)
            removeLoneName(k)
            if var other = unknownOthers[words[k]], let index = other.ranges.firstIndex(of: range) {
                other.ranges.remove(at: index)
                unknownOthers[words[k]] = other.ranges.isEmpty ? nil : other
            }
            addPerson(named: full, range)
        }
    }
}
