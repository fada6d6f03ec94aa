import HeraldCore

/// Checks raw bytes for binary content and repairs invalid UTF-8.
public enum TextDecoding {
    /// Text that begins with a UTF-16 byte-order mark (little- or big-endian), as UTF-8 without the mark;
    /// nil for other text. Unpaired surrogates become U+FFFD.
    public static func utf8FromMarkedUTF16(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 2 else { return nil }
        let little: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): little = true
        case (0xFE, 0xFF): little = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let (low, high) = little ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i])
            units.append(UInt16(high) << 8 | UInt16(low))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Whether `bytes` look like a binary file rather than text: a NUL byte, or many control
    /// characters, in the first 8 KB.
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            let n = min(p.count, 8192)
            var control = 0
            var i = 0
            while i < n {
                // Eight bytes at a time while none is below 0x20.
                if i + 8 <= n {
                    let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 == 0 {
                        i += 8
                        continue
                    }
                }
                let b = p[i]
                if b == 0 { return true }
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { control += 1 }
                i += 1
            }
            return control * 20 > n && control > 2
        }
    }

    /// `bytes` as valid UTF-8, with a warning naming the offset of the first bad byte.
    ///
    /// Text with no valid multi-byte UTF-8 sequence at all is taken as Windows-1252 (a superset
    /// of ISO-8859-1, what such files nearly always are); otherwise each invalid byte becomes U+FFFD.
    public static func repairUTF8(_ bytes: [UInt8]) -> (bytes: [UInt8], warning: InputWarning?) {
        guard let firstBad = firstInvalidOffset(bytes) else { return (bytes, nil) }
        if !hasValidMultibyte(bytes) {
            return (Windows1252.decode(bytes), InputWarning(
                code: "invalid-utf8",
                message: "not UTF-8 (first bad byte at \(firstBad)); read as Windows-1252", offset: firstBad))
        }
        var out = Array(bytes[..<firstBad])
        out.reserveCapacity(bytes.count + 16)
        var bad = 0
        var i = firstBad
        bytes.withUnsafeBufferPointer { p in
            while i < p.count {
                let length = validSequenceLength(p, i)
                if length > 0 {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[i..<i + length]))
                    i += length
                } else {
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    bad += 1
                    i += 1
                }
            }
        }
        let message = "invalid UTF-8 at byte \(firstBad)" + (bad > 1 ? " (\(bad) bad bytes in all)" : "")
            + ", replaced with U+FFFD"
        return (out, InputWarning(code: "invalid-utf8", message: message, offset: firstBad))
    }

    /// Whether any valid UTF-8 sequence of two or more bytes occurs.
    public static func hasValidMultibyte(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            while i < p.count {
                if p[i] >= 0xC2, validSequenceLength(p, i) > 1 { return true }
                i += 1
            }
            return false
        }
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil.
    public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                // ASCII runs, eight bytes at a time.
                while i + 8 <= n {
                    let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                guard i < n else { break }
                if p[i] < 0x80 {
                    i += 1
                    continue
                }
                let length = validSequenceLength(p, i)
                if length == 0 { return i }
                i += length
            }
            return nil
        }
    }

    /// Length of the valid UTF-8 sequence at `i`, or 0 if it is invalid (overlong, surrogate, truncated).
    @inline(__always) static func validSequenceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i]
        if b < 0x80 { return 1 }
        let n = p.count
        func cont(_ k: Int) -> Bool { i + k < n && p[i + k] & 0xC0 == 0x80 }
        switch b {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1) && p[i + 1] >= 0xA0 && cont(2) ? 3 : 0
        case 0xED: return cont(1) && p[i + 1] < 0xA0 && cont(2) ? 3 : 0
        case 0xE1...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xF0: return cont(1) && p[i + 1] >= 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1) && p[i + 1] < 0x90 && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
