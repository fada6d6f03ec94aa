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
        var parts: [String] = []
        var rest = self[...]
        while let range = rest.byteRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}

extension Substring {
    /// The range of the first occurrence of `target`'s bytes, found without Foundation's `range(of:)`;
    /// nil when it does not occur or is empty.
    public func byteRange(of target: String) -> Range<String.Index>? {
        var target = target
        let utf8 = self.utf8
        return target.withUTF8 { t -> Range<String.Index>? in
            guard !t.isEmpty else { return nil }
            return utf8.withContiguousStorageIfAvailable { p -> Range<String.Index>? in
                guard p.count >= t.count else { return nil }
                for i in 0...(p.count - t.count) where p[i] == t[0] {
                    var k = 1
                    while k < t.count, p[i + k] == t[k] { k += 1 }
                    if k == t.count {
                        let start = utf8.index(utf8.startIndex, offsetBy: i)
                        return start..<utf8.index(start, offsetBy: t.count)
                    }
                }
                return nil
            } ?? nil
        }
    }
}

extension String {
    /// The range of the first occurrence of `target`'s bytes (see ``Substring/byteRange(of:)``).
    public func byteRange(of target: String) -> Range<String.Index>? { self[...].byteRange(of: target) }
}
