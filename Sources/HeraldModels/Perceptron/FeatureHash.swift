/// 64-bit FNV-1a hashes of feature templates and their values, so that features are integers
/// from the start and no feature string is ever built.
public struct FeatureHash: Sendable {
    public var value: UInt64

    /// Starts a feature of template `template`.
    @inlinable public init(_ template: UInt8) {
        value = 0xcbf2_9ce4_8422_2325
        mix(template)
    }

    @inlinable public mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// Adds bytes.
    @inlinable public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { mix(byte) }
        mix(0xFF)
    }

    /// Adds a hash computed before (of a word, once per sentence).
    @inlinable public mutating func add(hash: UInt64) {
        value = (value ^ hash) &* 0x100_0000_01b3
        value ^= value >> 29
    }

    /// The hash of bytes alone, for ``add(hash:)``.
    @inlinable public static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = FeatureHash(0)
        hash.add(bytes)
        return hash.value
    }

    /// Adds a small integer (a tag, a flag).
    @inlinable public mutating func add(_ number: Int) {
        mix(UInt8(truncatingIfNeeded: number))
        mix(UInt8(truncatingIfNeeded: number >> 8))
    }
}
