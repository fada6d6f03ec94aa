import Testing
@testable import HeraldHTML

/// A news page written for these tests, with the furniture real pages carry.
let newsPage = """
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Summit ends in Hangzhou | Herald News</title>
<meta property="og:site_name" content="Herald News"><meta property="og:title" content="Summit ends in Hangzhou">
<meta name="author" content="Jane Doe"><link rel="canonical" href="https://news.example/2016/09/05/summit-ends">
<meta property="article:modified_time" content="2016-09-07T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Herald"},
{"@type":"NewsArticle","headline":"Summit ends in Hangzhou","datePublished":"2016-09-05T10:00:00+08:00",
"author":[{"@type":"Person","name":"Jane Doe"}]}]}</script></head>
<body><header class="site-header"><a href="/">Herald News</a><nav><a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<div id="cookie-consent">We use cookies to improve your experience. <button>Accept</button></div>
<main><article><h1>Summit ends in Hangzhou</h1><p class="byline">By Jane Doe</p>
<div class="article-body">
<p>Leaders of the Group of 20 major economies ended their summit on Monday with a pledge to bring the climate agreement into force, officials said.</p>
<div class="ad-slot">Advertisement</div>
<p>U.S. President Barack Obama and Chinese President Xi Jinping joined the agreement on Saturday, a day before the summit opened in the eastern city.</p>
<h2>Trade and steel</h2>
<p>The communique also promised to resist all forms of protectionism and to study excess capacity in the steel industry, a sore point for Europe.</p>
<figure><img src="a.jpg"><figcaption>Leaders pose for a photograph in Hangzhou on Sunday.</figcaption></figure>
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<p>The next summit will be held in Hamburg, Germany, in July 2017, the first in Europe since 2014.</p>
</div>
<section class="related-stories"><h3>Related</h3><ul><li><a href="/a">G20 leaders arrive in China for talks</a></li><li><a href="/b">What the communique says</a></li></ul></section>
<div id="comments"><p>Great article, thanks! I have been following the summit closely all week and learned a lot.</p></div>
</article></main>
<aside><h3>Most read</h3><ol><li><a href="/c">Story</a></li></ol></aside>
<footer><p>© 2016 Herald News. All rights reserved.</p></footer></body></html>
"""

@Suite struct ExtractionTests {
    let document = HTMLParser.parse(Array(newsPage.utf8))

    @Test func keepsTheArticleAndDropsTheFurniture() {
        let article = ContentExtractor().article(document, title: "Summit ends in Hangzhou")
        let text = article.text
        let paragraphs = text.components(separatedBy: "\n\n")
        #expect(paragraphs.first?.hasPrefix("Leaders of the Group of 20") == true)
        #expect(paragraphs.contains("Trade and steel"))
        #expect(article.captions == ["Leaders pose for a photograph in Hangzhou on Sunday."])
        #expect(!text.contains("Leaders pose"), "a picture's caption is not body text")
        #expect(paragraphs.last?.hasPrefix("The next summit will be held in Hamburg") == true)
        for junk in ["cookies", "Share on Facebook", "Advertisement", "Related", "Great article", "Most read", "All rights reserved", "World"] {
            #expect(!text.contains(junk), "kept \(junk)")
        }
        #expect(!paragraphs.contains("Summit ends in Hangzhou"))
    }

    @Test func aBodyCutIntoSectionsOfOneKindIsReadWhole() {
        let chunk = "The history of coffee runs from the highlands of Ethiopia to the ports of Yemen, and from there, by traders, pilgrims and merchants, to the coffee houses of Europe and then to every continent"
        let section = { (part: String) in
            "<section class=\"editorial\"><div class=\"text\"><p>\(chunk), the \(part) part.</p></div><a href=\"/range\">Discover our whole range of coffees from every origin</a></section>"
        }
        let page = """
        <html><body><div class="menu"><a href="/">Home</a> <a href="/shop">Shop</a></div><div class="canvas">
        \(["first", "second", "third", "fourth", "fifth"].map(section).joined(separator: "\n"))
        </div></body></html>
        """
        let text = ContentExtractor().extract(HTMLParser.parse(Array(page.utf8)))
        for part in ["first", "second", "third", "fourth", "fifth"] { #expect(text.contains("the \(part) part"), "\(part)") }
    }

    @Test func aPromisingClassNameNeedsTextBehindIt() {
        let prose = "Yosemite Falls, a combination of Upper Yosemite Fall, Middle Cascades and Lower Yosemite Fall, has a total height of 2,425 feet, and in May, you may see dogwood in bloom."
        let page = """
        <html><body><div class="intro content-text"><p>Webcams of the park, live.</p></div>
        <div class="grid"><div class="card"><p>\(prose)</p><p>\(prose)</p></div></div></body></html>
        """
        let text = ContentExtractor().extract(HTMLParser.parse(Array(page.utf8)))
        #expect(text.hasPrefix("Yosemite Falls, a combination"), "the card's prose is the article, not the intro its class name promises")
    }

    @Test func highlightedCodeKeepsItsComments() {
        let prose = "Version control is a critical part of a developer's toolkit, whatever the size of the project, and git is the one most of us use."
        let page = """
        <html><body><article><p>\(prose)</p><pre><code class="hljs"><span class="hljs-comment"># initialize git</span>
        git init</code></pre><p>\(prose)</p></article></body></html>
        """
        let text = ContentExtractor().extract(HTMLParser.parse(Array(page.utf8)))
        #expect(text.contains("# initialize git\ngit init"), "a comment in the code is code, not a comment section; the listing keeps its lines")
    }

    @Test func aPageWithoutAnArticleGivesLittleOrNothing() {
        let page = HTMLParser.parse(Array("<html><body><nav><a href='/'>Home</a></nav><footer>© 2020</footer></body></html>".utf8))
        #expect(ContentExtractor().extract(page).isEmpty)
    }

    @Test func markedArticleBodyWins() {
        let html = """
        <body><div class="sidebar"><p>\(String(repeating: "Sidebar text with many words, commas, and more words. ", count: 8))</p></div>
        <div itemprop="articleBody"><p>\(String(repeating: "The marked body of the article, which the page declares. ", count: 5))</p></div></body>
        """
        let text = ContentExtractor().extract(HTMLParser.parse(Array(html.utf8)))
        #expect(text.hasPrefix("The marked body"))
        #expect(!text.contains("Sidebar"))
    }

    @Test func tablesKeepTheirRowsOneLineEach() {
        let html = """
        <body><article><p>\(String(repeating: "The standings after the final race of the season, with points and wins. ", count: 4))</p>
        <table><tr class="colhead"><td><b>Pos.</b></td><td>Driver</td><td>Points</td></tr>
        <tr class="oddrow player-2020-580"><td>1</td><td>Kyle Quentin</td><td>5040</td></tr>
        <tr class="evenrow player-2020-416"><td>2</td><td>Martin Quentin Jr.</td><td>5035</td></tr></table></article></body>
        """
        let paragraphs = ContentExtractor().extract(HTMLParser.parse(Array(html.utf8))).components(separatedBy: "\n\n")
        #expect(paragraphs.contains("Pos. Driver Points"))
        #expect(paragraphs.contains("1 Kyle Quentin 5040"), "a row's class is not a video player's")
        #expect(paragraphs.contains("2 Martin Quentin Jr. 5035"))
    }

    @Test func articleTextWithoutParagraphTags() {
        let html = """
        <body><div class="row"><div class="col-3"><ul>\((1...30).map { "<li><a href='/n\($0)'>Archive \($0)</a></li>" }.joined())</ul></div>
        <div class="col-9"><p class="title">Vehicles broken into</p><small>05/10/2018 - Published by Jane</small><br>
        \(String(repeating: "The home care team reported this morning that two of its five cars had been broken into and the police came. ", count: 4))<br></div></div>
        <div class="rodape"><div>Town hall, Main Street 1111, Phone: (047) 2106-8000</div></div></body>
        """
        let text = ContentExtractor().extract(HTMLParser.parse(Array(html.utf8)))
        #expect(text.contains("The home care team reported"))
        #expect(!text.contains("Town hall"))
    }

    @Test func embeddedPostsAreQuotedContentNotShareBars() {
        let html = """
        <body><article><p>\(String(repeating: "The campaign drew mockery online within hours of its launch, officials said. ", count: 4))</p>
        <div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is real and the state spent half a million dollars on it</p>— A Reader (@reader) November 18, 2019</blockquote></div>
        <div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
        <p>\(String(repeating: "The governor defended the campaign on Tuesday, saying it had people talking. ", count: 3))</p></article></body>
        """
        let text = ContentExtractor().extract(HTMLParser.parse(Array(html.utf8)))
        #expect(text.contains("Yes this is real"))
        #expect(!text.contains("Share on Facebook"))
    }

    @Test func theTypedArticleHoldsTheArticleNotTheTeasersAfterIt() {
        let teaser = String(repeating: "Another story of love, faith and hope, told at length with many commas, clauses, and words. ", count: 3)
        let html = """
        <body><div id="primary"><article itemscope itemtype="http://schema.org/BlogPosting"><h1>Loving yourself</h1>
        <p>\(String(repeating: "To live a true experience of love is one of the great pleasures of life, and it asks much of us. ", count: 5))</p></article>
        <article class="postbox"><p>\(teaser)</p><article class="postbox"><p>\(teaser)</p><article class="postbox"><p>\(teaser)</p>
        </article></div></body>
        """
        let text = ContentExtractor().extract(HTMLParser.parse(Array(html.utf8)), title: "Loving yourself")
        #expect(text.hasPrefix("To live a true experience of love"))
        #expect(!text.contains("Another story"))
    }

    @Test func theItemsOfAReviewAreItsBodyNotTeasers() {
        func item(_ name: String, _ paragraphs: Int) -> String {
            let paragraph = "<p>" + String(repeating: "The \(name) held its speed up the test hill, kept its range in the cold, and rode firmly. ", count: 2) + "</p>"
            return """
            <article class="listicle-item"><h3>\(name)</h3><div class="specs">\(String(repeating: "<div>Tested speed</div><div>19.8 mph</div><div>Tested range</div><div>18.7 miles</div>", count: 4))</div>
            <div class="panels"><div class="panel is-active"><div class="item-body">
            \(String(repeating: paragraph, count: paragraphs))</div></div></div></article>
            """
        }
        let html = """
        <body><main><div class="guide"><p>\(String(repeating: "I have ridden these scooters to work for years, in rain and on hills, and logged the miles. ", count: 2))</p>
        \(item("Navee GT3", 2))\(item("Apollo City", 2))\(item("Vmax VX4", 6))</div>
        <aside><article class="teaser"><p>\(String(repeating: "Another guide of ours, about bicycles, with more words than a card would need to hold. ", count: 5))</p></article></aside></main></body>
        """
        let text = ContentExtractor().extract(HTMLParser.parse(Array(html.utf8)))
        #expect(text.contains("The Navee GT3 held its speed"))
        #expect(text.contains("The Apollo City held its speed"))
        #expect(text.contains("The Vmax VX4 held its speed"))
        #expect(!text.contains("Another guide of ours"))
    }

    @Test func sectionsThatCloseThePageGo() {
        let prose = String(repeating: "The council voted to rebuild the bridge over the river before the spring floods arrive. ", count: 4)
        let html = """
        <body><article><h1>Bridge to be rebuilt</h1><p>\(prose)</p><h2>What happens next</h2><p>\(prose)</p>
        <h2>About the author</h2><p>Jane Roe writes about towns and their roads.</p><h3>Her books</h3><p>Roads, 2019.</p>
        <h2>Background</h2><p>The bridge opened in 1911.</p></article></body>
        """
        let text = ContentExtractor().extract(HTMLParser.parse(Array(html.utf8)), title: "Bridge to be rebuilt")
        #expect(text.contains("What happens next") && text.contains("The bridge opened in 1911."))
        for closing in ["About the author", "Jane Roe", "Her books", "Roads, 2019."] { #expect(!text.contains(closing), "kept \(closing)") }
        // A closing section's name set as a paragraph, late in the text, closes it too; early on it is a tab's label.
        let part = { (n: Int) in "<p>Part \(n): the council voted to rebuild the bridge over the river before the spring floods arrive.</p>" }
        let popular = """
        <body><article><p>Citations</p>\(part(1))<h2>What happens next</h2>\(part(2))\(part(3))
        <p>Popular posts</p><p>Ten bridges you must see before you die, ranked by our readers.</p></article></body>
        """
        let read = ContentExtractor().extract(HTMLParser.parse(Array(popular.utf8)))
        #expect(read.contains("What happens next") && !read.contains("Popular posts") && !read.contains("Ten bridges"))
        #expect(read.contains("Part 1:") && read.contains("Part 3:"), "the prose after an early label stays")
        // So does a phrase that begins with a closing section's name of two words or more.
        let blogs = ContentExtractor().extract(HTMLParser.parse(Array(popular.replacingOccurrences(of: "Popular posts", with: "Recent posts on blogs I like:").utf8)))
        #expect(blogs.contains("Part 3:") && !blogs.contains("Ten bridges"))
        // And a heading with an emoji before its name.
        let emoji = ContentExtractor().extract(HTMLParser.parse(Array(popular.replacingOccurrences(of: "<p>Popular posts</p>", with: "<h2>🔥 Recommended Posts</h2>").utf8)))
        #expect(emoji.contains("Part 3:") && !emoji.contains("Ten bridges"))
        #expect(!TextRenderer.isClosingName("tags and labels") && TextRenderer.isClosingName("related posts from reuters"))
        #expect(TextRenderer.isClosingName("recommended stories") && TextRenderer.isClosingName("join the conversation"))
        #expect(TextRenderer.isClosingName("more great wired stories") && !TextRenderer.isClosingName("more blog posts"))
    }

    @Test func repeatedCopiesGoRepeatedContentStays() {
        let summary = "In short: new car sales fell in October as buyers waited for the discounts of the end of the year."
        let menu = "Asparagus and eggs: one cup of asparagus, two poached eggs and half a cup of sweet potato."
        let day = (1...4).map { "<p>Day \($0) of the plan brings its own workout, its own rest and its own reasons to keep going.</p>" }.joined()
        let html = """
        <body><article><p>\(String(repeating: "New car sales fell sharply in October, dealers said, as buyers waited for deals. ", count: 3))</p>
        <div class="summary">\(summary)</div><div class="summary">\(summary)</div>
        <p>\(menu)</p><p>Monday lunch is a salad with chicken and beans, and a glass of water.</p>
        <p>Tuesday lunch is soup with lentils and carrots, and a slice of whole-grain bread.</p><p>Wednesday lunch is a wrap with turkey and greens.</p><p>\(menu)</p>
        \(day)<h2>Plan</h2>\(day)</article></body>
        """
        let paragraphs = ContentExtractor().extract(HTMLParser.parse(Array(html.utf8))).components(separatedBy: "\n\n")
        #expect(paragraphs.filter { $0 == summary }.count == 1, "a block repeated for each screen size is kept once")
        #expect(paragraphs.filter { $0 == menu }.count == 2, "a menu repeated further on stays")
        #expect(paragraphs.filter { $0.hasPrefix("Day 1 of the plan") }.count == 1, "a run of paragraphs rendered twice is kept once")
    }

    @Test func anAsideLeftOpenAroundTheMainContentKeepsIt() {
        let html = """
        <body><aside class="announcement-banner"><p>Join our webinar on Thursday!</p>
        <main><article><p>\(String(repeating: "Twenty-five years of startups taught me that the team matters more than the idea, always. ", count: 4))</p></article></main>
        </body>
        """
        #expect(ContentExtractor().extract(HTMLParser.parse(Array(html.utf8))).contains("Twenty-five years of startups"))
    }
    @Test func authorBoxesAndFormMessagesGoAQuotationsSpeakerStays() {
        let prose = String(repeating: "The harbour authority will dredge the channel this winter so that larger ships can dock at the port. ", count: 3)
        let html = """
        <body><article><h1>Channel to be dredged</h1><p>Written by Tom Reed</p><p>\(prose)</p>
        <figure class="pullquote"><blockquote><p>We have waited ten years for ships of this size to reach us.</p></blockquote>
        <figcaption class="pullquote__author">Maria Costa, harbour master</figcaption></figure><p>\(prose)</p>
        <div class="post-author-box"><p>Tom Reed covers ports and shipping for the paper.</p></div>
        <form><input type="email"></form><div class="w-form-done"><div>Thank you! Your submission has been received!</div></div>
        <div class="gfield"><div class="gfield_description">This field is for validation purposes and should be left unchanged.</div></div>
        </article></body>
        """
        let text = ContentExtractor().extract(HTMLParser.parse(Array(html.utf8)), title: "Channel to be dredged")
        #expect(text.contains("Maria Costa, harbour master"), "the speaker of a pull quote is content")
        for junk in ["Tom Reed", "Thank you!", "validation purposes"] { #expect(!text.contains(junk), "kept \(junk)") }
    }

    @Test func aCardShownOverANameIsNotPartOfTheSentence() {
        let rest = String(repeating: "The campaign cost the state about $449,000 and ran on television and online for a month. ", count: 3)
        let html = """
        <body><article><h1>Governor defends campaign</h1><p>South Dakota Gov. <span class="rollover"><a href="/people/noem">Kristi Noem</a>\
        <span class="rollover-block"><span><img src="noem.jpg"><a href="/people/noem">Kristi Lynn Noem</a> <a href="/a">Governor doubles down</a>\
        <a href="/b">State drops protest laws</a> <a href="/people/noem">MORE</a></span></span></span> (R) is defending the campaign.</p>
        <p>\(rest)</p><p>A photo essay: <span><img src="a.jpg"> <a href="/1">one</a> and <a href="/2">two</a> and <a href="/3">three</a></span>.</p></article></body>
        """
        let text = ContentExtractor().extract(HTMLParser.parse(Array(html.utf8)), title: "Governor defends campaign")
        #expect(text.contains("South Dakota Gov. Kristi Noem (R) is defending the campaign."))
        #expect(!text.contains("Governor doubles down"))
        #expect(text.contains("one and two and three"), "a span with words of its own between its links is text")
    }

    @Test func theSummarySetAboveTheBodyIsItsFirstParagraph() {
        let body = String(repeating: "<p>In addition to the deaths, the public defender said thirty people had been injured in the clashes, which went on into the night.</p>", count: 4)
        let html = """
        <body><div class="article"><h1>Three killed in clashes</h1><div class="follow">Follow us on <a href="/g">Google News</a></div>
        <div class="article__summary">Three people have died during protests against the interim government, after clashes between its opponents and the police.</div>
        <div class="article__text">\(body)</div><div class="tags-line">Bolivia, protests, police and the interim government of the country</div></div></body>
        """
        let text = ContentExtractor().extract(HTMLParser.parse(Array(html.utf8)), title: "Three killed in clashes")
        #expect(text.hasPrefix("Three people have died during protests"))
        #expect(!text.contains("interim government of the country"), "only a summary before the body, ended as a sentence is")
    }

    @Test func theHeadlineLeavesTheBodyWithWhatItsBarSetAfterIt() {
        let body = String(repeating: "<p>Meditation changes how the brain handles stress, a study of two hundred adults over a year found.</p>", count: 3)
        let html = "<body><article><h1>How meditation rewires brains | Opinion</h1>\(body)</article></body>"
        let text = ContentExtractor().extract(HTMLParser.parse(Array(html.utf8)), title: "How meditation rewires brains")
        #expect(!text.contains("Opinion") && text.hasPrefix("Meditation changes"))
    }

    @Test func teasersOfTheSitesOtherStoriesGoReviewedProductsStay() {
        let story = String(repeating: "<p>The new pickup goes on sale in Manila next month, the company said, at a price it did not give.</p>", count: 6)
        func card(_ href: String, _ title: String) -> String {
            "<div class='row'><a href='\(href)'><img src='t.jpg'></a><a href='\(href)'><h5>\(title)</h5></a><p>A short excerpt of that story.</p></div>"
        }
        let html = """
        <html><head><link rel="canonical" href="https://www.cars.example/news/pickup"></head><body><article><h1>Pickup on sale</h1>\(story)
        \(card("https://www.cars.example/news/sedan", "The new sedan is here")) \(card("/news/suv", "An SUV in orange"))
        <div class='grid'><div><a href='/news/van'><img src='v.jpg'></a></div><div><a href='/news/van'><h5>A van for the family</h5></a><p>Seven seats.</p></div></div>
        \(card("https://shop.example/mat", "Best floor mat"))</article></body></html>
        """
        let text = ContentExtractor().extract(HTMLParser.parse(Array(html.utf8)), title: "Pickup on sale")
        #expect(text.contains("goes on sale in Manila"))
        for teaser in ["The new sedan is here", "An SUV in orange", "A van for the family", "Seven seats."] {
            #expect(!text.contains(teaser), "kept \(teaser)")
        }
        #expect(text.contains("Best floor mat"), "a card that links to a shop names a product the story reviews")
        // The page's address may come from its record rather than its markup.
        let bare = html.replacingOccurrences(of: "<link rel=\"canonical\" href=\"https://www.cars.example/news/pickup\">", with: "")
        #expect(ContentExtractor().article(HTMLParser.parse(Array(bare.utf8)), address: "https://cars.example/news/pickup").text
            .contains("The new sedan is here") == false)
        #expect(WebAddress.host("https://www.x.org/a?b") == "x.org" && WebAddress.host("//cdn.x.org/a") == "cdn.x.org")
        #expect(WebAddress.host("/a//b") == nil && WebAddress.host("x.org") == nil)
        // A page that is a list of cards keeps them.
        let list = "<html><body><main>" + (1...6).map { card("/courses/\($0)", "Course \($0) in design") }.joined() + "</main></body></html>"
        #expect(ContentExtractor().extract(HTMLParser.parse(Array(list.utf8))).contains("Course 3 in design"))
    }

    @Test func linkedHeadingsTitleTheReviewsItemsNotTheSitesOtherPages() {
        let words = "<p>It brews a full pot in six minutes, keeps it hot for two hours, and cleans in a rinse, which is why we keep coming back to it.</p>"
        func item(_ n: Int, _ href: String, _ name: String) -> String { "<h3><a href='\(href)'>\(n). \(name)</a></h3>\(words)" }
        let html = """
        <html><head><link rel="canonical" href="https://brew.example/best-coffee-makers"></head><body><article><h1>The best coffee makers</h1>
        \(item(1, "https://shop.example/moccamaster", "Moccamaster Select"))\(item(2, "#ratio-six", "Ratio Six"))
        \(item(3, "https://www.brew.example/reviews/breville", "Breville Precision Brewer"))\(String(repeating: words, count: 4))
        <h4><a href="/guides/grinders">Our guide to grinders</a></h4></article></body></html>
        """
        let text = ContentExtractor().extract(HTMLParser.parse(Array(html.utf8)))
        #expect(text.contains("1. Moccamaster Select") && text.contains("2. Ratio Six"))
        #expect(!text.contains("Breville") && !text.contains("Our guide to grinders"), "headings that lead to the site's other pages are teasers")
    }

    @Test func listsOfLinksElsewhereStayListsOfTheSitesPagesGo() {
        let story = String(repeating: "<p>The council will vote on the budget next week, after a month of hearings in which residents asked for more buses.</p>", count: 4)
        let html = """
        <html><head><link rel="canonical" href="https://www.bbc.com/news/budget-vote"></head><body><article><h1>Budget vote</h1>\(story)
        <ul><li><a href="https://www.bbc.co.uk/news/council-profile">Profile: the council</a></li><li><a href="/news/timeline">Timeline of the budget</a></li></ul>
        <p>Where the money goes:</p><ul><li><a href="https://transit.example/plan">The transit plan</a></li><li><a href="https://data.example/budget">The budget in figures</a></li></ul>
        </article></body></html>
        """
        let text = ContentExtractor().extract(HTMLParser.parse(Array(html.utf8)))
        #expect(text.contains("The transit plan") && text.contains("The budget in figures"))
        #expect(!text.contains("Profile: the council") && !text.contains("Timeline of the budget"), "links to the site's other pages are navigation")
        #expect(WebAddress.siteName("news.bbc.co.uk") == "bbc" && WebAddress.siteName("bbc.com") == "bbc")
        #expect(WebAddress.siteName("www.abc.de") == "abc" && WebAddress.siteName("localhost") == "localhost")
    }
}
