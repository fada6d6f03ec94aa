import Testing
@testable import HeraldHTML

/// What pages say about their articles: headline, author, dates and address.
@Suite struct MetadataTests {
    let document = HTMLParser.parse(Array(newsPage.utf8))

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
        // Script data kept in an attribute, its quotes escaped.
        let props = HTMLParser.parse(Array(#"<body><div data-props="{&quot;dateModified&quot;:&quot;2025-11-20&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}"><p>Text.</p></div></body>"#.utf8))
        #expect(MetadataExtractor.extract(props).published == "2025-11-17")
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
        #expect(MetadataExtractor.authorName(", USA TODAY") == nil, "a credit whose person's name was left empty")
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
        // Headings that link to other pages title teasers; a post's heading may link to the post itself.
        #expect(title("""
        <head><link rel="canonical" href="https://mag.example/bike-trails"><title>Where to Bike in Houston | Mag</title></head>
        <body><h1>The Best Trails in Houston to Bike</h1><h1><a href="/kayak">Where to Kayak in Houston</a></h1></body>
        """) == "The Best Trails in Houston to Bike")
        #expect(title("""
        <head><link rel="canonical" href="https://blog.example/2025/01/cold-start/"><title>Cold start | Blog</title></head>
        <body><h1><a href="https://blog.example/2025/01/cold-start">Cold start</a></h1><h1><a href="/hot">Hot start</a></h1></body>
        """) == "Cold start")
        // Headings compared with names in the words that tell their subject: of a post's section headings, the
        // short one that shares a word is not taken for its headline.
        #expect(title("""
        <head><meta property="og:title" content="Small adventures with small language models"></head>
        <body><h1>Small is the new large</h1><p>Text.</p><h1>So many models!</h1><p>Text.</p></body>
        """) == "Small adventures with small language models")
        // A section's label that shares a word with a name's long description only.
        #expect(title("""
        <head><meta property="og:title" content="Retail Sector Review, Spring 2025"><meta name="twitter:title"
        content="Deal activity across the retail sector in the spring, with trends, insights and market changes: download the full report.">
        </head><body><h1>Deal News</h1></body>
        """) == "Retail Sector Review, Spring 2025")
        // What a bar sets after the headline, a section's name or the site's, goes; a second headline stays.
        #expect(title("<body><h1>How meditation rewires brains and improves health | Opinion</h1></body>")
            == "How meditation rewires brains and improves health")
        #expect(title("<body><h1>How to help babies sleep through the night | Patient Education | UC Davis Health</h1></body>")
            == "How to help babies sleep through the night")
        #expect(title("<body><h1>Milan Design Week 2018 | A light installation for a lamp maker</h1></body>")
            == "Milan Design Week 2018 | A light installation for a lamp maker")
        // A blog's title that begins with its address.
        #expect(title("<head><title>janeroe.net Writing with agents</title><link rel='canonical' href='https://www.janeroe.net/agents'></head>")
            == "Writing with agents")
        // A headline the page's JSON-LD cut short is read in full from its other names.
        #expect(title("""
        <head><script type="application/ld+json">{"@type": "Article", "headline": "Four readers find a layout (Including"}</script>
        <meta property="og:title" content="Four readers find a layout (Including one trick) - Home Blog"></head>
        """) == "Four readers find a layout (Including one trick)")
    }
}
