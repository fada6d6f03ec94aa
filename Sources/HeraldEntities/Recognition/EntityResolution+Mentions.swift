import HeraldCore

/// Mentions found so far: the knowledge base's matches within a span, and mentions added and taken away.
extension EntityResolution {
    /// The matches that begin within `range`, in their order in `matches`: a binary search, not a pass over all.
    func matches(beginningIn range: Range<Int>) -> [NameMatcher.Match] {
        var low = 0, high = matchStarts.count
        while low < high {
            let middle = (low + high) / 2
            if matches[matchStarts[middle]].tokens.lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var found: [Int] = []
        while low < matchStarts.count, matches[matchStarts[low]].tokens.lowerBound < range.upperBound {
            found.append(matchStarts[low])
            low += 1
        }
        return found.sorted().map { matches[$0] }
    }

    mutating func add(_ actor: Int, _ tokens: Range<Int>) {
        mentions[actor, default: []].append(tokens)
    }

    mutating func removeMention(_ actor: Int, _ tokens: Range<Int>) {
        removeMentions(actor, CollectionOfOne(tokens))
    }

    /// Takes mentions of `actor` away in one pass over its list, however many (one by one, a place named
    /// thousands of times took as many passes).
    mutating func removeMentions(_ actor: Int, _ ranges: some Collection<Range<Int>>) {
        guard !ranges.isEmpty else { return }
        if ranges.count == 1, let tokens = ranges.first {
            mentions[actor]?.removeAll { $0 == tokens }
        } else {
            let gone = Set(ranges)
            mentions[actor]?.removeAll { gone.contains($0) }
        }
        if mentions[actor]?.isEmpty == true { mentions[actor] = nil }
    }

    /// Takes a mention away and leaves its words to the tagger's names.
    mutating func dropMention(_ actor: Int, _ tokens: Range<Int>) {
        dropMentions(actor, CollectionOfOne(tokens))
    }

    /// Takes mentions away and leaves their words to the tagger's names.
    mutating func dropMentions(_ actor: Int, _ ranges: some Collection<Range<Int>>) {
        removeMentions(actor, ranges)
        for tokens in ranges { for t in tokens { covered[t] = false } }
    }
}
