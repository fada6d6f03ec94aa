/// Structural signs an extraction reads: embedded posts, page frames, an article typed by microdata.
extension ExtractionState {
    /// Whether an embedded post stands inside `i`: a block quote with text that a social network's
    /// script would dress (`class="twitter-tweet"`, `instagram-media`, …).
    func holdsQuote(_ i: Int) -> Bool {
        document.children(i).contains { child in
            let node = document.nodes[child]
            guard !node.isText else { return false }
            if node.tag == .blockquote, textLength[child] >= 40,
               let cls = document.attribute(child, "class")?.lowercased(),
               ["tweet", "twitter", "instagram", "tiktok", "facebook", "embed"].contains(where: { cls.contains($0) })
            {
                return true
            }
            return holdsQuote(child)
        }
    }

    /// Whether a <main> element stands inside `i` (teaser <article>s in asides are common; <main> is not).
    func holdsPageFrame(_ i: Int) -> Bool {
        var stack = [i]
        while let current = stack.popLast() {
            for child in document.children(current) where !document.nodes[child].isText {
                if document.nodes[child].tag == .main { return true }
                stack.append(child)
            }
        }
        return false
    }

    /// The one element typed as an article (`itemtype` of schema.org's Article, NewsArticle,
    /// BlogPosting…) when it holds the page's longest paragraph.
    func schemaArticle() -> Int? {
        let nodes = document.nodes
        let typed = nodes.indices.filter { i in
            guard !nodes[i].isText, !removed[i], let type = document.attribute(i, "itemtype") else { return false }
            return type.contains("schema.org") && (type.hasSuffix("Article") || type.hasSuffix("BlogPosting"))
        }
        guard typed.count == 1, let element = typed.first, textLength[element] >= 200,
              let longest = nodes.indices.filter({ !nodes[$0].isText && nodes[$0].tag == .p && !removed[$0] })
                  .max(by: { textLength[$0] < textLength[$1] })
        else { return nil }
        return isAncestor(element, of: longest) ? element : nil
    }
}
