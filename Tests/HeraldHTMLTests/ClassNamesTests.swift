import Testing
@testable import HeraldHTML

/// What class names say about blocks: boilerplate, content, or both.
struct ClassNamesTests {
    static let paragraphs = HiddenBlocksTests.paragraphs

    @Test func aNameEndingInBoilerplatesWordIsBoilerplate() {
        let article = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
        // Teasers of other posts in a "blog-carousel": blog says content, carousel says what kind.
        let teasers = (1...3).map { n in
            "<div class=\"article-item\"><h3><a href=\"/post-\(n)\">Post \(n)</a></h3><div class=\"article-item__excerpt\">Teaser number \(n) of another post on this blog, long enough to read as a sentence of its own.</div></div>"
        }.joined()
        let text = HiddenBlocksTests.extract("<main><div class=\"article__content\">\(article)</div><section class=\"shopify-section blog-carousel\"><h2>Blog.</h2>\(teasers)</section></main>")
        #expect(!text.contains("Teaser") && text.contains(Self.paragraphs[2]))
    }

    @Test func aNameEndingInContentsWordStaysContent() {
        let article = Self.paragraphs.map { "<p>\($0)</p>" }.joined(separator: "<h2 class=\"header-anchor-post\">A heading of the post</h2>")
        let text = HiddenBlocksTests.extract("<article class=\"post\"><div class=\"body markup\">\(article)</div></article>")
        #expect(text.contains("A heading of the post"))
    }

    @Test func classNamesThatWouldLeaveNothingAreNotBelieved() {
        // A newsletter's archive keeps each issue in a block named after the newsletter's e-mail.
        let issue = (Self.paragraphs + ["Next week: why the lock gates at the old harbour mouth have stayed shut since the spring, and what the city council means to do about them before the winter.",
                      "Write to us with your own stories of the port: the best of them will appear in the letter after next, with the writer's name if they wish."]).map { "<p>\($0)</p>" }.joined()
        let about = "<div class=\"site-info\">A weekly letter on ports and shipping, written in Rotterdam since 2009 and read by people who work on the water, on the quays and in the offices of the harbour.</div>"
        let text = HiddenBlocksTests.extract("<nav><a href=\"/\">Archive</a></nav><div class=\"newsletter-email\"><div class=\"post-body\">\(issue)</div></div>\(about)")
        #expect(text.contains(Self.paragraphs[0]) && text.contains(Self.paragraphs[2]))
    }

    @Test func anAuthorsLongBiographyIsBoilerplate() {
        let article = (Self.paragraphs + [
            "Shipping lines have been told to expect delays of up to a day in the first fortnight, while the dredgers work closest to the harbour mouth.",
            "The last full dredging of the channel was in 2011; since then the port has paid for smaller clearances every second spring.",
            "Fishermen, whose boats use the channel at every tide, asked the authority to keep one lane open at night, and were told it would try.",
        ]).map { "<p>\($0)</p>" }.joined()
        // A biography long enough to pass for a paragraph of the article, in the author's box after it.
        let biography = "Maren Olsvik is the head of housing research, where she studies rents and prices for readers and for the firm's own teams. Before that she was an economist at a central bank, wrote on mortgages for a business weekly and taught statistics at a university in the north for six years. Her work on rents has been cited by two parliamentary committees and by the national statistics office, and she writes a monthly column on the housing market. She lives by the sea with her family and two dogs, and spends her summers sailing the coast she grew up on."
        let text = HiddenBlocksTests.extract("<main><div class=\"entry-content\">\(article)<div class=\"author-section\"><div class=\"author__info\"><h4>Maren Olsvik</h4><p>\(biography)</p></div></div></div></main>")
        #expect(!text.contains("Maren Olsvik") && text.contains(Self.paragraphs[2]))
    }

    @Test func disclaimersAndCallsToActionAreBoilerplate() {
        let article = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
        let text = HiddenBlocksTests.extract("""
        <article class="post"><div class="affiliate-disclaimer">This post may contain affiliate links; we may earn a commission on purchases.</div>
        \(article)<div class="wp-block-cta"><h3>Ready to ship?</h3><p>Start your free trial today.</p></div></article>
        """)
        #expect(!text.contains("affiliate") && !text.contains("free trial") && text.contains(Self.paragraphs[2]))
    }

    @Test func aLinkInsideASentenceIsTheSentences() {
        // The links' ids and classes name a form and a promotion, but their words finish the sentences they sit in;
        // a "Read more" link after a finished sentence is not part of it.
        let article = Self.paragraphs.map { "<p>\($0)</p>" }.joined()
        let text = HiddenBlocksTests.extract("""
        <article class="post">\(article)<p>To show the webcam on your own site, fill out our <a id="https://form.example.org/2013|" \
        href="https://form.example.org/2013">webcam usage agreement.</a></p><p>After <a class="promo-link" href="/engaged">getting \
        engaged</a>, most couples start with the budget and the guest list. <a class="read-more" href="/budget">Read more</a></p></article>
        """)
        #expect(text.contains("fill out our webcam usage agreement.") && text.contains("After getting engaged, most couples"))
        #expect(!text.contains("Read more"))
    }
}
