extension StringProtocol {
    /// The words between the spaces, found by their bytes: `split(separator: " ")` without reading Characters
    /// (a name's or a key's words: "Bill de Blasio" → "Bill", "de", "Blasio").
    @inlinable public var spaceSeparatedWords: [SubSequence] {
        var parts: [SubSequence] = []
        let utf8 = self.utf8
        var start = utf8.startIndex, i = start
        while i != utf8.endIndex {
            let next = utf8.index(after: i)
            if utf8[i] == 0x20 {
                if start != i { parts.append(self[start..<i]) }
                start = next
            }
            i = next
        }
        if start != utf8.endIndex { parts.append(self[start...]) }
        return parts
    }
}
