import Foundation
import HeraldCore
import Testing
@testable import HeraldText

/// ``UnicodeNormalizer/nfc(_:)`` composes only the runs between boundaries; Foundation composing the whole text is
/// the reference.
@Suite struct UnicodeNormalizerTests {
    private func reference(_ text: String) -> [UInt8] { Array(text.precomposedStringWithCanonicalMapping.utf8) }

    @Test func everyScalarBesideCombiningMarksAsFoundationComposesIt() {
        // Each scalar after a letter and before marks and a Hangul vowel, 512 to a text.
        var scalars = (0x80...0x3FFFF).lazy.compactMap(Unicode.Scalar.init).makeIterator()
        var texts = 0
        while true {
            var text = ""
            for _ in 0..<512 {
                guard let scalar = scalars.next() else { break }
                text += "e" + String(scalar) + "\u{301}\u{323}\u{1161}\u{11A8} "
            }
            if text.isEmpty { break }
            texts += 1
            #expect(UnicodeNormalizer.nfc(Array(text.utf8)) == reference(text), "text \(texts)")
        }
        #expect(texts > 400)
    }

    @Test func textTheQuickCheckPassesIsInNFC() {
        // Each scalar the quick check passes, after letters and before itself: Foundation leaves all of it alone.
        let passed = (0x80...0x3FFFF).lazy.compactMap(Unicode.Scalar.init).filter { UnicodeNormalizer.isQuickNFC(Array(String($0).utf8)) }
        let text = passed.map { "e\($0)\u{C5}\($0)\($0)" }.joined(separator: " ")
        #expect(UnicodeNormalizer.isQuickNFC(Array(text.utf8)))
        #expect(Array(text.utf8) == reference(text))
    }

    @Test func randomMixturesAsFoundationComposesThem() {
        // Letters that compose, marks in and out of canonical order, jamo, singletons and stable text around them.
        let palette: [Unicode.Scalar] = [
            "a", "e", "A", " ", ".", "\u{E9}", "\u{C5}", "\u{300}", "\u{301}", "\u{308}", "\u{323}", "\u{327}", "\u{344}",
            "\u{1100}", "\u{1161}", "\u{11A8}", "\u{AC00}", "\u{3B1}", "\u{345}", "\u{212B}", "\u{2126}", "\u{F73}", "\u{915}",
            "\u{93C}", "\u{4E2D}", "\u{FB2A}", "\u{1F600}", "\u{E01}", "\u{E48}",
        ]
        var generator = SplitMix64(seed: 7)
        for round in 0..<3000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1...24, using: &generator) { text.append(palette.randomElement(using: &generator)!) }
            let string = String(text)
            #expect(UnicodeNormalizer.nfc(Array(string.utf8)) == reference(string), "round \(round): \(string.unicodeScalars.map(\.value))")
        }
    }

    @Test func textInNFCIsReturnedAsItIs() {
        let text = Array("Putin’s “talks” — Café, Москва, 北京".utf8)
        #expect(UnicodeNormalizer.nfc(text) == text)
        #expect(UnicodeNormalizer.nfc(Array("Cafe\u{301} au lait".utf8)) == Array("Caf\u{E9} au lait".utf8))
    }
}
