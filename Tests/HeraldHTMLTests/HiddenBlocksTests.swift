import Foundation
import Testing
@testable import HeraldHTML

/// Hidden blocks: boilerplate as a rule, the article when the page reveals it by script, never a
/// second copy of the article.
struct HiddenBlocksTests {
    static let paragraphs = [
        "The harbour authority said on Monday that the northern channel would be dredged before the autumn storms, at a cost the port will share with the city.",
        "Pilots have complained for years that the channel silts up after every winter, forcing larger ships to wait for the tide outside the breakwater.",
        "The work will take eleven weeks, during which the ferry to the islands will leave from the southern quay, the operator said in a statement.",
    ]

    static func extract(_ body: String) -> String {
        ContentExtractor().extract(HTMLParser.parse(Array("<html><body>\(body)</body></html>".utf8)))
    }

    @Test func aHiddenCopyOfTheArticleGoes() {
        let shown = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
        // The copy in Markdown behind a "Copy as Markdown" button, marked up otherwise than the page.
        let markdown = "# Channel to be dredged\n" + Self.paragraphs.map { $0.replacingOccurrences(of: "northern channel", with: "**northern channel**")
            .replacingOccurrences(of: "ferry", with: "[ferry](https://example.com/ferry)") }.joined(separator: "\n")
        let text = Self.extract("<main><article>\(shown)</article><pre hidden class=\"rawMarkdown\">\(markdown)</pre></main>")
        #expect(text.components(separatedBy: "\n\n") == Self.paragraphs)
    }

    @Test func anArticleThePageRevealsByScriptStays() {
        let hidden = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
        let text = Self.extract("<nav><a href=\"/\">Home</a></nav><p>Loading…</p><div style=\"display: none\" id=\"story\">\(hidden)</div>")
        #expect(text.contains(Self.paragraphs[1]) && text.contains(Self.paragraphs[2]))
    }

    @Test func aHiddenTeaserGoes() {
        let shown = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
        let text = Self.extract("<article>\(shown)</article><div hidden><p>Subscribe to our newsletter for the week's news from the port, every Friday morning.</p></div>")
        #expect(!text.contains("Subscribe"))
    }

    @Test func anAccordionsFoldedAnswersAreText() {
        let article = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
        let faq = """
        <h2>Questions</h2><h3><button aria-expanded="false" aria-controls="panel-1">When does the dredging start?</button></h3>
        <div id="panel-1" style="display: none"><p>The dredgers arrive in the first week of September and work from the harbour mouth inwards.</p></div>
        <h3><button aria-expanded="false" aria-controls="panel-2">What does it cost?</button></h3>
        <div style="overflow:hidden;display:none"><div id="panel-2"><p>Loading…</p></div></div>
        <div hidden><p>A survey for readers of this page, shown to one in ten of them after a minute of reading.</p></div>
        """
        let text = Self.extract("<article>\(article)\(faq)</article>")
        #expect(text.contains("The dredgers arrive in the first week of September"))
        #expect(!text.contains("Loading") && !text.contains("A survey for readers"))
    }
}
