/// Finds an article's body in a parsed page and renders it as plain text paragraphs.
///
/// Boilerplate subtrees go first: scripts and forms, navigation, asides and footers, hidden
/// elements, and elements whose `class`/`id` names comments, sharing, ads, newsletters, cookie
/// banners or related stories. Then the container is chosen: a schema.org `articleBody` when the
/// page marks one, else the element with the best paragraph score (text length and commas of
/// its paragraphs, passed up to their ancestors, weighed by link density and class), widened
/// to siblings that score well. The text keeps headings, paragraphs, list items, block quotes
/// and tables, one blank line between blocks; pictures' captions are set apart.
public struct ContentExtractor: Sendable {
    /// An article as the extractor finds it in a page.
    public struct Article: Sendable, Equatable {
        /// The body: paragraphs apart by a blank line, empty when the page has none.
        public var text: String
        /// The captions of the article's pictures, in order, each once.
        public var captions: [String]
    }

    /// Creates an extractor.
    public init() {}

    /// The article of `document`: its text and its pictures' captions. `address` is the page's, when known
    /// (from its record or its metadata): it tells links to the site's other pages.
    public func article(_ document: HTMLDocument, title: String? = nil, address: String? = nil) -> Article {
        var state = ExtractionState(document: document, address: address)
        state.measure()
        let (containers, core) = state.chooseContainers()
        var renderer = TextRenderer(state: state, title: title, core: core)
        for container in containers { renderer.render(container, inCore: core == nil) }
        let (text, captions) = renderer.finish()
        return Article(text: text, captions: captions)
    }

    /// The article text of `document`, or an empty string when the page has none.
    public func extract(_ document: HTMLDocument, title: String? = nil) -> String {
        article(document, title: title).text
    }
}

/// Per-node measurements for one extraction.
struct ExtractionState {
    let document: HTMLDocument
    /// The page's address, when known.
    let address: String?
    /// Subtrees dropped as boilerplate.
    var removed: [Bool]
    /// Text bytes (white space excluded) under each node, and under links.
    var textLength: [Int32]
    var linkLength: [Int32]
    var commas: [Int32]
    /// Text of well-formed paragraphs (`<p>` with few links) under each node.
    var paragraphText: [Int32]
    /// Text of headings under each node.
    var headingText: [Int32]
    /// Text of list items that read as sentences (40 letters or more, no link: not a list of
    /// headlines) under each node.
    var listText: [Int32]
    var signals: [ClassSignals?]

    init(document: HTMLDocument, address: String? = nil) {
        self.document = document
        self.address = address
        let count = document.nodes.count
        removed = Array(repeating: false, count: count)
        textLength = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        paragraphText = Array(repeating: 0, count: count)
        headingText = Array(repeating: 0, count: count)
        listText = Array(repeating: 0, count: count)
        signals = Array(repeating: nil, count: count)
    }

    func linkDensity(_ i: Int) -> Double {
        textLength[i] == 0 ? 0 : Double(linkLength[i]) / Double(textLength[i])
    }

    // MARK: Measuring

    /// Marks boilerplate and measures text: structural boilerplate first (scripts, navigation,
    /// hidden elements), then elements whose class names boilerplate unless they hold most of the
    /// page's text outside links (a wrapper named "header-style" or "with-sidebar" holds the article).
    mutating func measure() {
        let nodes = document.nodes
        for i in 1..<nodes.count {
            let node = nodes[i]
            if removed[Int(node.parent)] {
                removed[i] = true
            } else if !node.isText {
                removed[i] = isStructuralBoilerplate(i)
            }
        }
        countText()
        if removeTeaserCards() { countText() }
        let pageText = max(1, textLength[0] - linkLength[0])
        // Pages that stream their content into hidden blocks and reveal them by script: when the
        // outermost hidden blocks together hold most of the paragraphs, none of them is boilerplate,
        // unless it repeats text the page shows (a raw copy of the article kept for a "copy" button).
        var hiddenParagraphs: Int32 = 0
        var copies = HiddenCopies(document: document)
        for i in 1..<nodes.count where !nodes[i].isText && !removed[i] && isHidden(i) && !hasHiddenAncestor(i) {
            if paragraphText[i] > 0, copies.repeatsShownText(i) {
                removed[i] = true
                continue
            }
            hiddenParagraphs += paragraphText[i]
        }
        if copies.found { countText() }
        let revealsHidden = hiddenParagraphs * 2 >= max(1, paragraphText[0])
        // Where the class names leave none of the page's paragraphs (a newsletter's archive that keeps
        // each issue in a "newsletter-email" block), they are not read as boilerplate after all.
        let beforeClasses = removed, paragraphs = paragraphText[0]
        if removeBlocks(pageText: pageText, revealsHidden: revealsHidden, byClass: true), paragraphText[0] < 100, paragraphs >= 500 {
            removed = beforeClasses
            countText()
            _ = removeBlocks(pageText: pageText, revealsHidden: revealsHidden, byClass: false)
        }
    }

    /// Removes hidden blocks and, `byClass`, blocks whose class names boilerplate (see ``measure()``),
    /// and counts the text again; whether any block went.
    private mutating func removeBlocks(pageText: Int32, revealsHidden: Bool, byClass: Bool) -> Bool {
        let nodes = document.nodes
        var classRemoved = false
        var controlled: Set<String>?
        for i in 1..<nodes.count where !nodes[i].isText {
            if removed[Int(nodes[i].parent)] {
                removed[i] = true
                continue
            }
            guard !removed[i] else { continue }
            let content = textLength[i] - linkLength[i]
            let share = Double(content) / Double(pageText)
            // Hidden elements go unless they hold the article (pages that reveal it by script) or are a panel the
            // reader opens (an accordion's answers).
            if !revealsHidden, isHidden(i) {
                if controlled == nil { controlled = controlledIDs() }
                if share < 0.5, content < 40 || !isFoldedPanel(i, controlled: controlled!) {
                    removed[i] = true
                    classRemoved = true
                }
                continue
            }
            guard byClass, let signal = signals[i], signal.negative || signal.credit && !creditsQuotation(i) else { continue }
            // A table's rows and cells stand or fall with their table ("player-2020" is a row's id); so do the
            // highlighted parts of a code listing ("hljs-comment" is a comment in the code).
            if [.tr, .td, .th, .tbody, .thead, .tfoot].contains(nodes[i].tag) || isInCode(i) { continue }
            // A link or emphasis within a paragraph's sentence is the sentence's ("fill out our <a id="…form…">webcam
            // usage agreement</a>"): its class names the link, not a block.
            if Self.phrasing.contains(nodes[i].tag), isInSentence(i) { continue }
            // An embedded post ("social-media-embed" around a quoted tweet) is quoted content, not a share bar.
            if holdsQuote(i) { continue }
            // Long paragraphs are article text whatever the class says, unless it says so strongly or names an
            // author (whose biography may run long).
            if !signal.strongNegative, !signal.credit, paragraphText[i] >= 400, paragraphText[i] * 2 >= content { continue }
            // A name that credits an author ("post-author") promises no article text.
            let limit = switch (signal.strongNegative, signal.positive && !signal.credit) {
            case (true, false): 0.85
            case (true, true): 0.3
            case (false, false): 0.5
            case (false, true): 0.0
            }
            if share < limit || (nodes[i].tag == .header && share < 0.5) {
                removed[i] = true
                classRemoved = true
            }
        }
        if classRemoved { countText() }
        return classRemoved
    }

    /// Whether element `i` names the speaker of a quotation: a caption or citation, or inside a
    /// figure or block quote (a pull quote's "testimonial__author").
    private func creditsQuotation(_ i: Int) -> Bool {
        [.figcaption, .cite].contains(document.nodes[i].tag) || hasAncestor(i, .figure, .blockquote)
    }

    /// Tags of the words inside a sentence: links and emphasis.
    private static let phrasing: Set<HTMLTag> = [.a, .em, .strong, .b, .i, .u, .mark, .abbr, .cite, .q]

    /// Elements that hold sentences: paragraphs, list items, headings, quotations and captions.
    private static let sentenceHolders: Set<HTMLTag> = [.p, .li, .dd, .blockquote, .figcaption, .h2, .h3, .h4, .h5, .h6]

    /// Whether element `i` is part of a sentence in a paragraph: text of the paragraph follows it, or the text before it
    /// has not ended its sentence ("fill out our <a>webcam usage agreement.</a>"; not "…performance. <a>Read More</a>").
    private func isInSentence(_ i: Int) -> Bool {
        let parent = Int(document.nodes[i].parent)
        guard parent > 0, Self.sentenceHolders.contains(document.nodes[parent].tag) else { return false }
        var before: Int?, after = false
        func lastByte(_ node: Int) -> UInt8? {
            let node = document.nodes[node]
            return node.isText ? document.source[Int(node.start)..<Int(node.end)].last(where: { $0 > 0x20 }) : nil
        }
        for child in document.children(parent) where child != i {
            guard document.nodes[child].isText ? lastByte(child) != nil : textLength[child] > 0 else { continue }
            if child < i { before = child } else { after = true; break }
        }
        if after { return true }
        guard let before, let last = lastByte(before) else { return false }
        return last != UInt8(ascii: ".") && last != UInt8(ascii: "!") && last != UInt8(ascii: "?")
    }

    /// The host of the page's address, without "www.": the one the caller gave, else its canonical address's or
    /// its `og:url`'s, when it gives one.
    func siteHost() -> Substring? { address.flatMap(WebAddress.host) ?? pageHost() }

    /// The host of the page's canonical address or `og:url`, without "www.", when it gives one: for callers that
    /// do not know the page's address.
    private func pageHost() -> Substring? {
        for i in document.nodes.indices where !document.nodes[i].isText {
            let tag = document.nodes[i].tag
            let address = tag == .link && document.attribute(i, "rel")?.lowercased() == "canonical" ? document.attribute(i, "href")
                : tag == .meta && document.attribute(i, "property") == "og:url" ? document.attribute(i, "content") : nil
            if let address, let host = WebAddress.host(address) { return host }
        }
        return nil
    }

    /// Whether element `i` is inside a `<pre>` or `<code>` element.
    private func isInCode(_ i: Int) -> Bool { hasAncestor(i, .pre, .code) }

    /// Whether an element above element `i` has tag `a` or `b`.
    private func hasAncestor(_ i: Int, _ a: HTMLTag, _ b: HTMLTag) -> Bool {
        var k = Int(document.nodes[i].parent)
        while k > 0 {
            if document.nodes[k].tag == a || document.nodes[k].tag == b { return true }
            k = Int(document.nodes[k].parent)
        }
        return false
    }

    /// Text statistics, bottom-up (a parent's index is always below its children's).
    private mutating func countText() {
        let nodes = document.nodes
        for i in textLength.indices {
            textLength[i] = 0
            linkLength[i] = 0
            commas[i] = 0
            paragraphText[i] = 0
            headingText[i] = 0
            listText[i] = 0
        }
        document.source.withUnsafeBufferPointer { p in
            for i in stride(from: nodes.count - 1, through: 1, by: -1) {
                let node = nodes[i]
                if removed[i] { continue }
                if node.isText {
                    var length: Int32 = 0, commaCount: Int32 = 0
                    for k in Int(node.start)..<Int(node.end) {
                        let b = p[k]
                        if b > 0x20 { length += 1 }
                        if b == UInt8(ascii: ",") { commaCount += 1 }
                    }
                    textLength[i] = length
                    commas[i] = commaCount
                } else if node.tag == .a {
                    linkLength[i] = textLength[i]
                } else if node.tag == .p || node.tag == .blockquote || node.tag == .pre,
                          linkLength[i] * 2 < textLength[i]
                {
                    // Count each run of text once: an inner block's text is already in its own count.
                    paragraphText[i] = max(paragraphText[i], textLength[i])
                } else if node.tag.isHeading {
                    headingText[i] = textLength[i]
                } else if node.tag == .li, textLength[i] >= 40, linkLength[i] == 0 {
                    listText[i] = textLength[i]
                }
                let parent = Int(node.parent)
                textLength[parent] += textLength[i]
                linkLength[parent] += linkLength[i]
                commas[parent] += commas[i]
                paragraphText[parent] += paragraphText[i]
                headingText[parent] += headingText[i]
                listText[parent] += listText[i]
            }
        }
    }

    /// Whether element `i` is boilerplate by its tag (scripts, forms, navigation) or a card shown over a name;
    /// reads its class signals otherwise.
    private mutating func isStructuralBoilerplate(_ i: Int) -> Bool {
        let tag = document.nodes[i].tag
        switch tag {
        case .script, .style, .noscript, .template, .iframe, .object, .embed, .canvas, .input, .button, .select,
             .textarea, .head, .title, .meta, .link, .video, .audio, .map, .frameset, .label:
            return true
        case .nav, .aside, .footer, .dialog, .menu:
            // Unless left open around the page's <main> (an <aside> banner never closed).
            return !holdsPageFrame(i)
        case .span:
            if isHoverCard(i) { return true }
        default: break
        }
        if tag != .body, tag != .html, tag != .article, tag != .main { signals[i] = ClassSignals.of(document, i) }
        return false
    }
}
