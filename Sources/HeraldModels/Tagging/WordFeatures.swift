/// How words are normalised and shaped for taggers' features.
public enum WordFeatures {
    /// Lowercase, with numbers folded: "1996" → "!YEAR", "3.5" → "!DIGITS".
    public static func normalized(_ word: String) -> [UInt8] {
        var out: [UInt8] = []
        normalize(word, into: &out)
        return out
    }

    /// ``normalized(_:)`` into a buffer that is emptied first, so that no array is allocated per word.
    static func normalize(_ word: String, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var digits = 0
        for byte in word.utf8 {
            if byte &- 0x30 < 10 { digits += 1 }
            out.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
        }
        if digits > 0 {
            if out.count == 4 && digits == 4 { out.removeAll(keepingCapacity: true); out.append(contentsOf: "!YEAR".utf8) }
            else if digits * 2 >= out.count { out.removeAll(keepingCapacity: true); out.append(contentsOf: "!DIGITS".utf8) }
        }
    }

    /// A word's shape, runs collapsed: "Obama" → "Xx", "U.S." → "X.X.", "G20" → "Xd".
    public static func shape(_ word: String) -> [UInt8] {
        var out: [UInt8] = []
        shape(word, into: &out)
        return out
    }

    /// ``shape(_:)`` into a buffer that is emptied first.
    static func shape(_ word: String, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        // ASCII words (most) by their bytes.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            for b in word.utf8 {
                let c = b &- 0x41 < 26 ? UInt8(ascii: "X") : b &- 0x61 < 26 ? UInt8(ascii: "x") : b &- 0x30 < 10 ? UInt8(ascii: "d") : b
                if out.last != c { out.append(c) }
                if out.count >= 6 { break }
            }
            return
        }
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
    }

    /// The last `n` bytes of a normalised word.
    public static func suffix(_ word: [UInt8], _ n: Int) -> ArraySlice<UInt8> { word.suffix(n) }

    /// The hashes of one word's normal form, shape and affixes, so that features combine integers.
    struct Hashes {
        /// The hashes of a word's first two and last two, three and four bytes, normalised.
        typealias Affixes = (prefix2: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64)

        var word: UInt64
        var shape: UInt64
        var affixes: Affixes

        /// The number of pads before and after a sentence.
        static let pad = 2
        /// The pads before and after a sentence ("-START-0", "-END-1"): each the hash of its text in every field.
        static let startPads = (0..<pad).map { Hashes(pad: FeatureHash.of("-START-\($0)".utf8)) }
        static let endPads = (0..<pad).map { Hashes(pad: FeatureHash.of("-END-\($0)".utf8)) }

        private init(pad hash: UInt64) { (word, shape, affixes) = (hash, hash, (hash, hash, hash, hash)) }

        private init(word: UInt64, shape: UInt64, affixes: Affixes) { (self.word, self.shape, self.affixes) = (word, shape, affixes) }

        /// The hashes of `raw`; without `affixes` its affixes are 0, to be had from ``affixHashes(of:)`` where needed.
        init(_ raw: String, affixes: Bool) {
            if let bytes = raw.utf8.withContiguousStorageIfAvailable({ Self.asciiHashes($0, affixes: affixes) }), let ascii = bytes {
                self = ascii
                return
            }
            var normal: [UInt8] = [], shapeBytes: [UInt8] = []
            WordFeatures.normalize(raw, into: &normal)
            WordFeatures.shape(raw, into: &shapeBytes)
            self.init(word: FeatureHash.of(normal), shape: FeatureHash.of(shapeBytes), affixes: affixes ? Self.affixes(normal) : (0, 0, 0, 0))
        }

        /// The hashes of an ASCII word in one pass over its bytes, as ``WordFeatures/normalize(_:into:)`` and
        /// ``WordFeatures/shape(_:into:)`` would read it (affixes 0 unless `affixes`); nil for other words.
        private static func asciiHashes(_ bytes: UnsafeBufferPointer<UInt8>, affixes: Bool) -> Hashes? {
            guard !bytes.isEmpty else { return nil }
            var lowerOnly = true, digits = 0
            var hash = FeatureHash(0), shapeHash = FeatureHash(0)
            var shapeLength = 0, lastShape: UInt8 = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                hash.mix(byte &- 0x41 < 26 ? byte | 0x20 : byte)
                let isDigit = byte &- 0x30 < 10
                if isDigit { digits += 1 }
                if byte &- 0x61 >= 26 { lowerOnly = false }
                let c = byte &- 0x41 < 26 ? UInt8(ascii: "X") : byte &- 0x61 < 26 ? UInt8(ascii: "x") : isDigit ? UInt8(ascii: "d") : byte
                if shapeLength < 6, c != lastShape {
                    shapeHash.mix(c)
                    shapeLength += 1
                    lastShape = c
                }
            }
            // A word of small letters alone (most words) is its own normal form, and its shape is "x".
            if !affixes, lowerOnly { return Hashes(word: FeatureHash.of(bytes), shape: smallLettersShape, affixes: (0, 0, 0, 0)) }
            shapeHash.mix(0xFF)
            let (word, affix): (UInt64, Affixes)
            if digits > 0, bytes.count == 4 && digits == 4 {
                (word, affix) = year
            } else if digits > 0, digits * 2 >= bytes.count {
                (word, affix) = self.digits
            } else {
                hash.mix(0xFF)
                (word, affix) = (hash.value, affixes ? lowercasedAffixes(bytes) : (0, 0, 0, 0))
            }
            return Hashes(word: word, shape: shapeHash.value, affixes: affixes ? affix : (0, 0, 0, 0))
        }

        /// The hashes of the normal forms of numbers and of their affixes.
        private static let year = folded("!YEAR"), digits = folded("!DIGITS")
        private static func folded(_ normal: String) -> (UInt64, Affixes) {
            (FeatureHash.of(normal.utf8), affixes(Array(normal.utf8)))
        }

        /// The affix hashes of an ASCII word's lowercased bytes, without building them.
        private static func lowercasedAffixes(_ bytes: UnsafeBufferPointer<UInt8>) -> Affixes {
            func hash(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
                var hash = FeatureHash(0)
                for byte in slice { hash.mix(byte &- 0x41 < 26 ? byte | 0x20 : byte) }
                hash.mix(0xFF)
                return hash.value
            }
            return (hash(bytes.prefix(2)), hash(bytes.suffix(2)), hash(bytes.suffix(3)), hash(bytes.suffix(4)))
        }

        /// The hash of the shape of a word of small letters.
        private static let smallLettersShape = FeatureHash.of("x".utf8)

        private static func affixes(_ normal: [UInt8]) -> Affixes {
            (FeatureHash.of(normal.prefix(2)), FeatureHash.of(normal.suffix(2)), FeatureHash.of(normal.suffix(3)), FeatureHash.of(normal.suffix(4)))
        }

        /// The affix hashes of one word, as ``init(_:affixes:)`` computes them with `affixes`.
        static func affixHashes(of word: String) -> Affixes {
            affixes(WordFeatures.normalized(word))
        }
    }
}
