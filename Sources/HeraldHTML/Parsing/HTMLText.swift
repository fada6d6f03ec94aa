/// White-space handling for text taken from HTML, over UTF-8 bytes.
enum HTMLText {
    /// Runs of white space (including no-break spaces) become one space; ends are trimmed.
    static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8(collapse)
    }

    /// The text of UTF-8 bytes `p` with runs of white space as one space and the ends trimmed.
    static func collapse(_ p: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(p.count)
        var space = false
        var i = 0
        while i < p.count {
            let length = whitespaceLength(p, i)
            if length > 0 {
                space = !out.isEmpty
                i += length
                continue
            }
            if space { out.append(0x20) }
            space = false
            out.append(p[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The length in bytes of the white-space character at `p[i]`, or 0 when it is none.
    ///
    /// White space is Unicode's White_Space property (what `Unicode.Scalar.Properties.isWhitespace`
    /// reads: tab to carriage return, space, U+0085, no-break space, U+1680, U+2000–U+200A, U+2028,
    /// U+2029, U+202F, U+205F, U+3000) and the zero-width space U+200B, which pages use as one.
    @inline(__always)
    static func whitespaceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i]
        if b < 0x80 { return b == 0x20 || b &- 0x09 < 5 ? 1 : 0 }
        guard b == 0xC2 || b &- 0xE1 < 3, i + 1 < p.count else { return 0 }
        let b1 = p[i + 1]
        if b == 0xC2 { return b1 == 0x85 || b1 == 0xA0 ? 2 : 0 }
        guard i + 2 < p.count else { return 0 }
        let b2 = p[i + 2]
        switch b {
        case 0xE1: return b1 == 0x9A && b2 == 0x80 ? 3 : 0
        case 0xE3: return b1 == 0x80 && b2 == 0x80 ? 3 : 0
        default:
            if b1 == 0x80 { return b2 &- 0x80 <= 0x0B || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF ? 3 : 0 }
            return b1 == 0x81 && b2 == 0x9F ? 3 : 0
        }
    }

    /// `text` without the spaces and tabs at its ends, found by their bytes: Foundation's
    /// `trimmingCharacters(in: .whitespaces)` (Unicode's space separators, category Zs, and the tab;
    /// Foundation here counts the zero-width space among them, as Unicode once did).
    static func trimmingSpaces(_ text: String) -> String {
        var bytes = text
        return bytes.withUTF8 { p in
            var start = 0, end = p.count
            while start < end, case let length = spaceLength(p, start), length > 0 { start += length }
            while end > start {
                var lead = end - 1
                while lead > start, p[lead] & 0xC0 == 0x80, end - lead < 3 { lead -= 1 }
                guard spaceLength(p, lead) == end - lead else { break }
                end = lead
            }
            return start == 0 && end == p.count ? text : String(decoding: UnsafeBufferPointer(rebasing: p[start..<end]), as: UTF8.self)
        }
    }

    /// The length in bytes of the space separator or tab at `p[i]`, or 0: white space but for line
    /// breaks (U+000A–U+000D, U+0085, U+2028, U+2029).
    static func spaceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = p[i]
        if b < 0x80 { return b == 0x20 || b == 0x09 ? 1 : 0 }
        let length = whitespaceLength(p, i)
        if length == 2 { return p[i + 1] == 0xA0 ? 2 : 0 }
        if length == 3, b == 0xE2, p[i + 1] == 0x80, p[i + 2] == 0xA8 || p[i + 2] == 0xA9 { return 0 }
        return length
    }
}
