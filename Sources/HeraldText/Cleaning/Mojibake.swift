/// Repairs text whose UTF-8 was read once as Windows-1252 (or Latin-1) and written again as UTF-8, as
/// scrapers often leave it: "PeÃ±a Nieto" is "Peña Nieto", "donâ€™t" is "don’t", "GuantÃ¡namo"
/// "Guantánamo"; text read so twice ("Ã¢â‚¬â„¢") is repaired twice.
///
/// A run is repaired only when its characters, taken back to the bytes Windows-1252 gives them, are a
/// lead byte and its continuation bytes of one UTF-8 character beyond ASCII ("Â£5" is "£5"); text that
/// only looks alike ("SÃO PAULO", "Ã la carte") stays as it is.
public enum Mojibake {
    /// `text` repaired; the same bytes when there is nothing to repair (nearly all text).
    public static func repair(_ text: [UInt8]) -> [UInt8] {
        var current = text
        // (Text read wrongly twice needs two passes; a third would find nothing more.)
        for _ in 0..<3 {
            guard mayHaveMojibake(current) else { return current }
            let repaired = repairOnce(current)
            if repaired == current { return current }
            current = repaired
        }
        return current
    }

    /// Whether `text` holds a character of U+00C2–U+00F4 (a lead byte read as a character) followed at
    /// once by one that Windows-1252 gives a continuation byte: the only places a repair can be.
    static func mayHaveMojibake(_ text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            while i + 3 < n {
                // (Eight bytes at a time while none of them is C3.)
                if i + 8 <= n {
                    let x = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self) ^ 0xC3C3_C3C3_C3C3_C3C3
                    if (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 == 0 {
                        i += 8
                        continue
                    }
                }
                if p[i] == 0xC3, p[i + 1] >= 0x82, p[i + 1] <= 0xB4, continuationLength(p, i + 2) > 0 { return true }
                i += 1
            }
            return false
        }
    }

    /// The length in UTF-8 of the character at `i` when Windows-1252 gives it a continuation byte (0x80–0xBF), else 0.
    private static func continuationLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        continuationByte(p, i)?.length ?? 0
    }

    /// The byte Windows-1252 gives the character at `i`, when it is a continuation byte, and the character's length.
    private static func continuationByte(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (byte: UInt8, length: Int)? {
        guard i + 1 < p.count else { return nil }
        let b0 = p[i], b1 = p[i + 1]
        // U+0080–U+00BF: C1 controls (Latin-1) and the symbols of A0–BF.
        if b0 == 0xC2, b1 >= 0x80, b1 <= 0xBF { return (b1, 2) }
        let scalar: UInt32
        let length: Int
        if b0 & 0xE0 == 0xC0 {
            scalar = UInt32(b0 & 0x1F) << 6 | UInt32(b1 & 0x3F)
            length = 2
        } else if b0 & 0xF0 == 0xE0, i + 2 < p.count {
            scalar = UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
            length = 3
        } else {
            return nil
        }
        guard let byte = windows1252[scalar] else { return nil }
        return (byte, length)
    }

    /// Characters Windows-1252 puts at 0x80–0x9F, by the byte they stand for.
    private static let windows1252: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02C6: 0x88,
        0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92, 0x201C: 0x93,
        0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B,
        0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    private static func repairOnce(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        text.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            while i < n {
                // A lead byte C2–F4 read as U+00C2–U+00F4, written C3 82–C3 B4.
                guard p[i] == 0xC3, i + 1 < n, p[i + 1] >= 0x82, p[i + 1] <= 0xB4 else {
                    out.append(p[i])
                    i += 1
                    continue
                }
                let lead = p[i + 1] + 0x40
                let needed = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3
                var bytes = [lead]
                var k = i + 2
                while bytes.count <= needed, let (byte, length) = continuationByte(p, k) {
                    bytes.append(byte)
                    k += length
                }
                if bytes.count == needed + 1, isWellFormed(bytes) {
                    out.append(contentsOf: bytes)
                    i = k
                } else {
                    out.append(p[i])
                    out.append(p[i + 1])
                    i += 2
                }
            }
        }
        return out
    }

    /// Whether `bytes` (a lead byte and its continuations) are one well-formed UTF-8 character: not overlong,
    /// no surrogate, not beyond U+10FFFF.
    private static func isWellFormed(_ bytes: [UInt8]) -> Bool {
        switch bytes.count {
        case 2: return bytes[0] >= 0xC2
        case 3:
            if bytes[0] == 0xE0 { return bytes[1] >= 0xA0 }
            if bytes[0] == 0xED { return bytes[1] < 0xA0 }
            return true
        case 4:
            if bytes[0] == 0xF0 { return bytes[1] >= 0x90 }
            if bytes[0] == 0xF4 { return bytes[1] < 0x90 }
            return bytes[0] < 0xF4
        default: return false
        }
    }
}
