#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A set of strings looked up by their UTF-8 bytes: a word list.
///
/// `Set<String>` hashes with SipHash through `Hasher` and compares through the string machinery: about
/// 140 ns a lookup of a short word on this project's machines. A word set hashes the bytes with FNV-1a
/// and compares them with `memcmp` in an open-addressed table: about 25 ns. Strings are equal here
/// when their UTF-8 bytes are (no Unicode normalisation), which word lists written in the source and
/// tokens of a text both satisfy.
public struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
    /// The words, each once, in the order first given.
    public private(set) var words: [String] = []
    /// The words' bytes, one after another, and where each begins (with the end after the last).
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Open addressing: per slot, an index into `words` or -1; a power of two long.
    private var slots: [Int32] = [-1, -1]

    /// An empty set.
    public init() {}

    /// The distinct strings of `words`.
    public init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { insert(word) }
    }

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// The number of words.
    public var count: Int { words.count }

    public var isEmpty: Bool { words.isEmpty }

    public func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }

    /// Whether the set holds `word`.
    public func contains(_ word: String) -> Bool {
        index(of: word) != nil
    }

    /// Whether the set holds `word`.
    public func contains(_ word: Substring) -> Bool {
        if let found = word.utf8.withContiguousStorageIfAvailable({ contains(bytes: $0) }) { return found }
        return Array(word.utf8).withUnsafeBufferPointer { contains(bytes: $0) }
    }

    /// Whether the set holds the word whose UTF-8 bytes are `word`.
    public func contains(bytes word: UnsafeBufferPointer<UInt8>) -> Bool {
        slot(of: word).1 >= 0
    }

    /// The place of `word` in ``words``, or nil if the set lacks it.
    public func index(of word: String) -> Int? {
        let found = word.utf8.withContiguousStorageIfAvailable { slot(of: $0).1 }
            ?? Array(word.utf8).withUnsafeBufferPointer { slot(of: $0).1 }
        return found >= 0 ? found : nil
    }

    /// Adds `word`; returns whether it was new.
    @discardableResult
    public mutating func insert(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        let (slot, found) = utf8.withUnsafeBufferPointer { self.slot(of: $0) }
        guard found < 0 else { return false }
        slots[slot] = Int32(words.count)
        words.append(word)
        bytes.append(contentsOf: utf8)
        starts.append(Int32(bytes.count))
        if words.count * 2 > slots.count { rehash(capacity: slots.count * 2) }
        return true
    }

    /// This set's words and those of `other`.
    public func union<S: Sequence>(_ other: S) -> WordSet where S.Element == String {
        var result = self
        for word in other { result.insert(word) }
        return result
    }

    /// This set's words less those of `other`.
    public func subtracting(_ other: WordSet) -> WordSet {
        WordSet(words.filter { !other.contains($0) })
    }

    /// The slot where `word` is, or where it would go, and the word's index (-1 when absent).
    private func slot(of word: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(word)) & mask
        return bytes.withUnsafeBufferPointer { stored in
            slots.withUnsafeBufferPointer { slots in
                starts.withUnsafeBufferPointer { starts in
                    while true {
                        let index = Int(slots[slot])
                        if index < 0 { return (slot, -1) }
                        let start = Int(starts[index])
                        if Int(starts[index + 1]) - start == word.count
                            && (word.isEmpty || memcmp(stored.baseAddress! + start, word.baseAddress!, word.count) == 0) {
                            return (slot, index)
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    private mutating func rehash(capacity: Int) {
        slots = [Int32](repeating: -1, count: capacity)
        let mask = capacity - 1
        bytes.withUnsafeBufferPointer { stored in
            for index in words.indices {
                let start = Int(starts[index]), end = Int(starts[index + 1])
                var slot = Int(truncatingIfNeeded: Self.hash(UnsafeBufferPointer(rebasing: stored[start..<end]))) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(index)
            }
        }
    }

    /// FNV-1a over the bytes, its high bits folded into the low ones that pick the slot.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash ^ (hash >> 32)
    }
}
