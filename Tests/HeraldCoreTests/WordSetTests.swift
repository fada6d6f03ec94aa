import Foundation
import Testing
@testable import HeraldCore

@Suite struct WordSetTests {
    @Test func holdsExactlyItsWords() {
        let set: WordSet = ["president", "minister", "Mr.", "’s", "São Paulo", "", "president"]
        #expect(set.count == 6)
        for word in ["president", "minister", "Mr.", "’s", "São Paulo", ""] { #expect(set.contains(word), "\(word)") }
        for word in ["President", "presiden", "presidents", "Mr", "'s", "Sao Paulo", " "] { #expect(!set.contains(word), "\(word)") }
        #expect(set.contains("the president".split(separator: " ")[1]))
        #expect(Array(set) == ["president", "minister", "Mr.", "’s", "São Paulo", ""])
    }

    /// Large sets grow their table; long words (not small strings) and bytes are looked up alike.
    @Test func growsAndLooksUpLongWordsAndBytes() {
        let words = (0..<5000).map { "word number \($0) of a list longer than a small string" }
        let set = WordSet(words)
        #expect(set.count == 5000)
        #expect(words.allSatisfy(set.contains))
        #expect(!set.contains("word number 5000 of a list longer than a small string"))
        let bytes = Array("word number 42 of a list longer than a small string".utf8)
        #expect(bytes.withUnsafeBufferPointer { set.contains(bytes: $0) })
    }

    @Test func unionAndSubtraction() {
        let months: WordSet = ["january", "may", "june"]
        #expect(Array(months.subtracting(["may"])) == ["january", "june"])
        let more = months.union(["july", "may"])
        #expect(Array(more) == ["january", "may", "june", "july"])
        #expect(WordSet().isEmpty && !WordSet().contains(""))
    }
}

@Suite struct WordMapTests {
    @Test func wordsMapToTheirLastValue() {
        var map: WordMap<Int> = ["Olympics": 1, "Act": 2, "Olympics": 3]
        #expect(map["Olympics"] == 3 && map["Act"] == 2 && map.count == 2)
        #expect(map["olympics"] == nil && map["Ac"] == nil && map[""] == nil)
        map["Treaty"] = 4
        map["Act"] = 5
        #expect(map["Treaty"] == 4 && map["Act"] == 5 && map.values == [3, 5, 4])
        // Words beyond ASCII and substrings' words alike.
        map["Québec"] = 6
        #expect(map[String("le Québec".dropFirst(3))] == 6)
    }
}

@Suite struct SpaceSeparatedWordsTests {
    @Test func wordsSplitAsSplittingAtSpacesDoes() {
        for name in ["Barack Obama", "Bill de Blasio", "Holtz - Eakin", "  Abd al-Fattah  el-Sisi ", "Zoë", "", " ", "Đinđić Zoran"] {
            #expect(name.spaceSeparatedWords == name.split(separator: " "), "\(name)")
            let inside = Substring(name)
            #expect(inside.spaceSeparatedWords == inside.split(separator: " "), "\(name)")
        }
    }
}

@Suite struct ByteComponentsTests {
    @Test func partsAreFoundationsComponents() {
        let texts = ["Headline | Site", "A | B | C |", " | ", "", "no separator", "Zoë | Đinđić | ", "a - b - c", "x ·  · y", "| lead"]
        for text in texts {
            for separator in [" | ", " - ", " · ", "|", "·"] {
                #expect(text.byteComponents(separatedBy: separator) == text.components(separatedBy: separator), "\(text) by \(separator)")
            }
        }
    }
}
