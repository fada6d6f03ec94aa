import HeraldCore

/// What an element's `class`, `id` and `role` say about it: boilerplate, or article content.
struct ClassSignals {
    var negative = false
    var positive = false
    /// A strong boilerplate sign (comments, cookie banners, share bars) that outweighs content words.
    var strongNegative = false
    /// Names an author ("author-box", "post-author"): a byline or an author's biography, boilerplate
    /// unless it credits a quotation (see ``ExtractionState/measure()``).
    var credit = false
    /// Names a caption ("wp-caption-text", "image_caption", "imgcaption").
    var caption = false

    /// Beginnings of class or id words that name boilerplate.
    static let negativePrefixes: ASCIIWords = [
        "comment", "share", "sharing", "social", "related", "newsletter", "subscri", "promo", "advert", "sponsor",
        "cookie", "consent", "banner", "popup", "modal", "sidebar", "breadcrumb", "navbar", "navigation",
        "footer", "masthead", "signup", "recommend", "trending", "outbrain", "taboola", "disqus", "pagination",
        "toolbar", "tagcloud", "authorbio", "byline", "dateline", "timestamp", "morestories", "readmore", "overlay",
        "donate", "gdpr", "tooltip", "carousel", "slideshow", "playlist", "podcast", "dfp", "paywall", "regwall",
        "disclaimer", "disclosure",
    ]
    /// Whole class or id words that name boilerplate.
    static let negativeWords = ShortKeyTable(words: [
        "ad", "ads", "nav", "menu", "aside", "sr", "rss", "header", "head", "links", "more", "next", "prev",
        "previous", "nocontent", "noprint", "mostread", "popular", "pager", "rail", "bio", "meta",
        "tags", "topics", "print", "email", "follow", "skip", "login", "register", "alert", "notice", "gallery",
        "video", "player", "audio", "teaser", "also", "gpt", "recent", "form", "gform", "gfield", "cta",
    ])
    /// Beginnings of words that mark boilerplate strongly.
    static let strongPrefixes: ASCIIWords = [
        "comment", "cookie", "consent", "share", "social", "newsletter", "subscri", "advert", "sponsor", "outbrain",
        "taboola", "disqus", "related", "recommend", "breadcrumb", "popup",
    ]
    /// Beginnings of words that name the article's content.
    static let positivePrefixes: ASCIIWords = [
        "article", "content", "story", "body", "post", "entry", "main", "text", "blog", "news", "prose", "richtext",
        "markdown", "single",
    ]

    /// The signals of one element; nil when it has no class, id or role.
    static func of(_ document: HTMLDocument, _ node: Int) -> ClassSignals? {
        let classes = document.attributeRange(node, "class"), id = document.attributeRange(node, "id")
        let role = document.attributeRange(node, "role")
        guard classes != nil || id != nil || role != nil else { return nil }
        var signals = ClassSignals()
        document.source.withUnsafeBufferPointer { p in
            if let role {
                let key = ShortKey(p, role)
                if key == Self.roleMain || key == Self.roleArticle { signals.positive = true }
                if key == Self.roleNavigation || key == Self.roleDialog { signals.negative = true; signals.strongNegative = true }
                if key == Self.roleBanner || key == Self.roleContentInfo || key == Self.roleComplementary { signals.negative = true }
            }
            if let classes { signals.scan(p, classes) }
            if let id { signals.scan(p, id) }
        }
        return signals
    }

    /// Reads the words of a class or id value: runs of letters and digits. A name joined of several words,
    /// whose last telling word names boilerplate ("blog-carousel", "article-footer", "entry-meta"), names
    /// boilerplate in an article's setting, not the article; one that ends in content's word stays both
    /// ("header-anchor-post").
    private mutating func scan(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var start = range.lowerBound
        var i = range.lowerBound
        var name = ClassSignals(), endsNegative = false
        while i <= range.upperBound {
            let atEnd = i == range.upperBound
            let b = atEnd ? 0 : p[i]
            if !atEnd && ((b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10) {
                i += 1
                continue
            }
            if i > start {
                var word = ClassSignals()
                word.word(p, start..<i)
                name.absorb(word)
                // (A word may say both: "newsletter" begins with "news".)
                if word.negative != word.positive { endsNegative = word.negative }
            }
            if atEnd || b <= 0x20 {
                absorb(name, content: !endsNegative)
                name = ClassSignals()
                endsNegative = false
            }
            i += 1
            start = i
        }
    }

    /// Adds the signals of `other`, its content's signal only where `content` allows.
    private mutating func absorb(_ other: ClassSignals, content: Bool = true) {
        negative = negative || other.negative
        strongNegative = strongNegative || other.strongNegative
        positive = positive || other.positive && content
        credit = credit || other.credit
        caption = caption || other.caption
    }

    private mutating func word(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        if let key = ShortKey(p, range), Self.negativeWords.contains(key) { negative = true }
        if Self.negativePrefixes.prefix(of: p, range) {
            negative = true
            if Self.strongPrefixes.prefix(of: p, range) { strongNegative = true }
        }
        if Self.positivePrefixes.prefix(of: p, range) { positive = true }
        if Self.creditPrefixes.prefix(of: p, range) { credit = true }
        if Self.captionWords.occurs(in: p, range) { caption = true }
    }

    /// Names a caption, anywhere in a word ("caption", "imgCaption", "wp-caption-text").
    private static let captionWords: ASCIIWords = ["caption"]

    /// Beginnings of words that name an author.
    static let creditPrefixes: ASCIIWords = ["author"]

    private static let roleMain = ShortKey("main"), roleArticle = ShortKey("article")
    private static let roleNavigation = ShortKey("navigation"), roleDialog = ShortKey("dialog")
    private static let roleBanner = ShortKey("banner"), roleContentInfo = ShortKey("contentinfo")
    private static let roleComplementary = ShortKey("complementary")
}
