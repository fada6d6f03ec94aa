/// Phrases grouped by their first byte, to find any of them in a line in one pass: a byte that begins none is
/// passed over with one look-up, and where one does, only the phrases that begin with it are tried.
public struct PhraseTable: Sendable {
    /// For each byte, whether a phrase begins with it.
    @usableFromInline let begins: [Bool]
    /// For each byte, the phrases that begin with it, as UTF-8.
    @usableFromInline let buckets: [[[UInt8]]]

    /// A table of `phrases`, in lower case.
    public init(_ phrases: [String]) {
        var begins = [Bool](repeating: false, count: 256)
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for phrase in phrases {
            let bytes = Array(phrase.utf8)
            begins[Int(bytes[0])] = true
            buckets[Int(bytes[0])].append(bytes)
        }
        self.begins = begins
        self.buckets = buckets
    }

    /// Whether one of the phrases occurs in `text`; `foldingCase`, with the text's ASCII capitals read as small letters.
    @inlinable
    public func occurs(in text: UnsafeBufferPointer<UInt8>, foldingCase: Bool = false) -> Bool {
        occurs(in: text, 0..<text.count, foldingCase: foldingCase)
    }

    /// Whether one of the phrases occurs within `text[range]`.
    @inlinable
    public func occurs(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldingCase: Bool = false) -> Bool {
        for i in range where matches(text, at: i, end: range.upperBound, foldingCase: foldingCase) { return true }
        return false
    }

    /// Whether `text[range]` begins with one of the phrases.
    @inlinable
    public func begins(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldingCase: Bool = false) -> Bool {
        !range.isEmpty && matches(text, at: range.lowerBound, end: range.upperBound, foldingCase: foldingCase)
    }

    /// Whether a phrase starts at `text[i]` and ends by `end`. (Inlined where it is called, in other modules too:
    /// class names are read through it.)
    @inlinable @inline(__always)
    func matches(_ text: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, foldingCase: Bool) -> Bool {
        @inline(__always) func byte(_ b: UInt8) -> UInt8 { foldingCase && b &- 0x41 < 26 ? b | 0x20 : b }
        let first = Int(byte(text[i]))
        guard begins[first] else { return false }
        for phrase in buckets[first] where i + phrase.count <= end {
            var k = 1
            while k < phrase.count, byte(text[i + k]) == phrase[k] { k += 1 }
            if k == phrase.count { return true }
        }
        return false
    }
}
