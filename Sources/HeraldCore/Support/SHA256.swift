import CHeraldSupport

/// SHA-256 (FIPS 180-4), for content ids of raw inputs; uses the processor's SHA instructions
/// when it has them.
public struct SHA256: Sendable {
    /// Whether the processor's SHA instructions are used by default.
    static let hardwareAvailable = herald_sha256_hw_available() == 1
    private let hardware: Bool


    private var h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
        (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    /// Creates an empty hash.
    public init() { self.init(hardware: Self.hardwareAvailable) }

    /// Creates an empty hash that uses the SHA instructions only if `hardware` is true.
    init(hardware: Bool) {
        self.hardware = hardware && Self.hardwareAvailable
        pending.reserveCapacity(64)
    }

    /// The lowercase hex digest of `bytes`.
    public static func hex(_ bytes: some Collection<UInt8>) -> String {
        var hash = SHA256()
        hash.update(bytes)
        return hash.finalizeHex()
    }

    /// Adds bytes to the hash.
    public mutating func update(_ bytes: some Collection<UInt8>) {
        length &+= UInt64(bytes.count)
        let done = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
            absorb(buffer)
            return true
        }
        if done == nil { Array(bytes).withUnsafeBufferPointer { absorb($0) } }
    }

    private mutating func absorb(_ buffer: UnsafeBufferPointer<UInt8>) {
        var i = 0
        if !pending.isEmpty {
            let take = min(64 - pending.count, buffer.count)
            pending.append(contentsOf: buffer[0..<take])
            i = take
            if pending.count == 64 {
                let block = pending
                block.withUnsafeBufferPointer { compress($0.baseAddress!, blocks: 1) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        let blocks = (buffer.count - i) / 64
        if blocks > 0 {
            compress(buffer.baseAddress! + i, blocks: blocks)
            i += blocks * 64
        }
        if i < buffer.count { pending.append(contentsOf: buffer[i...]) }
    }

    /// Finishes the hash and returns its lowercase hex digest.
    public mutating func finalizeHex() -> String {
        let bitLength = length &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBufferPointer { compress($0.baseAddress!, blocks: $0.count / 64) }
        pending.removeAll()
        let words = [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7]
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for word in words {
            for shift in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((word >> UInt32(shift)) & 0xf)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    /// One round of the compression: `d` and `h` take their new values (the others move by name only).
    @inline(__always) private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                                                _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ kw
        let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
        d = d &+ t1
        h = t1 &+ t2
    }

    private mutating func compress(_ data: UnsafePointer<UInt8>, blocks: Int) {
        if hardware {
            var state = [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7]
            state.withUnsafeMutableBufferPointer { herald_sha256_hw_blocks($0.baseAddress!, data, blocks) }
            h = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
            return
        }
        for index in 0..<blocks { compressPortable(data + index * 64) }
    }

    private mutating func compressPortable(_ block: UnsafePointer<UInt8>) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            for t in 0..<16 {
                let p = block + t * 4
                w[t] = UInt32(p[0]) << 24 | UInt32(p[1]) << 16 | UInt32(p[2]) << 8 | UInt32(p[3])
            }
            for t in 16..<64 {
                let s0 = Self.rotr(w[t - 15], 7) ^ Self.rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = Self.rotr(w[t - 2], 17) ^ Self.rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, hh) = h
            withUnsafePointer(to: herald_sha256_k) { tuple in
                let k = UnsafeRawPointer(tuple).assumingMemoryBound(to: UInt32.self)
                // Eight rounds a pass, the variables' roles turned in the calls rather than moved.
                var t = 0
                while t < 64 {
                    Self.round(a, b, c, &d, e, f, g, &hh, k[t] &+ w[t])
                    Self.round(hh, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
                    Self.round(g, hh, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
                    Self.round(f, g, hh, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
                    Self.round(e, f, g, &hh, a, b, c, &d, k[t + 4] &+ w[t + 4])
                    Self.round(d, e, f, &g, hh, a, b, &c, k[t + 5] &+ w[t + 5])
                    Self.round(c, d, e, &f, g, hh, a, &b, k[t + 6] &+ w[t + 6])
                    Self.round(b, c, d, &e, f, g, hh, &a, k[t + 7] &+ w[t + 7])
                    t += 8
                }
            }
            h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e, h.5 &+ f, h.6 &+ g, h.7 &+ hh)
        }
    }
}
