import Foundation
import Testing
@testable import Herald

/// The article that started the project must read the way a careful analyst reads it.
@Suite struct SeedTests {
    let document: Document

    init() throws {
        let documents = try Herald.analyze(path: Paths.seed)
        try #require(documents.count == 1)
        document = documents[0]
    }

    @Test func headlineAndBoilerplate() {
        #expect(document.title == "Putin and Obama ‘reach an understanding’ during G20 talks")
        #expect(document.boilerplate == ["Share", "Advertisement", "Advertisement"])
        #expect(!document.textString.contains("Advertisement"))
        #expect(document.textString.hasPrefix("President Barack Obama said Monday"))
    }

    @Test func twentySentencesAndTheCaption() {
        let sentences = document.sentences.map { document.string(of: $0) }
        #expect(sentences.count == 21)
        // Paragraphs holding two or three sentences are split where a reader splits them.
        #expect(sentences[8].hasSuffix("and the USA resisted."))
        #expect(sentences[9].hasPrefix("Al-Assad’s forces"))
        #expect(sentences[11].hasSuffix("could reach a deal soon."))
        #expect(sentences[12].hasPrefix("The U.S. says the tests"))
        #expect(sentences[14] == "A final decision is expected later this month, May said.")
        #expect(sentences[16].hasPrefix("“This is the way I operate”, May earlier told"))
        #expect(sentences[18].hasPrefix("The Southeast Asian leader warned"))
        // "U.S." and "U.N." inside a sentence do not end it.
        #expect(sentences[5].hasSuffix("get closer to Obama."))
        #expect(sentences[20].hasPrefix("Russian President Vladimir Putin and US President Barack Obama shake hands"))
        #expect(sentences[20].hasSuffix("Zhejiang province"))
    }

    @Test func jsonSpeaksTheContract() throws {
        let json = try JSONSerialization.jsonObject(with: Data(document.json().utf8)) as! [String: Any]
        for key in ["id", "title", "publishedAt", "author", "url", "text", "boilerplate", "captions", "sentences", "entities",
                    "quotes", "events", "dates", "integrity"]
        {
            #expect(json.keys.contains(key), "missing \(key)")
        }
        let integrity = json["integrity"] as! [String: Any]
        #expect(Set(integrity.keys).isSuperset(of: ["patchwork", "score", "foreignSentences", "orphanReferences", "reusedFrom"]))
        // Offsets count code points into text, as Python indexes a str.
        let text = Array((json["text"] as! String).unicodeScalars)
        for sentence in json["sentences"] as! [[String: Any]] {
            let start = sentence["start"] as! Int, end = sentence["end"] as! Int
            #expect(String(String.UnicodeScalarView(text[start..<end])) == sentence["text"] as! String)
        }
    }
}
