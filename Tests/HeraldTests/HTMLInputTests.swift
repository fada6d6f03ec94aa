import Foundation
import Testing
@testable import Herald

/// Web pages through the whole pipeline: `herald analyze page.html` and records carrying `html`.
@Suite struct HTMLInputTests {
    private func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "herald-html-" + UUID().uuidString + "-" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aPageReadsAsAnArticle() throws {
        let page = """
        <html><head><title>Talks end | Wire</title><meta property="article:published_time" content="2016-09-05"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Talks end</h1>
        <p>The talks ended on Monday after two days, officials said, with a statement on trade.</p>
        <figure><img src="talks.jpg"><figcaption>Delegates leave the hall.</figcaption></figure>
        <p>Mr. Obama left for Laos. He will meet regional leaders there on Tuesday, aides said.</p></article>
        <footer>© 2016 Wire. All rights reserved.</footer></body></html>
        """
        let path = try write("page.html", Array(page.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let document = try #require(try Herald.analyze(path: path).first)
        #expect(document.title == "Talks end")
        #expect(document.publishedAt == "2016-09-05")
        #expect(document.sentences.map { document.string(of: $0) }.last == "He will meet regional leaders there on Tuesday, aides said.")
        #expect(document.sentences.count == 3)
        #expect(!document.textString.contains("Home"))
        #expect(document.captions == ["Delegates leave the hall."])
        #expect(document.json(indent: 0).contains(#""captions":["Delegates leave the hall."]"#))
    }

    @Test func aStoryToldInPicturesKeepsItsCaptionsAsText() throws {
        let captions = [
            "Fishermen haul their nets onto the beach at Nazaré at first light, as their fathers did before them.",
            "The catch is sorted on the sand: sardines for the market, mackerel for the cannery up the coast.",
            "Women of the town dry fish on wooden racks, a practice the council now pays to keep alive.",
            "By noon the boats are back on their trailers and the beach belongs to the surfers again.",
            "A festival in September blesses the boats; this year the priest came by tractor, the tide being high.",
        ]
        let figures = captions.enumerated().map { "<figure><img src=\"\($0.offset).jpg\"><figcaption>\($0.element)</figcaption></figure>" }
        let path = try write("essay.html", Array("<html><body><article><h1>A morning in Nazaré</h1>\(figures.joined())</article></body></html>".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let document = try #require(try Herald.analyze(path: path).first)
        #expect(document.captions.isEmpty)
        #expect(document.textString.hasPrefix("Fishermen haul their nets") && document.textString.hasSuffix("the tide being high."))
        #expect(!document.warnings.contains { $0.code == "no-article" })
    }

    @Test func badPagesGiveAResultOrAClearWarning() throws {
        let truncated = try write("truncated.html", Array("<html><body><article><p>The talks ended on Monday after two days of meetings in the city, officials said".utf8))
        let empty = try write("empty.html", Array("<html><body><nav><a href='/'>Home</a></nav></body></html>".utf8))
        // Declared UTF-8, written in Latin-1.
        let mislabeled = try write("latin.html", Array("<meta charset='utf-8'><p>Caf".utf8) + [0xE9] + Array(" talks ended on Monday after two days of meetings, officials said.</p>".utf8))
        let nested = try write("nested.html", Array((String(repeating: "<div><span>", count: 50_000) + "<p>Deep text at the bottom of the page, after all that nesting.</p>").utf8))
        defer { for path in [truncated, empty, mislabeled, nested] { try? FileManager.default.removeItem(atPath: path) } }
        let documents = try [truncated, empty, mislabeled, nested].map { try #require(try Herald.analyze(path: $0).first) }
        #expect(documents[0].textString.hasPrefix("The talks ended on Monday"))
        #expect(documents[1].textString.isEmpty)
        #expect(documents[1].warnings.contains { $0.code == "no-article" })
        #expect(documents[2].textString.contains("talks ended"))
        #expect(documents[2].warnings.contains { $0.code == "invalid-utf8" })
        #expect(documents[3].textString.hasSuffix("after all that nesting."))
    }
}
