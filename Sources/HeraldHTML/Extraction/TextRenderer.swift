import HeraldText

/// Renders chosen containers as text: blocks become paragraphs, boilerplate-looking blocks go.
struct TextRenderer {
    let state: ExtractionState
    let title: String?
    /// The scored block inside a page frame; blocks outside it must read as prose to be kept.
    let core: Int?
    /// The core's ancestors, which lead to it and so are never teasers.
    private let coreAncestors: Set<Int>
    /// The class of the `<article>` the core is in, if any: other articles of that class beside it are
    /// the items of one list (a review's products), not teasers of other stories.
    private let coreArticleClass: String?
    private var paragraphs: [String] = []
    /// Picture captions, kept apart from the paragraphs.
    private var captionParagraphs: [String] = []
    /// For each paragraph, its heading's level (1 to 6), or 0 for other blocks.
    private var levels: [Int] = []
    /// The paragraph being rendered, UTF-8.
    private var current: [UInt8] = []
    private var pendingSpace = false
    /// How many <pre> elements the text being rendered is in: there, line breaks are the text's.
    private var preformatted = 0
    /// The site's host, found when first asked for.
    private lazy var host: Substring? = state.siteHost()

    init(state: ExtractionState, title: String?, core: Int?) {
        self.state = state
        self.core = core
        var ancestors = Set<Int>()
        var articleClass: String?
        var k = core ?? -1
        while k > 0 {
            if k != core { ancestors.insert(k) }
            if articleClass == nil, state.document.nodes[k].tag == .article { articleClass = state.document.attribute(k, "class") }
            k = Int(state.document.nodes[k].parent)
        }
        coreAncestors = ancestors
        coreArticleClass = articleClass
        self.title = title.map { HTMLText.collapse($0).lowercased() }
    }

    mutating func render(_ node: Int, inCore: Bool, isContainer: Bool = true) {
        let inCore = inCore || node == core
        let document = state.document
        let item = document.nodes[node]
        if state.removed[node] { return }
        if item.isText {
            appendText(node)
            return
        }
        let tag = item.tag
        if tag == .br {
            breakLine()
            return
        }
        if tag == .img || tag == .picture || tag == .source { return }
        // A table row is one line, its cells apart by a space.
        if tag == .td || tag == .th {
            pendingSpace = !current.isEmpty
            for child in document.children(node) { render(child, inCore: inCore, isContainer: false) }
            pendingSpace = !current.isEmpty
            return
        }
        if tag.isBlock {
            // Lists of links and other link-heavy blocks inside the article are navigation.
            // (Quoted posts, such as embedded tweets, are links and all, and stay.)
            // (A heading or a list whose links lead off the site titles a section, or names what the article reviews or
            // cites; a link to another of the site's pages makes it a teaser's title or a menu. A code listing's links
            // are its text.)
            if tag != .p, tag != .blockquote, tag != .pre, state.textLength[node] < 300, state.linkDensity(node) > 0.65,
               !(tag.isHeading || tag == .li || tag == .ul || tag == .ol) || linksOnSite(node) { return }
            // Outside the core of a page frame: no link lists, no teaser cards of other articles.
            if !inCore, !isContainer, !coreAncestors.contains(node), state.linkDensity(node) > 0.3 || tag == .article && !isListItem(node) { return }
            // A paragraph of links: one short link, or several ("China furious at Macron [INSIGHT] | …").
            if tag == .p, state.linkDensity(node) > 0.8, state.textLength[node] < 120 || links(in: node) >= 2 { return }
            flush()
        }
        // A picture's caption is told apart from the text: it describes the picture, out of the article's flow.
        if tag.isBlock, isPictureCaption(node) {
            let start = paragraphs.count
            for child in document.children(node) { render(child, inCore: inCore, isContainer: false) }
            flush()
            captionParagraphs += paragraphs[start...]
            paragraphs.removeSubrange(start...)
            levels.removeSubrange(start...)
            return
        }
        // A code listing keeps its lines.
        if tag == .pre { preformatted += 1 }
        for child in document.children(node) { render(child, inCore: inCore, isContainer: false) }
        if tag == .pre { preformatted -= 1 }
        if tag.isBlock {
            flush(level: tag.isHeading ? Int(tag.rawValue - HTMLTag.h1.rawValue) + 1 : 0)
            // (The headline as the page sets it, with what the title left after a bar: "Headline | Opinion".)
            if tag.isHeading, let title, let last = paragraphs.last?.lowercased(),
               last == title || last.hasPrefix(title) && last.dropFirst(title.count).hasPrefix(" | ") {
                paragraphs.removeLast()
                levels.removeLast()
            }
        }
    }

    /// Whether a block captions a picture: a `<figcaption>`, or a block whose class names a caption in the
    /// picture's box ("wp-caption-text" after the image). The box, a figure or the block's parent, holds
    /// little text besides the caption: not a pull quote's speaker, nor a code listing's title.
    private func isPictureCaption(_ node: Int) -> Bool {
        let document = state.document
        var box = Int(document.nodes[node].parent)
        if document.nodes[node].tag == .figcaption {
            while box > 0, document.nodes[box].tag != .figure { box = Int(document.nodes[box].parent) }
            if box <= 0 { return true }
            return state.textLength[box] - state.textLength[node] < 20
        }
        return state.signals[node]?.caption == true && box > 0 && state.textLength[box] - state.textLength[node] < 20
            && holdsPicture(box) && !holdsPicture(node)
    }

    /// Whether a picture, a drawing or a video is in the subtree of `node`, among its first 500 elements.
    private func holdsPicture(_ node: Int) -> Bool {
        var stack = [node], seen = 0
        while let current = stack.popLast(), seen < 500 {
            for child in state.document.children(current) where !state.document.nodes[child].isText {
                switch state.document.nodes[child].tag {
                case .img, .picture, .svg, .video, .canvas, .iframe: return true
                default: stack.append(child)
                }
                seen += 1
            }
        }
        return false
    }

    /// Whether an `<article>` is another item of the list the core's is in: of its class, and long.
    private func isListItem(_ node: Int) -> Bool {
        guard let coreArticleClass, !coreArticleClass.isEmpty, state.textLength[node] >= 400 else { return false }
        return state.document.attribute(node, "class") == coreArticleClass
    }

    /// Whether a link in `node` leads to another page of the site (not to a part of this one: "#section").
    private mutating func linksOnSite(_ node: Int) -> Bool {
        let host = host, document = state.document
        var stack = [node]
        while let current = stack.popLast() {
            for child in document.children(current) where !document.nodes[child].isText {
                if document.nodes[child].tag == .a, let href = document.attribute(child, "href"), WebAddress.isSameSite(href, host: host) {
                    return true
                }
                stack.append(child)
            }
        }
        return false
    }

    private func links(in node: Int) -> Int {
        state.document.children(node).reduce(0) { count, child in
            let item = state.document.nodes[child]
            return count + (item.isText ? 0 : item.tag == .a ? 1 : links(in: child))
        }
    }

    private mutating func appendText(_ node: Int) {
        state.document.source.withUnsafeBufferPointer { source in
            let item = state.document.nodes[node]
            guard source[Int(item.start)..<Int(item.end)].contains(UInt8(ascii: "&")) else {
                return append(UnsafeBufferPointer(rebasing: source[Int(item.start)..<Int(item.end)]))
            }
            var decoded: [UInt8] = []
            HTMLEntities.decode(source, Int(item.start)..<Int(item.end), into: &decoded)
            decoded.withUnsafeBufferPointer { append($0) }
        }
    }

    /// Appends text to the paragraph, its white space collapsed (but for line breaks in `<pre>`).
    private mutating func append(_ p: UnsafeBufferPointer<UInt8>) {
        var i = 0
        while i < p.count {
            if preformatted > 0, p[i] == 0x0A {
                breakLine()
                i += 1
                continue
            }
            let space = HTMLText.whitespaceLength(p, i)
            if space > 0 {
                pendingSpace = !current.isEmpty
                i += space
                continue
            }
            if pendingSpace, !current.isEmpty, current.last != 0x0A { current.append(0x20) }
            pendingSpace = false
            current.append(p[i])
            i += 1
        }
    }

    private mutating func breakLine() {
        if !current.isEmpty && current.last != 0x0A { current.append(0x0A) }
        pendingSpace = false
    }

    private mutating func flush(level: Int = 0) {
        var end = current.count
        while end > 0, current[end - 1] == 0x0A || current[end - 1] == 0x20 { end -= 1 }
        if end > 0 {
            paragraphs.append(String(decoding: current[..<end], as: UTF8.self))
            levels.append(level)
        }
        current.removeAll(keepingCapacity: true)
        pendingSpace = false
    }

    /// The text without repeated copies: a long paragraph again within a few of itself (a
    /// block for each screen size), or a run of four or more paragraphs copied from earlier (a body
    /// rendered twice); a meal plan that repeats a day's menu further on keeps it. And the
    /// pictures' captions, each once.
    mutating func finish() -> (text: String, captions: [String]) {
        flush()
        // For each long paragraph, the distance back to its previous copy. (Text in Normalization Form C is
        // equal as strings when its bytes are: it is keyed by them, hashed without normalizing it again.)
        let long = paragraphs.indices.filter { paragraphs[$0].utf8.count >= 60 }
        let distance = long.allSatisfy({ var text = paragraphs[$0]; return text.withUTF8(UnicodeNormalizer.isQuickNFC) })
            ? copyDistances(long, key: ByteKey.init) : copyDistances(long) { $0 }
        var drop = closingSections()
        // Boilerplate paragraphs, as the text cleaner knows them: bylines and credits, share and ad labels.
        for i in paragraphs.indices where levels[i] == 0 && BoilerplateRules.isBoilerplate(paragraphs[i]) { drop[i] = true }
        var i = 0
        while i < paragraphs.count {
            guard distance[i] > 0 else { i += 1; continue }
            // The run copied from the same distance back, short paragraphs (headings) included.
            let d = distance[i]
            var end = i + 1
            while end < paragraphs.count, paragraphs[end] == paragraphs[end - d] { end += 1 }
            let long = (i..<end).filter { paragraphs[$0].utf8.count >= 60 }.count
            if d <= 3 || long >= 4 { for k in i..<end { drop[k] = true } }
            i = end
        }
        var seen = Set<String>()
        let captions = captionParagraphs.filter { seen.insert($0).inserted }
        return (zip(paragraphs, drop).filter { !$0.1 }.map(\.0).joined(separator: "\n\n"), captions)
    }

    /// For each of the paragraphs `indices`, how far back its previous copy is (0 for none).
    private func copyDistances<Key: Hashable>(_ indices: [Int], key: (String) -> Key) -> [Int] {
        var last: [Key: Int] = [:]
        last.reserveCapacity(indices.count)
        var distance = [Int](repeating: 0, count: paragraphs.count)
        for i in indices {
            let paragraph = key(paragraphs[i])
            if let j = last[paragraph] { distance[i] = i - j }
            last[paragraph] = i
        }
        return distance
    }

    /// Text compared by its UTF-8 bytes, and hashed by its length and its first and last 32 bytes.
    private struct ByteKey: Hashable {
        let text: String

        static func == (a: ByteKey, b: ByteKey) -> Bool {
            var a = a.text, b = b.text
            return a.utf8.count == b.utf8.count && a.withUTF8 { p in b.withUTF8 { q in p.elementsEqual(q) } }
        }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { p in
                hasher.combine(p.count)
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
                for byte in p.prefix(32) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
                for byte in p.suffix(32) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
                hasher.combine(hash)
            }
        }
    }

    /// The paragraphs of sections that close a page rather than belong to its article: from a
    /// heading such as "About the author" or "Related posts" to the next heading of its rank or higher.
    private func closingSections() -> [Bool] {
        var drop = [Bool](repeating: false, count: paragraphs.count)
        var closing: Int?  // the level of the closing section's heading
        for (i, paragraph) in paragraphs.enumerated() {
            // (A closing section's name set as a short paragraph, not a heading, in the second half of the text, heads it
            // as the lowest heading would.)
            let mayHead = levels[i] > 0 || 2 * i >= paragraphs.count && paragraph.utf8.count <= 40
            let closes = mayHead && Self.isClosingName(Self.headingKey(paragraph))
            let level = levels[i] > 0 ? levels[i] : closes ? 7 : 0
            if level > 0 {
                if let open = closing, level > open {
                    drop[i] = true
                    continue
                }
                closing = closes ? level : nil
            }
            if closing != nil { drop[i] = true }
        }
        return drop
    }

    /// A heading's text as the closing headings list it: lower case, without a colon after it.
    private static func headingKey(_ heading: String) -> String {
        var name = Substring(heading.lowercased())
        while name.last == ":" || name.last == " " { name = name.dropLast() }
        // (Without the emoji or arrow before it: "🔥 Recommended Posts".)
        while let first = name.unicodeScalars.first, !first.properties.isAlphabetic, !("0"..."9").contains(first) {
            name = Substring(name.unicodeScalars.dropFirst())
        }
        return String(name)
    }

    /// Whether a short paragraph names a closing section: a closing heading's words, or a phrase of two words
    /// or more of them that goes on ("Recent posts on blogs I like", "More stories from Reuters"), or "More" and
    /// "stories" around a few words ("More Great WIRED Stories").
    static func isClosingName(_ key: String) -> Bool {
        if closingHeadings.contains(key) { return true }
        if key.hasPrefix("more "), key.hasSuffix(" stories"), key.utf8.count <= 40 { return true }
        var end = key.endIndex
        while let space = key[..<end].lastIndex(of: " ") {
            end = space
            let prefix = String(key[..<end])
            if prefix.utf8.contains(0x20), closingHeadings.contains(prefix) { return true }
        }
        return false
    }

    static let closingHeadings: Set<String> = [
        "about the author", "about the authors", "related posts", "related articles", "related stories", "related content",
        "tags", "further reading", "conflicts of interest", "conflict of interest", "citations", "share this",
        "share this article", "share this post", "comments", "leave a comment", "leave a reply", "you may also like",
        "recommended for you", "popular posts", "popular articles", "latest news", "recent posts", "latest posts",
        "more stories", "read next", "testimonial", "testimonials", "what our clients say", "client reviews",
        "subscribe to our newsletter", "article sources", "recommended reading", "recommended stories",
        "recommended posts", "recommended articles", "related reading", "related blog posts", "you might like",
        "you might also like", "you may like", "you may also enjoy", "other posts you may enjoy", "editor's picks",
        "join the conversation", "be the first to comment",
    ]
}
