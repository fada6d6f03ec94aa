import Foundation
import Testing
@testable import HeraldHTML

@Suite struct HTMLTextTests {
    /// The byte test of white space agrees with Unicode's White_Space property, and U+200B, for every scalar.
    @Test func whitespaceIsUnicodesWhiteSpaceAndTheZeroWidthSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.isWhitespace || value == 0x200B
            var bytes = Array(String(scalar).utf8)
            let length = bytes.withUnsafeBufferPointer { HTMLText.whitespaceLength($0, 0) }
            if length != (expected ? bytes.count : 0) { Issue.record("U+\(String(value, radix: 16)): \(length)") }
            // A truncated sequence is never white space.
            bytes.removeLast()
            if !bytes.isEmpty, bytes.withUnsafeBufferPointer({ HTMLText.whitespaceLength($0, 0) }) != 0 {
                Issue.record("truncated U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func collapsesRunsOfWhiteSpaceAndTrimsTheEnds() {
        #expect(HTMLText.collapse("  Caf\u{E9} \u{A0}\n\t au\u{200B}lait\u{3000} ") == "Café au lait")
        #expect(HTMLText.collapse("\u{2028}\u{205F}") == "")
        #expect(HTMLText.collapse("one") == "one")
    }

    @Test func tagSetHoldsEachTagAlone() {
        #expect(HTMLTag.allCases.count <= 128)
        for tag in HTMLTag.allCases {
            let set: HTMLTagSet = [tag]
            for other in HTMLTag.allCases { #expect(set.contains(other) == (other == tag)) }
        }
    }

    @Test func asciiWordsAreFoundInAnyCaseAnywhereOrAtTheStart() {
        let words: ASCIIWords = ["date", "publish", "/author/"]
        func check(_ text: String, occurs: Bool, prefix: Bool) {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { p in
                #expect(words.occurs(in: p, 0..<p.count) == occurs, "\(text)")
                #expect(words.prefix(of: p, 0..<p.count) == prefix, "\(text)")
            }
        }
        check("post-DATE", occurs: true, prefix: false)
        check("Publisher", occurs: true, prefix: true)
        check("https://x.com/Author/jo", occurs: true, prefix: false)
        check("dat", occurs: false, prefix: false)
        check("publis", occurs: false, prefix: false)
        check("", occurs: false, prefix: false)
    }

    @Test func spacesAreFoundationsWhitespaces() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8)
            let length = bytes.withUnsafeBufferPointer { HTMLText.spaceLength($0, 0) }
            if length != (CharacterSet.whitespaces.contains(scalar) ? bytes.count : 0) { Issue.record("U+\(String(value, radix: 16))") }
        }
        for text in ["  Jan 5, 2025 ", "\u{A0}\tx\u{3000}", " \u{301}é ", "\u{2028}a\u{2028}", "", " ", "é", "a\u{202F}", "\u{205F}\u{205F}"] {
            #expect(HTMLText.trimmingSpaces(text) == text.trimmingCharacters(in: .whitespaces), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
