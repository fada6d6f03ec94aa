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

extension String {
    /// The parts between occurrences of `separator`, found by their bytes: Foundation's
    /// `components(separatedBy:)` for a literal separator, empty parts kept, without its cost.
    public func byteComponents(separatedBy separator: String) -> [String] {
        var text = self, separator = separator
        return text.withUTF8 { p in
            separator.withUTF8 { s in
                guard !s.isEmpty, p.count >= s.count else { return [self] }
                var parts: [String] = []
                var start = 0, i = 0
                while i + s.count <= p.count {
                    var k = 0
                    while k < s.count, p[i + k] == s[k] { k += 1 }
                    if k == s.count {
                        parts.append(String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self))
                        i += s.count
                        start = i
                    } else {
                        i += 1
                    }
                }
                parts.append(String(decoding: UnsafeBufferPointer(rebasing: p[start...]), as: UTF8.self))
                return parts
            }
        }
    }
}
