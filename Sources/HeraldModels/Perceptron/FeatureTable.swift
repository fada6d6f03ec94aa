/// An open-addressing hash table from 64-bit keys to non-negative 32-bit values: the perceptron's
/// feature lookup at prediction time, and other hot lookups (a name trie's edges), several times
/// faster than a dictionary for 64-bit keys. Built once, read only.
public struct FeatureTable: Sendable {
    private var keys: [UInt64]
    private var rows: [Int32]
    private let mask: Int

    /// A table holding `entries` (values must not be negative).
    public init(_ entries: [UInt64: Int32]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        rows = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for (key, row) in entries {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
            while rows[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            rows[slot] = row
        }
    }

    /// The value of `key`, or -1.
    @inline(__always) public func row(_ key: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        while true {
            let row = rows[slot]
            if row < 0 || keys[slot] == key { return row }
            slot = (slot + 1) & mask
        }
    }
}
