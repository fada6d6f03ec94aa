import Testing
@testable import HeraldCore

@Suite struct ShortKeyTests {
    /// The key as byte-by-byte packing gives it: byte `i` lowercased at bits `8 * i`.
    private func reference(_ bytes: [UInt8]) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        for (i, byte) in bytes.enumerated() {
            let folded = UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte) << UInt64((i & 7) * 8)
            if i < 8 { words.0 |= folded } else { words.1 |= folded }
        }
        return words
    }

    private func key(_ bytes: [UInt8]) -> ShortKey? {
        bytes.withUnsafeBufferPointer { ShortKey($0, 0..<bytes.count) }
    }

    @Test func everyASCIIByteFoldsAsLowercasedDoes() throws {
        // Each byte in every place of a key, the neighbours of A–Z among them ("@", "[", "`", "{").
        for byte in UInt8(0)..<0x80 {
            for place in [0, 7, 8, 15] {
                var bytes = [UInt8](repeating: UInt8(ascii: "Q"), count: 16)
                bytes[place] = byte
                let packed = try #require(key(bytes))
                #expect((packed.low, packed.high) == reference(bytes), "byte \(byte) at \(place)")
            }
        }
        #expect(key(Array("Obama".utf8)) == ShortKey(word: "obama"))
        #expect(key(Array("U.S.".utf8)) == ShortKey("u.s."))
    }

    @Test func longWordsAndWordsBeyondASCIIHaveNoKey() {
        #expect(key(Array("Internationalisation".utf8)) == nil)
        #expect(key(Array("Peña".utf8)) == nil)
        #expect(key([]).map { $0.low == 0 && $0.high == 0 } == true)
        // A range inside a longer text packs only its own bytes.
        let text = Array("the Kremlin said".utf8)
        #expect(text.withUnsafeBufferPointer { ShortKey($0, 4..<11) } == ShortKey("kremlin"))
    }
}

@Suite struct ShortKeyTableTests {
    @Test func findsEachKeyAndNoOther() {
        let words = (0..<300).map { "w\($0)" } + ["a", "", "sixteen-letters!", "ninebytes"]
        let table = ShortKeyTable(words.enumerated().map { (ShortKey($0.element), $0.offset) })
        for (index, word) in words.enumerated() { #expect(table[ShortKey(word)] == index, "\(word)") }
        for word in ["w300", "b", "sixteen-letters?", "W1x"] { #expect(table[ShortKey(word)] == nil, "\(word)") }
        #expect(table[ShortKey("W12")] == 12)  // keys fold ASCII case
        let set = ShortKeyTable(words: ["ad", "ads", "ad"])
        #expect(set.contains(ShortKey("ADS")) && set.contains(ShortKey("ad")) && !set.contains(ShortKey("a")))
    }
}
