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
}
