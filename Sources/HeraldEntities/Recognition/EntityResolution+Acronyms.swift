import HeraldCore

/// Bodies the article names by an acronym it gives in brackets.
extension EntityResolution {
    /// An acronym in brackets right after a body's name is that body's wherever the article uses it: "the Armed
    /// Islamic Group (GIA)" … "the GIA said", however the tagger read it (where the knowledge base reads it as
    /// another's, that stands).
    mutating func acronymsGivenInBrackets() {
        // (Where each acronym stands, found once, at the first in brackets: a long text gives many.)
        var places: [String: [Int]]?
        var i = 2
        while i + 1 < words.count {
            defer { i += 1 }
            guard words[i - 1] == "(", words[i + 1] == ")", Self.isAcronym(words[i]) else { continue }
            let end = i - 1, acronym = words[i]
            // The body named just before the bracket: one the knowledge base knows, or one the tagger found.
            var actor: Int?, other: String?
            for (index, ranges) in mentions where ranges.contains(where: { $0.upperBound == end && $0.count > 1 }) {
                if [.organization, .group, .media].contains(base.actors[index].kind) { actor = index }
            }
            if actor == nil {
                other = unknownOthers.first { $0.value.kind == .organization && $0.value.ranges.contains { $0.upperBound == end && $0.count > 1 } }?.key
            }
            guard actor != nil || other != nil else { continue }
            if places == nil {
                places = [:]
                for k in words.indices where Self.isAcronym(words[k]) { places![words[k], default: []].append(k) }
            }
            for k in places![acronym] ?? [] {
                let range = k..<(k + 1)
                // (Taken from the tagger's readings; one the knowledge base gives stands.)
                if mentions.contains(where: { $0.key != actor && $0.value.contains(range) }) { continue }
                unknownOthers[acronym]?.ranges.removeAll { $0 == range }
                if unknownOthers[acronym]?.ranges.isEmpty == true { unknownOthers[acronym] = nil }
                unknownPeople[acronym]?.removeAll { $0 == range }
                if unknownPeople[acronym]?.isEmpty == true { unknownPeople[acronym] = nil }
                if let actor, mentions[actor]?.contains(range) != true { add(actor, range) }
                if let other, unknownOthers[other]?.ranges.contains(range) == false { unknownOthers[other]?.ranges.append(range) }
                covered[k] = true
            }
        }
    }

    /// Two to eight capitals, perhaps with a hyphen or an ampersand: "GIA", "NATO", "AT&T".
    static func isAcronym(_ word: String) -> Bool {
        let bytes = word.utf8
        return (2...8).contains(bytes.count) && bytes.allSatisfy { $0 &- 0x41 < 26 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "&") }
            && bytes.first.map { $0 &- 0x41 < 26 } == true
    }
}
