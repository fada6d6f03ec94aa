import HeraldCore
import Testing
@testable import HeraldText

private func tokens(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return Tokenizer().tokenize(bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
}

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("Mr. Obama met Gen. Dunford.", ["Mr.", "Obama", "met", "Gen.", "Dunford", "."]),
        ("the U.S. and the U.N.", ["the", "U.S.", "and", "the", "U.N."]),
        ("George W. Bush", ["George", "W.", "Bush"]),
        ("It cost $1.3bn, or 1,000 times 3.5%.", ["It", "cost", "$", "1.3bn", ",", "or", "1,000", "times", "3.5", "%", "."]),
        ("after 9/11 at 3 p.m. today", ["after", "9/11", "at", "3", "p.m.", "today"]),
        ("Russia’s TASS didn't say", ["Russia", "’s", "TASS", "did", "n't", "say"]),
        ("Donald Trump‘s remarks", ["Donald", "Trump", "‘s", "remarks"]),
        ("“gaps in trust” between", ["“", "gaps", "in", "trust", "”", "between"]),
        ("effort”. Next", ["effort", "”", ".", "Next"]),
        ("US-backed anti-ISIL force", ["US", "-", "backed", "anti", "-", "ISIL", "force"]),
        ("the Mexico-U.S. border, non-U.S. citizens and anti-war.", ["the", "Mexico", "-", "U.S.", "border", ",", "non", "-", "U.S.", "citizens", "and", "anti", "-", "war", "."]),
        ("it—tell us", ["it", "—", "tell", "us"]),
        ("Wait... what?", ["Wait", "...", "what", "?"]),
        ("(Reuters) -", ["(", "Reuters", ")", "-"]),
        ("see https://example.com/a?b=1. Then", ["see", "https://example.com/a?b=1", ".", "Then"]),
        ("mail news@example.org or @BarackObama #G20", ["mail", "news@example.org", "or", "@BarackObama", "#G20"]),
        ("No. 1 and no.", ["No.", "1", "and", "no", "."]),
        ("Seattle, Wash., said", ["Seattle", ",", "Wash.", ",", "said"]),
        ("said Del. Stacey Plaskett", ["said", "Del.", "Stacey", "Plaskett"]),
        ("the Philippines’ war", ["the", "Philippines", "’", "war"]),
        ("a 2015-11-11 date", ["a", "2015-11-11", "date"]),
        ("a NBC/Wall Street Journal poll, and/or 3/4", ["a", "NBC", "/", "Wall", "Street", "Journal", "poll", ",", "and", "/", "or", "3/4"]),
    ])
    func splitsNewsEnglish(input: String, expected: [String]) {
        #expect(tokens(input) == expected)
    }

    @Test func flagsMarkLinesParagraphsSpacesAndAbbreviations() {
        let text = Array("Title\n\nMr. Smith left.\nNext".utf8)
        let result = Tokenizer().tokenize(text)
        #expect(result[0].flags.contains(.paragraphStart))
        #expect(result[1].flags.contains(.paragraphStart))
        #expect(result[1].flags.contains(.abbreviation))
        #expect(result[1].flags.contains(.spaceAfter))
        #expect(!result[3].flags.contains(.spaceAfter))  // "left" before "."
        #expect(result[5].flags.contains(.lineStart) && !result[5].flags.contains(.paragraphStart))
    }

    @Test func nonBreakingSpacesSeparateTokens() {
        #expect(tokens("a\u{00A0}b\u{2009}c") == ["a", "b", "c"])
    }
}
