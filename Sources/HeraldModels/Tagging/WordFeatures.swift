/// How words are normalised and shaped for taggers' features.
public enum WordFeatures {
    /// Lowercase, with numbers folded: "1996" → "!YEAR", "3.5" → "!DIGITS".
    public static func normalized(_ word: String) -> [UInt8] {
        let bytes = Array(word.utf8)
        let digits = bytes.filter { $0 &- 0x30 < 10 }.count
        if digits > 0 {
            if bytes.count == 4 && digits == 4 { return Array("!YEAR".utf8) }
            if digits * 2 >= bytes.count { return Array("!DIGITS".utf8) }
        }
        return bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
    }

    /// A word's shape, runs collapsed: "Obama" → "Xx", "U.S." → "X.X.", "G20" → "Xd".
    public static func shape(_ word: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(6)
        for scalar in word.unicodeScalars {
            let c: UInt8
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                // ASCII without Unicode property look-ups.
                c = b &- 0x41 < 26 ? UInt8(ascii: "X") : b &- 0x61 < 26 ? UInt8(ascii: "x") : b &- 0x30 < 10 ? UInt8(ascii: "d") : b
            } else if scalar.properties.isUppercase { c = UInt8(ascii: "X") }
            else if scalar.properties.isLowercase { c = UInt8(ascii: "x") }
            else if scalar.properties.numericType != nil { c = UInt8(ascii: "d") }
            else { c = UInt8(ascii: "o") }
            if out.last != c { out.append(c) }
            if out.count >= 6 { break }
        }
        return out
    }

    /// The last `n` bytes of a normalised word.
    public static func suffix(_ word: [UInt8], _ n: Int) -> ArraySlice<UInt8> { word.suffix(n) }
}
