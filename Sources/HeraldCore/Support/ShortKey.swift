/// Up to 16 ASCII bytes packed lowercased into two integers: a cheap hashable key for small
/// word lists (abbreviations, tag names, class words) looked up from raw bytes.
public struct ShortKey: Hashable, Sendable {
    public var low: UInt64 = 0
    public var high: UInt64 = 0

    /// Packs `p[range]` lowercased; nil when longer than 16 bytes or not ASCII.
    @inlinable public init?(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.count <= 16 else { return nil }
        var index = 0
        for i in range {
            var b = p[i]
            guard b < 0x80 else { return nil }
            if b &- 0x41 < 26 { b |= 0x20 }
            let shifted = UInt64(b) << UInt64((index & 7) * 8)
            if index < 8 { low |= shifted } else { high |= shifted }
            index += 1
        }
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
