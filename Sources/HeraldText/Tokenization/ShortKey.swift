/// Up to 16 ASCII bytes packed into two integers, lowercased: a cheap key for small word lists.
struct ShortKey: Hashable, Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    /// Packs `bytes` lowercased; nil when longer than 16 bytes or not ASCII.
    @inline(__always) init?(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard range.count <= 16 else { return nil }
        var index = 0
        for i in range {
            let b = p[i]
            guard b < 0x80 else { return nil }
            let shifted = UInt64(ByteClass.lower(b)) << UInt64((index & 7) * 8)
            if index < 8 { low |= shifted } else { high |= shifted }
            index += 1
        }
    }

    /// Packs a string literal from a word list.
    init(_ word: String) {
        var word = word
        self = word.withUTF8 { ShortKey($0, 0..<$0.count)! }
    }
}
