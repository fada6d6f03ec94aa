import Testing
@testable import HeraldHTML

/// Pictures' captions are set apart from the body: they describe a picture, outside the article's flow.
@Suite struct CaptionTests {
    private let prose = Array(repeating: "The river rose two metres overnight and the town's lower streets were closed to traffic by morning.", count: 3)
        .joined(separator: " ")
    private let later = "By noon the water had begun to fall, and the council said the streets would open again on Friday."

    private func article(_ body: String) -> ContentExtractor.Article {
        ContentExtractor().article(HTMLParser.parse(Array("<html><body><article>\(body)</article></body></html>".utf8)))
    }

    @Test func figureCaptionsLeaveTheTextInOrderEachOnce() {
        let found = article("""
        <p>\(prose)</p><figure><img src="a.jpg"><figcaption>Sandbags on Mill Street. <span>Photo: J. Rowe</span></figcaption></figure>
        <p>\(later)</p><figure><picture><img src="b.jpg"></picture><figcaption>The bridge at dawn.</figcaption></figure>
        <figure><img src="b-small.jpg"><figcaption>The bridge at dawn.</figcaption></figure>
        """)
        #expect(found.captions == ["Sandbags on Mill Street. Photo: J. Rowe", "The bridge at dawn."])
        #expect(found.text == prose + "\n\n" + later)
    }

    @Test func captionsNamedByClassBesideAPicture() {
        let found = article("""
        <p>\(prose)</p><div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">Volunteers fill sandbags.</p></div>
        <div class="photo"><img src="c.jpg"><div class="imgCaption">The flooded square.</div></div>
        <div class="story"><img src="d.jpg"><p>\(later)</p>
        <p class="caption-lead">Without a picture beside it, a block named for a caption is text.</p></div>
        """)
        #expect(found.captions == ["Volunteers fill sandbags.", "The flooded square."])
        #expect(found.text.hasSuffix("Without a picture beside it, a block named for a caption is text."))
        #expect(!found.text.contains("sandbags") && !found.text.contains("flooded square"))
    }

    @Test func figuresOfQuotationsAndCodeKeepTheirCaptions() {
        let found = article("""
        <p>\(prose)</p><figure><blockquote><p>We have never seen the water this high in March.</p></blockquote>
        <figcaption>Ann Dale, the mayor</figcaption></figure>
        <figure><pre><code>level = read_gauge(station)</code></pre><figcaption>Listing 1: reading a gauge</figcaption></figure>
        """)
        #expect(found.captions.isEmpty)
        #expect(found.text.contains("Ann Dale, the mayor") && found.text.contains("Listing 1: reading a gauge"))
    }
}
