/// Cards that stand among an article's text without being part of it (see ``ExtractionState/measure()``):
/// teasers of the site's other stories, and cards a script shows over a name.
extension ExtractionState {
    /// Removes teasers of the site's other stories set among the text, whatever their class names: small blocks
    /// (up to 500 characters) that hold a linked picture and a heading that is all one link to another page of
    /// the site (a card's picture, its headline and an excerpt), or such a heading just after a block of a
    /// linked picture alone (a grid that sets each card's picture and words side by side), on a page whose
    /// paragraphs elsewhere hold three times their words at least (not a list of cards). A heading that links
    /// elsewhere names a product or a course the article reviews, and stays. Whether any went.
    mutating func removeTeaserCards() -> Bool {
        let nodes = document.nodes
        let host = siteHost()
        var cards: [Int] = []
        var cardText: Int32 = 0
        // Each element's previous element among its siblings (-1 for none), and whether it is in a card found.
        var previous = [Int](repeating: -1, count: nodes.count)
        for i in nodes.indices where !nodes[i].isText {
            var last = -1
            for child in document.children(i) where !nodes[child].isText {
                previous[child] = last
                last = child
            }
        }
        var inCard = [Bool](repeating: false, count: nodes.count)
        for i in 1..<nodes.count where !nodes[i].isText {
            if inCard[Int(nodes[i].parent)] {
                inCard[i] = true
                continue
            }
            guard !removed[i], textLength[i] > 0, textLength[i] <= 500, [.div, .li, .section].contains(nodes[i].tag),
                  !removed[Int(nodes[i].parent)] else { continue }
            let parts = cardParts(i, host: host)
            guard parts.heading else { continue }
            if parts.picture {
                cards.append(i)
            } else if case let picture = previous[i], picture > 0, textLength[picture] == 0, !removed[picture],
                      cardParts(picture, host: host).picture {
                cards += [picture, i]
            } else {
                continue
            }
            inCard[i] = true
            cardText += textLength[i] - linkLength[i]
        }
        let cardParagraphs = cards.reduce(Int32(0)) { $0 + paragraphText[$1] }
        guard !cards.isEmpty, cardText * 3 <= paragraphText[0] - cardParagraphs else { return false }
        for card in cards { removed[card] = true }
        for i in 1..<nodes.count where removed[Int(nodes[i].parent)] { removed[i] = true }
        return true
    }

    /// Whether the first 80 elements under `i` hold a linked picture, and a heading (not the page's `<h1>`) that
    /// is all one link to a page of the site.
    private func cardParts(_ i: Int, host: Substring?) -> (picture: Bool, heading: Bool) {
        let nodes = document.nodes
        var picture = false, heading = false, seen = 0
        // (Each element with the link it is in, if any.)
        var stack: [(node: Int, link: Int?)] = [(i, nil)]
        while let (current, link) = stack.popLast(), seen < 80, !(picture && heading) {
            seen += 1
            let tag = nodes[current].tag
            if link != nil, tag == .img || tag == .picture { picture = true }
            if tag.isHeading, tag != .h1, textLength[current] > 0, link != nil || linkLength[current] == textLength[current],
               let anchor = link ?? document.children(current).first(where: { !nodes[$0].isText && nodes[$0].tag == .a }),
               let href = document.attribute(anchor, "href"), WebAddress.isSameSite(href, host: host) {
                heading = true
            }
            for child in document.children(current) where !nodes[child].isText { stack.append((child, tag == .a ? current : link)) }
        }
        return (picture, heading)
    }

    /// A card that a script shows when the reader points at a name in the text: a picture and three links or
    /// more (the person's page, stories about them), with no words of its own, inside a `<span>` of the
    /// sentence ("Gov. Kristi Noem[card: photo, Kristi Lynn Noem, three headlines, MORE] (R) is defending …").
    func isHoverCard(_ i: Int) -> Bool {
        var picture = false, links = 0
        for child in document.children(i) where !document.nodes[child].isText {
            let tag = document.nodes[child].tag
            if tag == .img || tag == .picture { picture = true } else if tag == .a { links += 1 }
        }
        guard picture, links >= 3 else { return false }
        // (Its own text, read only for the few spans that hold a picture and links.)
        return document.children(i).allSatisfy { child in
            !document.nodes[child].isText
                || !document.text(child).utf8.contains(where: { ($0 | 0x20) &- 0x61 < 26 || $0 &- 0x30 < 10 || $0 >= 0x80 })
        }
    }
}
