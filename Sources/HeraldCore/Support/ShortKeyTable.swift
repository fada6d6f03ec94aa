/// A fixed table from ``ShortKey``s to values, looked up with a multiply and a shift: for word lists
/// read on every token or tag, where a `Dictionary`'s SipHash costs more than the rest of the look-up.
///
/// The keys come from the program's own lists, not from its input, so a weak hash is safe here.
public struct ShortKeyTable<Value: Sendable>: Sendable {
    @usableFromInline let keys: [ShortKey]
    @usableFromInline let values: [Value?]
    @usableFromInline let shift: UInt64

    /// A table of `pairs`; a key given twice keeps its last value.
    public init(_ pairs: [(ShortKey, Value)]) {
        var bits: UInt64 = 4
        while 1 << bits < 2 * pairs.count { bits += 1 }
        let shift = 64 - bits
        var keys = Array(repeating: ShortKey(""), count: 1 << bits)
        var values = [Value?](repeating: nil, count: 1 << bits)
        for (key, value) in pairs {
            var slot = Self.slot(of: key, shift: shift)
            while values[slot] != nil, keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            values[slot] = value
        }
        (self.keys, self.values, self.shift) = (keys, values, shift)
    }

    /// The value of `key`, if the table has it.
    @inlinable public subscript(key: ShortKey) -> Value? {
        var slot = Self.slot(of: key, shift: shift)
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & (keys.count - 1)
        }
        return nil
    }

    /// Whether the table has `key`.
    @inlinable public func contains(_ key: ShortKey) -> Bool { self[key] != nil }

    @inlinable static func slot(of key: ShortKey, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((key.low ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}

extension ShortKeyTable where Value == Bool {
    /// A set of words (each short ASCII, as ``ShortKey/init(_:)`` requires).
    public init(words: [String]) { self.init(words.map { (ShortKey($0), true) }) }
}
