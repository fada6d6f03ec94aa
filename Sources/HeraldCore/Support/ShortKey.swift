/// Up to 16 ASCII bytes packed lowercased into two integers: a cheap hashable key for small
/// word lists (abbreviations, tag names, class words) looked up from raw bytes.
public struct ShortKey: Hashable, Sendable {
    public var low: UInt64 = 0
    public var high: UInt64 = 0

    /// Packs `p[range]` lowercased; nil when longer than 16 bytes or not ASCII.
    /// (The bytes are copied into two words and lowercased eight at a time: byte `i` at bits `8 * i`.)
    @inlinable public init?(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.count <= 16 else { return nil }
        guard let base = p.baseAddress, !range.isEmpty else { return }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.baseAddress!.copyMemory(from: base + range.lowerBound, byteCount: range.count) }
        let (low, high) = (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1))
        guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return nil }
        self.low = Self.lowercased(low)
        self.high = Self.lowercased(high)
    }

    /// Eight ASCII bytes with A–Z made a–z: a byte's high bit is set by adding 0x3F when it is at least "A",
    /// by adding 0x25 when it is beyond "Z"; where only the first is, 0x20 is added.
    @inlinable static func lowercased(_ bytes: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let atLeastA = bytes &+ 0x3F &* ones, beyondZ = bytes &+ 0x25 &* ones
        return bytes | ((atLeastA & ~beyondZ & 0x8080_8080_8080_8080) >> 2)
    }

    /// Packs a word of a word list, which must be ASCII and at most 16 bytes long.
    public init(_ word: String) {
        guard let key = ShortKey(word: word) else { preconditionFailure("not a short ASCII word: \(word)") }
        self = key
    }

    /// Packs a word of a text; nil when longer than 16 bytes or not ASCII.
    public init?(word: String) {
        var word = word
        guard let key = word.withUTF8({ ShortKey($0, 0..<$0.count) }) else { return nil }
        self = key
    }
}
