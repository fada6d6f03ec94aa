/// Classification of bytes and UTF-8 scalars used by the cleaner, tokenizer and splitter.
enum ByteClass {
    @inline(__always) static func isASCIIUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inline(__always) static func isASCIILower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func isASCIIAlnum(_ b: UInt8) -> Bool { isASCIILetter(b) || isDigit(b) }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isASCIIUpper(b) ? b | 0x20 : b }

    /// Length in bytes of the whitespace scalar at `i`, or 0: ASCII spaces and newlines, NBSP,
    /// the U+2000 spaces, narrow NBSP, medium mathematical space, ideographic space, zero-width space, BOM.
    @inline(__always) static func spaceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i]
        if b < 0x80 { return (b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B) ? 1 : 0 }
        if b == 0xC2 { return i + 1 < p.count && p[i + 1] == 0xA0 ? 2 : 0 }
        if b == 0xE2, i + 2 < p.count {
            let b1 = p[i + 1], b2 = p[i + 2]
            if b1 == 0x80 && (b2 <= 0x8B || b2 == 0xAF) { return 3 }
            if b1 == 0x81 && b2 == 0x9F { return 3 }
        }
        if b == 0xE3, i + 2 < p.count, p[i + 1] == 0x80, p[i + 2] == 0x80 { return 3 }
        if b == 0xEF, i + 2 < p.count, p[i + 1] == 0xBB, p[i + 2] == 0xBF { return 3 }
        return 0
    }

    /// Length of the UTF-8 sequence that starts with `b` (1 for stray continuation bytes).
    @inline(__always) static func sequenceLength(_ b: UInt8) -> Int {
        if b < 0xC0 { return 1 }
        if b < 0xE0 { return 2 }
        if b < 0xF0 { return 3 }
        return 4
    }

    /// Decodes the scalar value at `i` (no validation: text is valid UTF-8 by the time it gets here).
    @inline(__always) static func scalar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        let b = p[i]
        if b < 0x80 { return (UInt32(b), 1) }
        let n = min(sequenceLength(b), p.count - i)
        var v = UInt32(b) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
        var k = 1
        while k < n {
            v = v << 6 | UInt32(p[i + k] & 0x3F)
            k += 1
        }
        return (v, n)
    }

    /// Whether a scalar is a letter for tokenization: ASCII letters and any non-ASCII scalar that is
    /// not punctuation, a symbol or a space in the ranges news text uses.
    @inline(__always) static func isLetterScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIILetter(UInt8(v)) }
        if v < 0xC0 { return v == 0xAA || v == 0xB5 || v == 0xBA }
        if v == 0xD7 || v == 0xF7 { return false }
        if v >= 0x2000 && v < 0x2C00 { return false }  // punctuation, symbols, arrows, dingbats
        if v >= 0x3000 && v < 0x3040 { return false }  // CJK punctuation
        if v >= 0xFE30 && v < 0xFE70 { return false }
        if v >= 0xFF00 && v < 0xFF10 { return false }
        if v >= 0x1F000 { return false }  // emoji and pictographs
        return true
    }

    /// Whether a scalar is an uppercase letter (ASCII, Latin-1, Latin Extended-A even code points, Greek, Cyrillic).
    static func isUpperScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIIUpper(UInt8(v)) }
        if v >= 0xC0 && v <= 0xDE { return v != 0xD7 }
        if v >= 0x100 && v < 0x180 { return v & 1 == 0 }
        if v >= 0x391 && v <= 0x3A9 { return true }
        if v >= 0x400 && v <= 0x42F { return true }
        return false
    }

    /// Whether a scalar is a lowercase letter in the same ranges.
    static func isLowerScalar(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIILower(UInt8(v)) }
        if v >= 0xDF && v <= 0xFF { return v != 0xF7 }
        if v >= 0x100 && v < 0x180 { return v & 1 == 1 }
        if v >= 0x3B1 && v <= 0x3C9 { return true }
        if v >= 0x430 && v <= 0x45F { return true }
        return false
    }
}
