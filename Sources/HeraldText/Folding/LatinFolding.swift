/// Folds Latin letters with diacritics to their base letters, in lower case: "Peña" → "pena",
/// "Erdoğan" → "erdogan", "Łódź" → "lodz", "Straße" → "strasse". News writes the same name with
/// and without its accents; a look-up keyed by folded words finds both.
public enum LatinFolding {
    /// `word` in lower case with the diacritics of Latin-1 and Latin Extended-A letters (and
    /// Romanian ș, ț) and combining marks removed; other letters are lowercased as they are.
    public static func folded(_ word: String) -> String {
        guard word.utf8.contains(where: { $0 >= 0x80 }) else { return word.lowercased() }
        var out = String.UnicodeScalarView()
        for scalar in word.lowercased().unicodeScalars {
            let v = Int(scalar.value)
            let base: UInt8
            switch v {
            case 0x300..<0x370: continue  // combining marks: "e" + U+0301 is "é" decomposed
            case 0xC0..<0x100: base = latin1[v - 0xC0]
            case 0x100..<0x180: base = extendedA[v - 0x100]
            case 0x218..<0x21C: base = v < 0x21A ? UInt8(ascii: "s") : UInt8(ascii: "t")
            default: base = 0
            }
            if base == UInt8(ascii: "*"), let pair = ligatures[scalar] {
                out.append(contentsOf: pair.unicodeScalars)
            } else if base > 0, base != UInt8(ascii: "-"), base != UInt8(ascii: "*") {
                out.append(Unicode.Scalar(base))
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `word` has a letter or mark that ``folded(_:)`` changes beyond lowercasing: a cheap test on
    /// the UTF-8 lead bytes of U+00C0–U+017F, U+0218–U+021B and U+0300–U+036F (not on quotation marks).
    public static func mayFold(_ word: String) -> Bool {
        word.utf8.contains { $0 == 0xC3 || $0 == 0xC4 || $0 == 0xC5 || $0 == 0xC8 || $0 == 0xCC || $0 == 0xCD }
    }

    /// U+00C0–U+00FF: the base letter, "-" where there is none (×, ÷), "*" for a ligature.
    private static let latin1 = Array("aaaaaa*ceeeeiiiidnooooo-ouuuuy**aaaaaa*ceeeeiiiidnooooo-ouuuuy*y".utf8)
    /// U+0100–U+017F, as ``latin1``.
    private static let extendedA = Array(("aaaaaa" + "cccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" + "iiiiiiiiii" + "**"
        + "jj" + "kkk" + "llllllllll" + "nnnnnnnnn" + "oooooo" + "**" + "rrrrrr" + "ssssssss" + "tttttt"
        + "uuuuuuuuuuuu" + "ww" + "yyy" + "zzzzzz" + "s").utf8)
    private static let ligatures: [Unicode.Scalar: String] = ["æ": "ae", "þ": "th", "ß": "ss", "ĳ": "ij", "œ": "oe"]
}
