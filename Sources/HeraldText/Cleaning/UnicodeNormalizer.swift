import Foundation

/// Unicode NFC for UTF-8 text, with a byte-level quick check so that text already in NFC
/// (nearly all news) is never copied or handed to Foundation.
public enum UnicodeNormalizer {
    /// `text` in NFC; the same bytes when it already is.
    ///
    /// NFC changes text only between boundaries: a scalar that nothing before it combines with (ASCII and
    /// the stable blocks of ``isStable(_:)``) begins one. So only the runs from the boundary before each other
    /// scalar to the next boundary go to Foundation, which takes hundreds of instructions a byte.
    public static func nfc(_ text: [UInt8]) -> [UInt8] {
        guard !isQuickNFC(text) else { return text }
        // (Text that is no valid UTF-8 is read whole, its bad bytes repaired as a String repairs them.)
        guard String(validating: text, as: UTF8.self) != nil else { return composed(text[...]) }
        return text.withUnsafeBufferPointer { p in
            var out: [UInt8] = []
            out.reserveCapacity(p.count + 16)
            // The last boundary read, and the bytes before `copied` already in `out`.
            var boundary = 0, copied = 0, i = 0
            while i < p.count {
                if i + 8 <= p.count, UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    boundary = i + 7
                    i += 8
                    continue
                }
                let (value, length) = ByteClass.scalar(p, i)
                if value < 0x80 || isStable(value) {
                    boundary = i
                    i += length
                    continue
                }
                var end = i + length
                while end < p.count, case let (next, nextLength) = ByteClass.scalar(p, end), next >= 0x80, !isStable(next) { end += nextLength }
                out.append(contentsOf: p[copied..<boundary])
                out.append(contentsOf: composed(text[boundary..<end]))
                (copied, i) = (end, end)
            }
            out.append(contentsOf: p[copied...])
            return out
        }
    }

    /// Foundation's NFC of some UTF-8.
    private static func composed(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8)
    }

    /// True when every scalar of `text` is one that NFC leaves alone in any context: ASCII and
    /// the letter, punctuation and symbol blocks below. A false answer only means "check fully".
    public static func isQuickNFC(_ text: [UInt8]) -> Bool { text.withUnsafeBufferPointer(isQuickNFC) }

    /// ``isQuickNFC(_:)`` of UTF-8 bytes in place.
    public static func isQuickNFC(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = p.count
        while i < n {
            if i + 8 <= n, UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            if p[i] < 0x80 {
                i += 1
                continue
            }
            let (value, length) = ByteClass.scalar(p, i)
            if !isStable(value) { return false }
            i += length
        }
        return true
    }

    /// Scalars with NFC_Quick_Check=Yes that never combine with a neighbour, in common blocks.
    @inline(__always) static func isStable(_ v: UInt32) -> Bool {
        switch v {
        case 0x80..<0x300: return true  // Latin-1, Latin Extended-A/B, IPA, spacing modifiers
        case 0x391..<0x3AA, 0x3AC..<0x3CF: return true  // Greek letters
        case 0x400..<0x483, 0x48A..<0x530: return true  // Cyrillic letters
        case 0x5D0..<0x5EB, 0x620..<0x64B: return true  // Hebrew and Arabic letters
        // Punctuation and symbols, less the combining marks for symbols (U+20D0 to U+20F0), the singletons Ohm, Kelvin
        // and Angstrom signs and angle brackets, and U+2ADC, which NFC decomposes.
        case 0x2002..<0x20D0, 0x20F1..<0x2126, 0x2127..<0x212A, 0x212C..<0x2329, 0x232B..<0x2ADC, 0x2ADD..<0x2C00: return true
        case 0x3000..<0x302A, 0x3041..<0x3097, 0x30A1..<0x30FB: return true  // CJK punctuation, kana
        case 0x4E00..<0xA000, 0xAC00..<0xD7A4: return true  // CJK ideographs, Hangul syllables
        case 0xFE30..<0xFFF0: return true  // compatibility forms, fullwidth
        case 0x1F000..<0x1FB00: return true  // emoji
        default: return false
        }
    }
}
