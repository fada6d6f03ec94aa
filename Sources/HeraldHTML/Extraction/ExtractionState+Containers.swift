/// Choosing the article's container: scores, frames and repeated sections (see ``ExtractionState``).
extension ExtractionState {
    /// The elements whose text is the article, in document order, and the scored core inside
    /// them when they are a page frame around it (nil when all of them are core).
    func chooseContainers() -> (containers: [Int], core: Int?) {
        let nodes = document.nodes
        // A page that marks its article body says where it is.
        let marked = nodes.indices.filter { i in
            !nodes[i].isText && !removed[i] && textLength[i] >= 200
                && document.attribute(i, "itemprop")?.split(separator: " ").contains("articleBody") == true
        }
        if !marked.isEmpty {
            // The outermost marked elements.
            return (marked.filter { i in !marked.contains { isAncestor($0, of: i) } }, nil)
        }
        var scores: [Int: Double] = [:]
        for i in nodes.indices where !nodes[i].isText && !removed[i] && isParagraph(i) {
            let length = Double(ownTextLength(i))
            guard length >= 25 else { continue }
            let score = 1 + Double(commas[i]) + min(length / 100, 3)
            // A block with a paragraph's worth of text of its own (not a teaser) holds that text as a
            // paragraph would: it is the first to score, as though its text were wrapped in a <p>.
            let holdsOwnText = length >= 200 && [.div, .section, .article, .center].contains(nodes[i].tag)
            var ancestor = holdsOwnText ? i : Int(nodes[i].parent)
            var level = 0
            while ancestor > 0 && level < 4 {
                if scores[ancestor] == nil { scores[ancestor] = baseScore(ancestor) }
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3
                scores[ancestor]! += score / divider
                ancestor = Int(nodes[ancestor].parent)
                level += 1
            }
        }
        guard !scores.isEmpty else { return ([documentBody()], nil) }
        // A page that types one element as its article (schema.org microdata) and keeps its longest
        // paragraph there: the article is inside it, whatever the teasers after it score.
        let typed = schemaArticle()
        var best = -1
        var bestScore = -Double.infinity
        for (i, score) in scores where typed.map({ i == $0 || isAncestor($0, of: i) }) ?? true {
            let final = score * (1 - linkDensity(i))
            if final > bestScore || (final == bestScore && i < best) {
                best = i
                bestScore = final
            }
        }
        // Climb to an ancestor that holds more of the article: through plain wrappers, and to
        // one whose other text is paragraphs (a body split by ads or chunks).
        var top = best
        var node = best
        for _ in 0..<6 {
            let parent = Int(nodes[node].parent)
            guard parent > 0, !removed[parent], nodes[parent].tag != .body, node != typed else { break }
            let content = Double(textLength[node] - linkLength[node])
            let parentContent = Double(textLength[parent] - linkLength[parent])
            guard parentContent > 0 else { break }
            let share = content / parentContent
            if share >= 0.9 {
                node = parent
                continue
            }
            let added = parentContent - content
            let addedParagraphs = Double(paragraphText[parent] - paragraphText[node] + headingText[parent] - headingText[node]
                + listText[parent] - listText[node])
            // More of the same: text in paragraphs and headings, few links (a body cut in sections).
            let prose = addedParagraphs >= added * 0.6 && linkDensity(parent) < 0.3
            guard prose, share >= 0.3 || (addedParagraphs >= added * 0.75 && linkDensity(parent) < 0.15) else { break }
            node = parent
            top = parent
        }
        // The typed article is the whole article; a page's own <main> or single <article> that holds
        // the chosen block holds the whole article.
        if top == typed { return ([top], nil) }
        if let frame = structuralFrame(containing: top) { return ([frame], top) }
        if let sections = repeatedSections(around: top) { return (sections, nil) }
        bestScore = max(bestScore, (scores[top] ?? 0) * (1 - linkDensity(top)))
        // Siblings that read like more of the article.
        let parent = Int(nodes[top].parent)
        guard parent >= 0 else { return ([top], nil) }
        var chosen: [Int] = []
        let threshold = max(10, bestScore * 0.2)
        var beforeTop = true
        for sibling in document.children(parent) where !removed[sibling] {
            if sibling == top {
                chosen.append(sibling)
                beforeTop = false
                continue
            }
            if nodes[sibling].isText { continue }
            let score = (scores[sibling] ?? 0) * (1 - linkDensity(sibling))
            if score >= threshold {
                chosen.append(sibling)
            } else if nodes[sibling].tag == .p, linkDensity(sibling) < 0.25, ownTextLength(sibling) >= 80 {
                chosen.append(sibling)
            } else if beforeTop, isStandfirst(sibling) {
                chosen.append(sibling)
            }
        }
        return (chosen, nil)
    }

    /// A block of its own words just before the body, in a sentence or two that ends as sentences do: the
    /// story's summary set above it ("<div class="article__summary">Three people have died …</div>").
    private func isStandfirst(_ i: Int) -> Bool {
        guard [.div, .section, .header].contains(document.nodes[i].tag), linkLength[i] == 0,
              case let own = ownTextLength(i), own >= 80, own == Int(textLength[i]) else { return false }
        let text = HTMLText.collapse(document.textContent(i))
        return text.last.map { ".!?\"”".contains($0) } ?? false
    }

    /// A body cut into sections of one kind, as page builders write it (a `<section class="x">` for each
    /// run of paragraphs): the chosen block's section and its like, where three or more are, two others
    /// at least read as prose, and each one kept has text of its own and few links.
    private func repeatedSections(around top: Int) -> [Int]? {
        let nodes = document.nodes
        func kind(_ i: Int) -> (HTMLTag, Substring?) { (nodes[i].tag, document.attribute(i, "class")?.split(separator: " ").first) }
        var k = top
        for _ in 0..<6 {
            let parent = Int(nodes[k].parent)
            guard parent > 0, !removed[parent] else { return nil }
            let (tag, firstClass) = kind(k)
            if tag == .div || tag == .section, firstClass != nil {
                let alike = document.children(parent).filter { !nodes[$0].isText && !removed[$0] && kind($0) == (tag, firstClass) }
                let prose = alike.filter { $0 != k && paragraphText[$0] >= 150 && linkDensity($0) < 0.3 }
                if alike.count >= 3, prose.count >= 2 {
                    return alike.filter { $0 == k || (paragraphText[$0] + headingText[$0] > 0 && linkDensity($0) < 0.3) }
                }
            }
            if nodes[parent].tag == .body { return nil }
            k = parent
        }
        return nil
    }

    /// The innermost `<article>`, `<main>` or `role="main"` element around `node`, when the page has
    /// one article element only and it is not mostly links.
    private func structuralFrame(containing node: Int) -> Int? {
        let nodes = document.nodes
        let articles = nodes.indices.filter { !nodes[$0].isText && nodes[$0].tag == .article && !removed[$0] && textLength[$0] > 0 }
        var k = Int(nodes[node].parent)
        while k > 0 {
            if !removed[k] {
                let tag = nodes[k].tag
                let isFrame = (tag == .article && articles.count == 1) || tag == .main
                    || document.attribute(k, "role") == "main"
                if isFrame { return linkDensity(k) < 0.35 ? k : nil }
            }
            k = Int(nodes[k].parent)
        }
        return nil
    }

    /// The body element, or the root.
    func documentBody() -> Int {
        document.nodes.indices.first { !document.nodes[$0].isText && document.nodes[$0].tag == .body } ?? 0
    }

    /// Paragraph-like elements whose text is scored.
    private func isParagraph(_ i: Int) -> Bool {
        switch document.nodes[i].tag {
        case .p, .pre, .blockquote, .td, .li, .dd: return true
        case .div, .section, .article, .span, .font, .center:
            // A container with text of its own acts as a paragraph.
            return document.children(i).contains { document.nodes[$0].isText && textLength[$0] >= 25 }
        default: return false
        }
    }

    /// Text directly inside `i` and its inline descendants (not inside nested blocks).
    func ownTextLength(_ i: Int) -> Int {
        var total = 0
        for child in document.children(i) where !removed[child] {
            let node = document.nodes[child]
            if node.isText || !node.tag.isBlock { total += Int(textLength[child]) - Int(linkLength[child]) }
        }
        return total
    }

    private func baseScore(_ i: Int) -> Double {
        var score: Double
        switch document.nodes[i].tag {
        case .article: score = 15
        case .main: score = 10
        case .div, .section: score = 5
        case .pre, .td, .blockquote: score = 3
        case .ol, .ul, .dl, .dd, .dt, .li, .form, .address: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        if let signal = signals[i] {
            // (A name that promises content counts only where there is some: not a 27-letter intro.)
            if signal.positive, textLength[i] >= 140 { score += 25 }
            if signal.negative { score -= 25 }
        }
        return score
    }

    func isAncestor(_ a: Int, of b: Int) -> Bool {
        var k = Int(document.nodes[b].parent)
        while k >= 0 {
            if k == a { return true }
            if k == 0 { break }
            k = Int(document.nodes[k].parent)
        }
        return false
    }
}
