import HeraldCore
import Testing
@testable import HeraldText

private func sentences(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    let tokens = Tokenizer().tokenize(bytes)
    return SentenceSplitter().split(bytes, tokens: tokens).map { String(decoding: bytes[$0.range], as: UTF8.self) }
}

@Suite struct SentenceSplitterTests {
    @Test(arguments: [
        // Titles never end a sentence; acronyms do only before a sentence starter.
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        ("He met U.S. officials. The U.S. Navy sailed.", ["He met U.S. officials.", "The U.S. Navy sailed."]),
        ("Aid came from the U.S. The U.N. agreed.", ["Aid came from the U.S.", "The U.N. agreed."]),
        ("Lt. Col. Smith spoke. Sen. Graham too.", ["Lt. Col. Smith spoke.", "Sen. Graham too."]),
        ("George W. Bush spoke. He left.", ["George W. Bush spoke.", "He left."]),
        ("It rose 3.5 percent to $1,000. Then it fell.", ["It rose 3.5 percent to $1,000.", "Then it fell."]),
        ("They met at 3 p.m. Monday in Paris. It rained.", ["They met at 3 p.m. Monday in Paris.", "It rained."]),
        ("They met at 3 p.m. The talks ended.", ["They met at 3 p.m.", "The talks ended."]),
        ("Apple Inc. said so. Acme Corp. agreed.", ["Apple Inc. said so.", "Acme Corp. agreed."]),
        ("It opened Jan. 5 in Hangzhou. No. 2 is next.", ["It opened Jan. 5 in Hangzhou.", "No. 2 is next."]),
        // Closing quotes and brackets stay with the sentence.
        ("“We will walk away.” He left.", ["“We will walk away.”", "He left."]),
        ("He asked, \"Why?\" Nobody answered.", ["He asked, \"Why?\"", "Nobody answered."]),
        ("(It was late.) They went home.", ["(It was late.)", "They went home."]),
        ("“Why?” he asked.", ["“Why?” he asked."]),
        ("“That is the way”, May said. The Kurds agreed.", ["“That is the way”, May said.", "The Kurds agreed."]),
        ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
        // Datelines stand alone; headlines and captions without final punctuation end at the line.
        ("WASHINGTON (Reuters) - U.S. officials said so.", ["WASHINGTON (Reuters) -", "U.S. officials said so."]),
        ("PANMUNJOM, South Korea — The talks began.", ["PANMUNJOM, South Korea —", "The talks began."]),
        ("Obama in China\nThe president arrived.", ["Obama in China", "The president arrived."]),
        ("Leaders met.\n\nPutin and Obama shake hands in Hangzhou", ["Leaders met.", "Putin and Obama shake hands in Hangzhou"]),
        // A quotation that runs across paragraphs: each paragraph's sentences close at its end.
        ("“We will not stop.\n\n“We will go on,” he said.", ["“We will not stop.", "“We will go on,” he said."]),
    ])
    func splitsNewsSentences(input: String, expected: [String]) {
        #expect(sentences(input) == expected)
    }

    @Test func hardWrappedProseJoinsLines() {
        let text = """
        The president said on Monday that the talks with his Russian counterpart
        had been constructive and that both sides would continue to work towards
        an agreement on Syria in the coming weeks.
        """
        #expect(sentences(text).count == 1)
    }

    @Test func listItemsWithoutPunctuationAreSentences() {
        #expect(sentences("Key points:\n- Climate deal\n- Steel capacity\n- Syria talks").count == 4)
    }

    @Test func sentencesCoverTheirTokens() {
        let bytes = Array("One. Two three. Four".utf8)
        let tokens = Tokenizer().tokenize(bytes)
        let result = SentenceSplitter().split(bytes, tokens: tokens)
        #expect(result.map(\.tokens) == [0..<2, 2..<5, 5..<6])
    }
}
