/// What an element's `class` and `id` say about it: boilerplate, or article content.
struct ClassSignals {
    var negative = false
    var positive = false
    /// A strong boilerplate sign (comments, cookie banners, share bars) that outweighs content words.
    var strongNegative = false

    /// Beginnings of class or id words that name boilerplate.
    static let negativePrefixes = [
        "comment", "share", "sharing", "social", "related", "newsletter", "subscri", "promo", "advert", "sponsor",
        "cookie", "consent", "banner", "popup", "modal", "sidebar", "widget", "breadcrumb", "navbar", "navigation",
        "footer", "masthead", "paywall", "signup", "recommend", "trending", "outbrain", "taboola", "disqus",
        "pagination", "toolbar", "tagcloud", "authorbio", "byline", "dateline", "timestamp", "morestories",
        "readmore", "overlay", "donate", "gdpr", "tooltip", "carousel", "slideshow", "playlist", "podcast", "dfp",
    ]
    /// Whole class or id words (or their hyphenated parts) that name boilerplate.
    static let negativeTokens: Set<String> = [
        "ad", "ads", "nav", "menu", "aside", "sr", "rss", "header", "head", "links", "more", "next", "prev",
        "previous", "nocontent", "noprint", "hide", "hidden", "related", "mostread", "popular", "pager", "rail",
        "bio", "meta", "tags", "topics", "print", "email", "follow", "skip", "login", "register", "alert",
        "notice", "gallery", "video", "player", "audio", "embed", "teaser", "also", "gpt", "promo", "top",
    ]
    static let strongPrefixes = [
        "comment", "cookie", "consent", "share", "social", "newsletter", "subscri", "advert", "sponsor", "outbrain",
        "taboola", "disqus", "paywall", "related", "recommend", "breadcrumb", "popup", "modal",
    ]
    /// Words that name the article's content.
    static let positivePrefixes = [
        "article", "content", "story", "body", "post", "entry", "main", "text", "blog", "news", "prose", "rich-text",
        "richtext", "markdown", "page-content", "single",
    ]

    /// The signals of one element.
    init(document: HTMLDocument, node: Int) {
        let cls = document.attribute(node, "class") ?? ""
        let id = document.attribute(node, "id") ?? ""
        let role = document.attribute(node, "role") ?? ""
        guard !(cls.isEmpty && id.isEmpty && role.isEmpty) else { return }
        if role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" || role == "dialog" || role == "alert" {
            negative = true
            strongNegative = role == "navigation" || role == "dialog"
        }
        if role == "main" || role == "article" { positive = true }
        for token in (cls + " " + id).lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }) {
            let word = String(token)
            for part in [word] + word.split(separator: "-").map(String.init) where !part.isEmpty {
                if Self.negativeTokens.contains(part) || Self.negativePrefixes.contains(where: part.hasPrefix) {
                    negative = true
                    if Self.strongPrefixes.contains(where: part.hasPrefix) { strongNegative = true }
                }
                if Self.positivePrefixes.contains(where: part.hasPrefix) { positive = true }
            }
        }
    }
}
