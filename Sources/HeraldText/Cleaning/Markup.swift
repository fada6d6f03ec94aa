import Glibc

/// Markup tags left in scraped text (`<tweet author="…">`, `</tweet>`, `<br/>`): removed, their
/// content kept, so that "in San Bernardino.</tweet>" reads as the town and the sentence's end.
///
/// A tag is `<`, an optional `/`, a letter, then anything but a line break or another `<` up to the
/// first `>`, within 400 bytes. "a < b", "<3" and "x <= y" are no tags.
enum Markup {
    /// Longest tag removed, in bytes.
    static let maxTagBytes = 400

    /// `text` without its markup tags; the same array when it has none.
    static func strip(_ text: [UInt8]) -> [UInt8] {
        text.withUnsafeBufferPointer { p in
            guard var tag = firstTag(p, from: 0) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(p.count)
            var i = 0
            while true {
                out.append(contentsOf: p[i..<tag.lowerBound])
                i = tag.upperBound
                guard let next = firstTag(p, from: i) else { break }
                tag = next
            }
            out.append(contentsOf: p[i...])
            return out
        }
    }

    /// The first tag at or after `start`: `memchr` finds each "<", so that text without one costs one fast pass.
    private static func firstTag(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        guard let base = p.baseAddress else { return nil }
        var i = start
        while i < p.count, let found = memchr(base + i, Int32(UInt8(ascii: "<")), p.count - i) {
            let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if let tag = tag(p, at: at) { return tag }
            i = at + 1
        }
        return nil
    }

    /// The tag that begins at `i` (a `<`), or nil.
    private static func tag(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Range<Int>? {
        var k = i + 1
        if k < p.count, p[k] == UInt8(ascii: "/") { k += 1 }
        guard k < p.count, (p[k] | 0x20) &- 0x61 < 26 else { return nil }
        let limit = min(p.count, i + maxTagBytes)
        while k < limit {
            switch p[k] {
            case UInt8(ascii: ">"): return i..<(k + 1)
            case UInt8(ascii: "<"), 0x0A: return nil
            default: k += 1
            }
        }
        return nil
    }
}
