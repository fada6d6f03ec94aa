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

    @Test func readsTheMetadata() {
        let metadata = MetadataExtractor.extract(document)
        #expect(metadata.title == "Summit ends in Hangzhou")
        #expect(metadata.author == "Jane Doe")
        #expect(metadata.published == "2016-09-05")
        #expect(metadata.modified == "2016-09-07")
        #expect(metadata.url == "https://news.example/2016/09/05/summit-ends")
        #expect(metadata.siteName == "Herald News")
    }

    @Test func titlesLoseTheSiteNameAndDatesComeFromAddresses() {
        #expect(MetadataExtractor.stripSiteName("Summit ends | Herald News", site: "Herald News") == "Summit ends")
        #expect(MetadataExtractor.stripSiteName("Herald News - Summit ends in Hangzhou", site: nil) == "Summit ends in Hangzhou")
        #expect(MetadataExtractor.dateInAddress("https://x.example/2019/11/18/story.html") == "2019-11-18")
        #expect(MetadataExtractor.dateInAddress("https://x.example/news/2019-11-18-story") == "2019-11-18")
        #expect(MetadataExtractor.dateInAddress("https://x.example/news/story") == nil)
        #expect(MetadataExtractor.visibleDate("Published on July 9, 2025") == "2025-07-09")
        #expect(MetadataExtractor.stripSiteName("Go ahead | Go ahead | Pierce", site: "Pierce") == "Go ahead")
    }

    @Test func datesWhereReadersAndScriptsKeepThem() {
        #expect(MetadataExtractor.datePart("Dec. 19, 2025 · Niko Matsakis on behalf of the Vision Doc group") == "2025-12-19")
        #expect(MetadataExtractor.visibleDate("[Submitted on 18 Dec 2025]") == "2025-12-18")
        #expect(MetadataExtractor.dateInScript(ArraySlice(#"{"props":{"title":"x","publishDate":"2025-05-27","createDate":"2019-09-12"}}"#.utf8)) == "2025-05-27")
        #expect(MetadataExtractor.dateInScript(ArraySlice(#"self.push("{"datePublished":"2025-02-04T00:00:00Z"}")"#.utf8)) == "2025-02-04")
        #expect(MetadataExtractor.dateInScript(ArraySlice(#"{"published":true,"updated":"2025-01-01"}"#.utf8)) == nil)
        let page = HTMLParser.parse(Array("<body><div>Published</div><div>October 14, 2025</div><h1>Top companies</h1></body>".utf8))
        #expect(MetadataExtractor.extract(page).published == "2025-10-14")
        // The first <time> that reads as a date, not the first <time>.
        let times = HTMLParser.parse(Array("<body><time datetime='02-12-2025'>02-12-2025</time><time datetime='2025-12-02'>Dec 2</time></body>".utf8))
        #expect(MetadataExtractor.extract(times).published == "2025-12-02")
    }

    @Test func datesPagesGiveInOtherWays() {
        func published(_ html: String) -> String? { MetadataExtractor.extract(HTMLParser.parse(Array(html.utf8))).published }
        // A blog's one post in its JSON-LD; a meta tag named "published-date".
        #expect(published(#"<head><script type="application/ld+json">{"@type":"Blog","name":"Apps","blogPost":[{"@type":"BlogPosting","headline":"A frame","datePublished":"2025-12-19T20:20:42Z"}]}</script></head><body><p>x</p></body>"#) == "2025-12-19")
        #expect(published(#"<head><meta name="modified-date" content="2024-07-30"><meta name="published-date" content="2021-02-16"></head><body></body>"#) == "2021-02-16")
        // A label and its date in one text; a date just above the headline; a date written day first with dots.
        #expect(published("<body><div class='meta'><span>Posted on April 13, 2023</span></div><h1>Indexing</h1><p>Text.</p></body>") == "2023-04-13")
        #expect(published("<body><h5>January 23, 2025</h5><h1>Solar installation in four steps</h1><p>Text.</p></body>") == "2025-01-23")
        #expect(published("<body><h1>Which mower?</h1><span>17.05.2021</span><p>Text.</p></body>") == "2021-05-17")
        // A page without an <h1>: the date after its headline set in a paragraph, or after its first <h2>; year first with dots.
        #expect(published("<head><title>Top 5 HR Tools in 2026</title></head><body><p>Pricing</p><p>Top 5 HR Tools in 2026</p><p>Team</p><p>Feb 16, 2026</p></body>") == "2026-02-16")
        #expect(published("<body><h2>Introducing Cayenne</h2><p>Luke Kim</p><small>December 17, 2025</small><p>Text.</p></body>") == "2025-12-17")
        #expect(published("<body><h1>Languages</h1><p><span>Essay - Published: 2025.12.17 | </span><a href='/x'>Ed</a></p></body>") == "2025-12-17")
        // Only when a page was last changed: that day; but a visible publication date comes first.
        #expect(published(#"<head><meta property="article:modified_time" content="2023-06-12T10:39:42+00:00"></head><body><h1>Work</h1></body>"#) == "2023-06-12")
        #expect(published("<body><p>Last updated: November 13, 2025</p><h1>Webcams</h1></body>") == "2025-11-13")
        #expect(published("<body><h1>Pests</h1><time class='entry-time'>April 26, 2024</time><time>Updated on: October 28, 2024</time><p>Text.</p></body>") == "2024-04-26")
        // The article's own <time> after its headline, not another story's in a list before it.
        #expect(published("""
            <body><ul><li><a href="/a">Careers month</a><time datetime="2025-01-31T12:00:00Z">01/31/2025</time></li></ul>
            <h1>Consulting firm or carrier?</h1><div class="meta"><time datetime="2017-03-01T12:00:00Z">03/01/2017</time></div><p>Text.</p></body>
            """) == "2017-03-01")
    }

    @Test func thePublishersDayOverMetadataThatCameLater() {
        func published(_ html: String) -> String? { MetadataExtractor.extract(HTMLParser.parse(Array(html.utf8))).published }
        // A timestamp in universal time after midnight there: the day in the address, one before, is the publisher's.
        let late = #"<head><meta property="article:published_time" content="2025-12-19T02:41:41+00:00"><link rel="canonical" href="https://blog.example/2025/12/18/troopers/"></head><body><h1>Troopers</h1><p>Text.</p></body>"#
        #expect(published(late) == "2025-12-18")
        // Not a day two off, nor a timestamp with its own offset.
        #expect(published(late.replacingOccurrences(of: "/18/", with: "/17/")) == "2025-12-19")
        #expect(published(late.replacingOccurrences(of: "+00:00", with: "-05:00")) == "2025-12-19")
        // Metadata stamped when the page was published again: the byline's earlier day is the article's …
        let again = #"<head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Yoga","datePublished":"Jun 24, 2025"}</script></head><body><h1>Yoga</h1><div class="author">Shauna Mitchell</div><div>August 25, 2024</div><p>Text.</p></body>"#
        #expect(published(again) == "2024-08-25")
        // … but not a date the byline gives as an update's, a later one, or a table's.
        #expect(published(again.replacingOccurrences(of: "<div>August 25, 2024", with: "<div>Updated August 25, 2024")) == "2025-06-24")
        #expect(published(again.replacingOccurrences(of: "August 25, 2024", with: "August 25, 2025")) == "2025-06-24")
        #expect(published(again.replacingOccurrences(of: "<div>August 25, 2024</div>", with: "<table><tr><td>1/1/2013</td></tr></table>")) == "2025-06-24")
    }

    @Test func authorsFromBylines() {
        #expect(MetadataExtractor.authorName("By Jane Doe | Reuters") == "Jane Doe")
        #expect(MetadataExtractor.authorName("Written By: Cazzy Magennis Last updated May 2") == "Cazzy Magennis")
        #expect(MetadataExtractor.authorName("Oleg Parashchak Jul 18, 2025 7 min") == "Oleg Parashchak")
        #expect(MetadataExtractor.authorName("Maria &amp; Katerina") == "Maria & Katerina")
        #expect(MetadataExtractor.authorName("andrew.keaveney") == nil)
        #expect(MetadataExtractor.authorName("The Author") == nil)
        #expect(MetadataExtractor.authorName("Posted by: Idle Cartulary") == "Idle Cartulary")
        #expect(MetadataExtractor.authorName("Jacob Steinhardt 18th") == "Jacob Steinhardt")
        #expect(MetadataExtractor.authorName("Sat, 20") == nil)
        #expect(MetadataExtractor.authorName("Sun Li") == "Sun Li")
        #expect(MetadataExtractor.authorName("Text by Hunter Dukes") == "Hunter Dukes")
        #expect(MetadataExtractor.authorName("Recipe by: PJ Hamel") == "PJ Hamel")
        #expect(MetadataExtractor.authorName("Sponsored by StackCommerce") == "Sponsored by StackCommerce")
        #expect(MetadataExtractor.authorName("Harry Rabinowitz Tech Reporter") == "Harry Rabinowitz")
        #expect(MetadataExtractor.authorName("Liz Kenny Former McKinsey Consultant") == "Liz Kenny")
        #expect(MetadataExtractor.authorName("Dana Whitfield AI Writer, Acme Labs") == "Dana Whitfield")
        #expect(MetadataExtractor.authorName("Lee Park RN, BSN, Certified Sleep Consultant") == "Lee Park")
        #expect(MetadataExtractor.authorName("Sam Ortiz, DVM . Reviewed by Ana Ruiz, DVM") == "Sam Ortiz, DVM")
        #expect(MetadataExtractor.authorName("Mayank Gupta, CEO of CaseBasix") == "Mayank Gupta, CEO of CaseBasix")
        #expect(MetadataExtractor.authorName("Lori Campbell says:") == nil)
        #expect(MetadataExtractor.authorName("Your Name: *") == nil)
        #expect(MetadataExtractor.authorName("Benjamin Johnson, Sr. Director of Operations") == "Benjamin Johnson, Sr. Director of Operations")
        #expect(MetadataExtractor.authorName("Read more about The Upwork Team") == nil)
        #expect(MetadataExtractor.authorName("Updated") == nil)
        let page = HTMLParser.parse(Array("""
        <head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x","author":{"@type":"Organization","name":"USA TODAY"}}</script></head>
        <body><div class="byline">By Brian Quentin</div><p>Text.</p></body>
        """.utf8))
        #expect(MetadataExtractor.extract(page).author == "Brian Quentin", "a person's byline before the publisher as author")
    }

    @Test func authorsFromTheirPagesLinksAndFromLabels() {
        func author(_ html: String) -> String? { MetadataExtractor.extract(HTMLParser.parse(Array(html.utf8))).author }
        #expect(author("""
            <body><h1>IT security</h1><div><svg></svg><span><a href="/authors/trevor-jackins">Trevor Jackins</a></span></div><p>Text.</p></body>
            """) == "Trevor Jackins")
        #expect(author("""
            <body><h1>Trends</h1><div><p class="small">Written by</p><p class="grey">Edzel Tabing</p></div><p>Text.</p></body>
            """) == "Edzel Tabing")
        // A link to an author's page whose text is no name, a label before a heading or a sentence: no author.
        #expect(author("""
            <body><a href="/author/juliette">Articles by Juliette</a><h1>Cloud</h1><p>Text.</p></body>
            """) == nil)
        #expect(author("<body><h1>Paper</h1><span>Author:</span><h2>Abstract</h2><p>Text.</p></body>") == nil)
        #expect(author("<body><h1>Tips</h1><p>By</p><p>asking satisfied clients to leave reviews</p></body>") == nil)
        // A label, white space between elements, then the name; "By" and the name in one text; not a menu's "BY USE CASE".
        #expect(author("<body><h1>Plans</h1><span class=\"label\">\n\t\tAuthor:\t\t</span>\n\t<a href=\"/person/np/\">Nirmita Panchal</a></body>")
            == "Nirmita Panchal")
        #expect(author("<body><h1>Gyms</h1><div><time>Mar 24, 2025</time></div><p class=\"meta\">By Amy Wilhelm</p><p>Text.</p></body>") == "Amy Wilhelm")
        #expect(author("<body><div><p>BY USE CASE</p></div><h1>Testing</h1><p>Text.</p></body>") == nil)
        #expect(author("<body><h1>Plants</h1><div><strong>Contributors:</strong> Janet Loughrey</div></body>") == "Janet Loughrey")
        // The Twitter card's "Written by" after the page's bylines; a user name only where nothing else names the author.
        #expect(author("""
            <head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Nawaz Dhandala"></head><body><p>Text.</p></body>
            """) == "Nawaz Dhandala")
        #expect(author("""
            <head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Colin Madison"></head>
            <body><div class="author-name">Christian Dupuis</div><p>Text.</p></body>
            """) == "Christian Dupuis")
        #expect(author("""
            <body><h1>Pasta</h1><p>Text.</p>
            <ol><li><div class="comment-author">Jiobal</div><p>Great!</p></li></ol></body>
            """) == nil, "a comment's author is not the article's")
        #expect(author("<head><meta name=\"author\" content=\"stephenlega\"></head><body><p>Text.</p></body>") == "stephenlega")
        #expect(author("<head><meta name=\"author\" content=\"stephenlega\"></head><body><p>By Stephen Lega</p><p>Text.</p></body>")
            == "Stephen Lega")
    }

    @Test func theHeadlineIsThePostsNotTheSitesBanner() {
        func title(_ html: String) -> String? { MetadataExtractor.extract(HTMLParser.parse(Array(html.utf8))).title }
        // The site's name as a banner heading; the post's heading after it.
        #expect(title("""
        <head><title>Defer, Panic, and Recover - The Go Programming Language</title></head>
        <body><h1 class="small"><a href="/blog/">The Go Blog</a></h1><h1>Defer, Panic, and Recover</h1></body>
        """) == "Defer, Panic, and Recover")
        #expect(title("""
        <head><meta property="og:site_name" content="Roger's Blog"><meta property="og:title" content="Advent of Code week 2">
        <title>Roger's Blog: Advent of Code week 2</title></head><body><h1>Roger's Blog</h1></body>
        """) == "Advent of Code week 2")
        #expect(title("""
        <head><title>U.S. in Progress: Poland to Park City - Filmmaker Magazine</title></head>
        <body><h1><a href="https://filmmakermagazine.com/">Filmmaker</a></h1><h1>U.S. in Progress: Poland to Park City</h1></body>
        """) == "U.S. in Progress: Poland to Park City")
        // A heading that has nothing to do with the page's names is a section's.
        #expect(title("<head><meta property='og:title' content='Smart homes and privacy'></head><body><h1>Contact Us</h1></body>")
            == "Smart homes and privacy")
        // So is a heading of a word or two that the page's far longer name holds.
        #expect(title("""
        <head><meta property="og:title" content="How we found a supply-chain attack on Discord and a hundred other companies"></head>
        <body><h1>Discord</h1></body>
        """) == "How we found a supply-chain attack on Discord and a hundred other companies")
        #expect(title("<head><meta property='og:title' content='Definition of restaurant'></head><body><h1>restaurant</h1></body>")
            == "restaurant", "a short name's own word is its headline")
        // Inline elements inside a word do not split it.
        #expect(title("<body><h1>Cut your planning c<span>ycle</span> to <b>two</b> days</h1></body>") == "Cut your planning cycle to two days")
        // A date set inside the heading, a heading closed by the wrong end tag, entities escaped twice.
        #expect(title("<body><h1><a href='/p'><time datetime='2025-12-18'>Dec 18 2025</time> Moving house</a></h1></body>") == "Moving house")
        #expect(title("<body><h1>Packing for a trip</h2><p>January 1, 2025</p></body>") == "Packing for a trip")
        #expect(title("<body><h1>Tools | SQL &amp;#x26; AI</h1></body>") == "Tools | SQL & AI")
        // A headline the page's JSON-LD cut short is read in full from its other names.
        #expect(title("""
        <head><script type="application/ld+json">{"@type": "Article", "headline": "Four readers find a layout (Including"}</script>
        <meta property="og:title" content="Four readers find a layout (Including one trick) - Home Blog"></head>
        """) == "Four readers find a layout (Including one trick)")
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
        #expect(!TextRenderer.isClosingName("tags and labels") && TextRenderer.isClosingName("related posts from reuters"))
        #expect(TextRenderer.isClosingName("recommended stories") && TextRenderer.isClosingName("join the conversation"))
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
}
