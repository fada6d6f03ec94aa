/// An open-addressing hash table from 64-bit keys to non-negative 32-bit values: the perceptron's
/// feature lookup at prediction time, and other hot lookups (a name trie's edges), several times
/// faster than a dictionary for 64-bit keys. Built once, read only.
public struct FeatureTable: Sendable {
    /// A key beside its value, so that a probe reads one cache line, not two.
    private struct Slot {
        var key: UInt64
        var row: Int32
    }

    private var slots: [Slot]
    private let mask: Int

    /// A table holding `entries` (values must not be negative).
    public init(_ entries: [UInt64: Int32]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, row: -1), count: capacity)
        mask = capacity - 1
        for (key, row) in entries {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
            while slots[slot].row >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Slot(key: key, row: row)
        }
    }

    /// The value of `key`, or -1.
    @inline(__always) public func row(_ key: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        while true {
            let entry = slots[slot]
            if entry.row < 0 || entry.key == key { return entry.row }
            slot = (slot + 1) & mask
        }
    }
}
