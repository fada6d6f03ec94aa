import HeraldCore

/// The page's headline: its `<h1>` headings told from banners and teasers, set beside the names its metadata
/// gives, and cut of what sites add to it (bars' keywords, the site's name or address).
extension MetadataExtractor {
    /// The address a heading links to when its text is all one link: a site's banner
    /// ("<h1><a href="/">Filmmaker</a></h1>"), another article's teaser, or the article's own address.
    static func wholeLink(_ document: HTMLDocument, _ heading: Int, text: String) -> Substring? {
        var stack = [heading]
        while let current = stack.popLast() {
            for child in document.children(current) where !document.nodes[child].isText {
                if document.nodes[child].tag == .a {
                    guard document.textContent(child) == text, let href = document.attribute(child, "href") else { return nil }
                    return Substring(href)
                }
                stack.append(child)
            }
        }
        return nil
    }

    /// Whether an address is a site's home page or a section's ("/", "/blog/"): a banner's link.
    static func isHomeOrSection(_ href: Substring) -> Bool {
        let path = WebAddress.path(href)
        return path.hasPrefix("/") && path.split(separator: "/").count <= 1 && !href.contains("?")
    }

    /// Whether `href` is the page at `address` itself.
    static func isSamePage(_ href: Substring, as address: String?) -> Bool {
        guard let address else { return false }
        func trimmed(_ path: Substring) -> Substring { path.last == "/" ? path.dropLast() : path }
        return trimmed(WebAddress.path(href)) == trimmed(WebAddress.path(Substring(address)))
    }

    /// The page's headline: of its `<h1>` headings, the one closest to a name the page's metadata and
    /// `<title>` give it (word F1 over the words that tell a subject, not "the", "of", "your").
    /// A heading that shares almost no words with every name the metadata gives is the site's
    /// banner or a section's name ("Antoyo's Blog", "Contact Us"), and the metadata's name stands.
    /// `reference` are the names as the page gives them, site names and all, for comparing words.
    static func headline(_ headings: [String], named: [String], reference full: [String]) -> String? {
        guard !named.isEmpty else { return headings.first }
        func allWords(_ s: String) -> Set<String> { Set(s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)) }
        func words(_ s: String) -> Set<String> {
            let all = allWords(s), content = all.subtracting(functionWords)
            return content.isEmpty ? all : content
        }
        let reference = full.reduce(into: Set<String>()) { $0.formUnion(allWords($1)) }
        func share(_ heading: String) -> Double {
            let w = allWords(heading)
            return Double(w.intersection(reference).count) / Double(max(1, w.count))
        }
        let names = (named + full).map(words)
        func closeness(_ heading: String) -> Double {
            let w = words(heading)
            return names.map { name in
                let common = Double(w.intersection(name).count)
                return common == 0 ? 0 : 2 * common / Double(w.count + name.count)
            }.max() ?? 0
        }
        guard let best = headings.map({ ($0, closeness($0)) }).max(by: { $0.1 < $1.1 })?.0 else { return nil }
        // A heading of a word or two from a name four times as long names a part of the page ("Discord" of
        // "How we pwned X, Vercel, Cursor, Discord and hundreds of companies").
        if let name = named.first, allWords(best).count <= 2, allWords(name).count >= 4 * allWords(best).count { return name }
        // (A heading whose words the names hold, but few of any one name's subject: "M&A Updates" of
        // "Cybersecurity Sector Update–Fall 2025", with "M&A" in another name's long description.)
        return share(best) < 0.3 || closeness(best) < 0.2 ? named.first : best
    }

    /// Words that tell nothing of a headline's subject, left out when headings are compared with names.
    private static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "is", "are",
        "your", "our", "my", "you", "we", "it", "its", "this", "that", "how", "what", "why", "s",
    ]

    /// On a page without an `<h1>`, the text that is its headline, set in a paragraph or a `<div>`.
    static func headlineNode(_ document: HTMLDocument, title: String?) -> Int? {
        guard let title, title.count >= 12 else { return nil }
        return document.nodes.indices.first { i in
            document.nodes[i].isText && document.nodes[i].end - document.nodes[i].start < 400 && HTMLText.collapse(document.text(i)) == title
        }
    }

    /// A headline less what bars set after it, a section's or a site's name or keywords ("How meditation rewires
    /// brains | Opinion", "12 Data Analysis Tools for 2026 | Python, SQL & AI"): parts at most half as long as
    /// the headline of four words or more before them (not "Milan Design Week 2018 | Michael Anastassiades'
    /// light installation for FLOS").
    static func beforeBar(_ title: String) -> String {
        let parts = title.byteComponents(separatedBy: " | ")
        guard parts.count >= 2 else { return title }
        let head = parts[0].split(separator: " ").count
        guard head >= 4, parts.dropFirst().allSatisfy({ $0.split(separator: " ").count * 2 <= head }) else { return title }
        return parts[0]
    }

    /// A headline less the site's address before it, as a blog's title may begin ("davidbau.com Vibe Coding").
    static func withoutHost(_ title: String, address: String?) -> String {
        guard let host = address.flatMap(WebAddress.host), host.contains("."), title.count > host.count + 1, title.lowercased().hasPrefix(host.lowercased() + " ") else { return title }
        let rest = title.dropFirst(host.count + 1).drop { $0 == " " || $0 == ":" || $0 == "-" || $0 == "|" }
        return rest.split(separator: " ").count >= 2 ? String(rest) : title
    }

    /// "Headline | Site", "Headline - Site" and "Site: Headline" less the site's part.
    static func stripSiteName(_ title: String, site: String?) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: ", " · ", " • "] {
            let parts = title.byteComponents(separatedBy: separator)
            guard parts.count >= 2 else { continue }
            if let site, let index = parts.firstIndex(where: { HTMLText.trimmingSpaces($0).caseInsensitiveCompare(site) == .orderedSame }) {
                var rest = parts
                rest.remove(at: index)
                // "Headline | Headline | Site" repeats itself.
                var seen = Set<String>()
                return rest.filter { seen.insert(HTMLText.trimmingSpaces($0).lowercased()).inserted }.joined(separator: separator)
            }
            // Keep the longest part: the headline, not the site's name.
            return parts.max { $0.count < $1.count } ?? title
        }
        return title
    }
}
