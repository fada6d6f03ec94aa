/// Lowercase ASCII words grouped by their first byte, to find them in attribute values ignoring case:
/// a position whose byte begins none of them is passed over with one table look-up.
struct ASCIIWords: Sendable, ExpressibleByArrayLiteral {
    /// For each byte (as `| 0x20` makes it), whether a word begins with it.
    private let begins: [Bool]
    /// For each byte, the words that begin with it.
    private let buckets: [[[UInt8]]]

    init(arrayLiteral words: String...) {
        var begins = [Bool](repeating: false, count: 256)
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for word in words {
            let bytes = Array(word.utf8)
            begins[Int(bytes[0])] = true
            buckets[Int(bytes[0])].append(bytes)
        }
        self.begins = begins
        self.buckets = buckets
    }

    /// Whether `p[range]` begins with one of the words.
    func prefix(of p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        !range.isEmpty && matches(p, at: range.lowerBound, end: range.upperBound)
    }

    /// Whether one of the words occurs anywhere in `p[range]`.
    func occurs(in p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for i in range where matches(p, at: i, end: range.upperBound) { return true }
        return false
    }

    /// Whether a word starts at `p[i]` and ends by `end`. (A byte matches a word's byte when it is
    /// that byte with bit 5 set: ASCII letters in either case.)
    @inline(__always)
    private func matches(_ p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        let first = Int(p[i] | 0x20)
        guard begins[first] else { return false }
        for word in buckets[first] where i + word.count <= end {
            var k = 1
            while k < word.count, p[i + k] | 0x20 == word[k] { k += 1 }
            if k == word.count { return true }
        }
        return false
    }
}
